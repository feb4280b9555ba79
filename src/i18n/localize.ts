/**
 * The one door every string an element shows or says goes through: message sets per language,
 * the language an element is in (its nearest `lang`), and a live re-render when that changes.
 *
 * English is built in (each element's module adds its own messages, so a page with a band does
 * not carry the finder's). Welsh is a chunk of its own, imported the first time an element finds
 * itself in Welsh: an English page never downloads it. Sites add a language, or change any
 * string, with `registerMessages`. Each string falls back on its own: `cy-GB`, then `cy`, then
 * English.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

/** A message: a sentence, or a function that writes one from the values it is given. */
export type Message = string | ((...values: any[]) => string);
/** A message that counts: one wording per plural category of the language (`Intl.PluralRules`), `other` always. */
export type PluralMessage = { [category in Intl.LDMLPluralRule]?: Message } & { other: Message };
export type MessageSet = Record<string, Message | PluralMessage>;

interface Registry {
  /** Sets registered for a language tag (lower case), sites' own and the built-in languages'. */
  sets: Record<string, MessageSet>;
  /** The built-in English messages, added to by each element's module. */
  en: MessageSet;
  /** Every connected element, re-rendered when a language arrives or a `lang` changes. */
  live: Set<LanguageController>;
}
// Found under a well-known symbol, so two copies of the library on a page share one set of languages.
const KEY = Symbol.for('role-widgets/messages');
const registry: Registry = ((globalThis as Record<symbol, Registry>)[KEY] ??= { sets: {}, en: {}, live: new Set() });

/** Built-in languages, loaded when an element first needs one. */
const BUILT_IN: Record<string, () => Promise<{ default: MessageSet }>> = { cy: () => import('./cy.js') };
const loading: Record<string, Promise<unknown> | undefined> = {};

/** Adds English messages: the built-in language, and the last fallback of every string. */
export function addEnglish(messages: MessageSet): void {
  Object.assign(registry.en, messages);
}

function rerenderAll() {
  for (const controller of registry.live) controller.host.requestUpdate();
}

/**
 * Adds a language, or changes some strings of one, for every element on the page: `lang` is a
 * BCP 47 tag (`cy`, `cy-GB`, `fr`), `messages` any subset of the English keys. Strings not given
 * fall back to the language without its region, then to English. Elements re-render at once.
 */
export function registerMessages(lang: string, messages: MessageSet): void {
  const tag = lang.toLowerCase();
  registry.sets[tag] = { ...registry.sets[tag], ...messages };
  rerenderAll();
}

/**
 * Starts loading a built-in language the first time it is asked for; returns the promise while it
 * is on its way, undefined once it has arrived (or for a language that is not built in).
 */
export function loadLanguage(lang: string): Promise<unknown> | undefined {
  const base = lang.toLowerCase().split('-')[0];
  const load = BUILT_IN[base];
  if (!load || base in loading) return loading[base];
  return (loading[base] = load().then(
    // A site's own strings for the language, registered earlier, win over the built-in ones.
    (module) => {
      registry.sets[base] = { ...module.default, ...registry.sets[base] };
      loading[base] = undefined;
      rerenderAll();
    },
    (error: Error) => {
      loading[base] = undefined;
      console.warn(`role-widgets: the messages for "${base}" could not be loaded (${error.message}); English is shown.`);
    },
  ));
}

/** The message for a key: the language with its region, without, then English. */
export function findMessage(lang: string, key: string): Message | PluralMessage | undefined {
  const tag = lang.toLowerCase();
  return registry.sets[tag]?.[key] ?? registry.sets[tag.split('-')[0]]?.[key] ?? registry.en[key];
}

/**
 * One of the catalogue's own phrases (a source's name, a pay basis, a technology label) in a
 * language: its translation, registered as the message `phrase:` + the English (the built-in Welsh
 * ones come from data/vocabulary.cy.json), else the English itself. `lang` says which it is, so the
 * element can mark English on a page in another language.
 */
export function findPhrase(lang: string, english: string): { text: string; lang: string } {
  const tag = lang.toLowerCase();
  const key = `phrase:${english}`;
  const found = registry.sets[tag]?.[key] ?? registry.sets[tag.split('-')[0]]?.[key];
  return typeof found === 'string' ? { text: found, lang: tag.split('-')[0] } : { text: english, lang: 'en' };
}

const namePatterns = new Map<string, RegExp | undefined>();
/**
 * The names a language keeps in English (its message `keepEnglish`, one a line), as one pattern
 * that splits a text around them: whole words only, case as written, longest first. Names of one
 * or two letters ("Go", "R") are left out: they are words in other languages too.
 */
export function englishNames(lang: string): RegExp | undefined {
  const list = findMessage(lang, 'keepEnglish');
  if (typeof list !== 'string' || !list) return undefined;
  if (!namePatterns.has(list)) {
    const names = list.split('\n').filter((name) => name.length > 2).sort((a, b) => b.length - a.length);
    const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    namePatterns.set(list, names.length ? new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'u') : undefined);
  }
  return namePatterns.get(list);
}

const pluralRules: Record<string, Intl.PluralRules> = {};
function pluralCategory(lang: string, count: number): Intl.LDMLPluralRule {
  try {
    return (pluralRules[lang] ??= new Intl.PluralRules(lang)).select(count);
  } catch {
    return 'other';
  }
}

/**
 * A message in a language with its values filled in. A counting message takes the count first
 * and picks the wording for its plural category.
 */
export function translate(lang: string, key: string, values: unknown[]): string {
  let message = findMessage(lang, key);
  if (message === undefined) return key;
  if (typeof message === 'object') message = message[pluralCategory(lang, values[0] as number)] ?? message.other;
  return typeof message === 'function' ? message(...values) : message;
}

/** A language tag Intl accepts, else undefined. */
function canonical(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

let serverLanguage: string | undefined;
/** The language of a page rendered on a server (`role-widgets render --lang cy`), where elements have no ancestors to read. */
export function setServerLanguage(lang: string | undefined): void {
  serverLanguage = lang;
}

/**
 * The nearest `lang`: the element's own, an ancestor's (across shadow roots, so a card inside a
 * finder reads the finder's), else the document's; undefined when there is none. Server rendering
 * has only the element's own and the language the render was asked for.
 */
export function findLanguage(element: Element): string | undefined {
  let node: Element | undefined = element;
  while (node && typeof node.closest === 'function') {
    const found = canonical(node.closest('[lang]')?.getAttribute('lang'));
    if (found) return found;
    node = (node.getRootNode() as ShadowRoot).host;
  }
  return canonical(element.getAttribute?.('lang')) ?? canonical(typeof document === 'undefined' ? serverLanguage : document.documentElement.lang);
}

/** The language an element speaks: the nearest `lang`, else English. */
export const nearestLanguage = (element: Element): string => findLanguage(element) ?? 'en';

/**
 * One observer for the whole page: a `lang` added, changed or removed anywhere in the document
 * (a language toggle, a translation tool rewriting `<html lang>`) re-renders the elements whose
 * language changed. It reports only `lang` changes, so 500 cards cost nothing on other mutations.
 */
let observer: MutationObserver | undefined;
function watchLang() {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const controller of registry.live) if (nearestLanguage(controller.host) !== controller.shown) controller.host.requestUpdate();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * What holds an element's place while its language arrives: `'reserved'` (the default), an empty
 * box as tall as the `min-height` the page reserved for the element before it was defined
 * (role-widgets.css); `'children'`, a slot, for a wrapper whose content is its children
 * (`<role-catalogue>`).
 */
export type PlaceHolder = 'reserved' | 'children';

/** Added once to every element by the shared base: the element's language and its messages. */
export class LanguageController implements ReactiveController {
  /** The language of the last render. */
  shown?: string;
  private current?: string;
  /**
   * The `min-height` the page reserved for the element (role-widgets.css, `:not(:defined)`), read
   * while it is being upgraded, the last moment that rule still applies. It holds the element's
   * place while its language arrives, and while its first render can only say it is loading. One
   * style lookup per upgrade: elements upgrade together, so a page pays one style recalculation.
   */
  readonly reserved?: string;
  /** What stands in the render root until the first render in the reader's language. */
  private holder?: HTMLElement;

  constructor(
    readonly host: ReactiveElement,
    private readonly placeHolder: PlaceHolder = 'reserved',
  ) {
    host.addController(this);
    if (placeHolder === 'reserved' && host.isConnected) {
      const minHeight = getComputedStyle(host).minHeight;
      if (parseFloat(minHeight) > 0) this.reserved = minHeight;
    }
  }

  hostConnected() {
    registry.live.add(this);
    watchLang();
  }

  hostDisconnected() {
    registry.live.delete(this);
  }

  /** The first render in the reader's language replaces what held its place. */
  hostUpdate() {
    this.holder?.remove();
    this.holder = undefined;
  }

  /** Forgets the language read for the last render (called at the start of each update). */
  reset() {
    this.current = undefined;
  }

  /**
   * Reads the language afresh (a changed `lang` is often why an update was asked for) and returns
   * a promise while its messages are on their way (Welsh, on first use), so the host renders once
   * they are in and never flashes English; undefined when they are here. Before the host's first
   * render, something holds its place meanwhile, so the page does not close up around an empty
   * element and open again when the language arrives (layout shift).
   */
  arriving(): Promise<unknown> | undefined {
    this.reset();
    const pending = loadLanguage(this.language);
    if (pending && !this.host.hasUpdated) this.holdPlace();
    return pending;
  }

  private holdPlace() {
    if (this.holder || !this.host.renderRoot || typeof document === 'undefined') return;
    if (this.placeHolder === 'children') {
      this.holder = document.createElement('slot');
    } else {
      if (!this.reserved) return;
      this.holder = document.createElement('div');
      // A style property, not a style attribute: a strict Content-Security-Policy allows it.
      this.holder.style.minHeight = this.reserved;
    }
    this.host.renderRoot.append(this.holder);
  }

  /** The element's language, read once per render; a built-in language not yet here starts loading. */
  get language(): string {
    if (!this.current) loadLanguage((this.current = nearestLanguage(this.host)));
    return (this.shown = this.current);
  }

  /** The message for a key in the element's language (bound, so helpers can be handed it). */
  readonly term: Term = (key, ...values) => translate(this.language, key, values);

  /**
   * A message with values that are markup (a list marked `lang="en"`), not only text: the message
   * is written with stand-ins, then cut at them and the values put in their place.
   */
  readonly rich = (key: string, ...values: unknown[]): unknown[] => {
    const written = translate(this.language, key, values.map((_, index) => `\u0001${index}\u0001`));
    return written.split(/\u0001(\d+)\u0001/).map((piece, index) => (index % 2 ? values[Number(piece)] : piece));
  };

  /** One of the catalogue's own phrases in the element's language, or in English where it has none (see `findPhrase`). */
  readonly phrase = (english: string): { text: string; lang: string } => findPhrase(this.language, english);
}

/** A bound `term`, for helpers that write an element's strings. */
export type Term = (key: string, ...values: unknown[]) => string;
