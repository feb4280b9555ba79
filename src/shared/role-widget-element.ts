import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { consume } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import { BUNDLED_PENDING, EMPTY_CATALOGUE, defaultCatalogue, loadDefaultCatalogue } from '../catalogue/default-catalogue.js';
import { catalogueContext, type CatalogueState } from '../catalogue/context.js';
import { figureLocale, formatFigureDate, regionName, resolveLocale } from '../catalogue/format.js';
import '../i18n/en.js';
import { LanguageController, englishNames, findLanguage, findMessage } from '../i18n/localize.js';
import { findRole, roleIds } from '../catalogue/lookup.js';
import { hasTexts, primaryLanguage, textsOfRole, titleIn, type RoleTextsState } from '../catalogue/texts.js';
import { emit } from './emit.js';
import { isHeadingLevel } from './heading.js';
import { PrintController } from './print.js';
import type { CatalogueIndex, ListingEntry, RoleFacts, RoleListEntry, RoleTexts } from '../catalogue/schema.js';

const warned = new Set<string>();


/**
 * What every role-widgets element shares: the catalogue (from the nearest `<role-catalogue>`, or
 * the bundled one), the language and locale, typed events, and one way to report bad input.
 *
 * A base class, not an element: it has no tag and is never registered. Every role-widgets element
 * extends it, and the manifest lists the parts and CSS properties below on each of them.
 *
 * @csspart loading - The message shown while the catalogue is loading.
 *
 * @cssprop --rw-accent - Accent colour of bars, badges and buttons.
 * @cssprop --rw-muted-color - Colour of secondary text.
 * @cssprop --rw-border-color - Colour of borders and lines.
 * @cssprop --rw-surface - Background of highlighted boxes.
 * @cssprop --rw-radius - Corner radius (default 0.5rem).
 * @cssprop --rw-focus-color - Colour of the keyboard focus ring.
 */
export class RoleWidgetElement extends LitElement {
  /**
   * Every string the element shows or says comes from here, in the language of the nearest `lang`
   * (the element's own, an ancestor's, the page's); a change of `lang` re-renders it.
   */
  protected readonly localize = new LanguageController(this);

  /** Every folded section (<details>) opens while the page prints; `print.printing` says when. */
  protected readonly print = new PrintController(this);

  /** The language the element speaks: the nearest `lang`, canonical ("cy", "cy-GB"), else "en". */
  protected get language(): string {
    return this.localize.language;
  }

  /**
   * A language that is not built into the page yet (Welsh) is loaded before the element renders,
   * so a Welsh page never flashes English. English renders at once, as before.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const arriving = this.localize.arriving();
    return arriving ? arriving.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** BCP 47 locale for figures. Defaults to the nearest `lang`, then en-GB. */
  @property({ reflect: true }) locale?: string;

  /**
   * Region of the pay figures: a two-letter country code the catalogue has figures for (GB, US).
   * GB when absent (the element writes no attribute of its own).
   */
  @property({ reflect: true }) region?: string;

  /**
   * For editors' previews (the WordPress block editor sets it): a problem is shown with what is
   * wrong in a developer's terms, such as the attribute and the valid role ids, under the message
   * readers see. Readers of a published page only ever see the plain message; the details go to the
   * console.
   */
  @property({ type: Boolean }) diagnostics = false;

  @consume({ context: catalogueContext, subscribe: true })
  @state()
  protected catalogueState?: CatalogueState;

  /**
   * What the element read from the catalogue state since its last update, each as a way to read it
   * again from another state, with the answer it got. Every piece that arrives makes a new state
   * for the whole page; an element re-renders only when something it read answers differently, so
   * a card does not render again because another role's texts came in.
   */
  private readonly stateReads = new Map<string, { read: (state: CatalogueState) => unknown; answer: unknown }>();

  /** Reads `read` from the state now, noting it (under `key`) as something this element's render depends on. */
  private tracked<T>(key: string, state: CatalogueState, read: (state: CatalogueState) => T): T {
    const answer = read(state);
    this.stateReads.set(key, { read, answer });
    return answer;
  }

  /** A field of the state, noted as read. */
  private field<K extends keyof CatalogueState>(state: CatalogueState, key: K): CatalogueState[K] {
    return this.tracked(key, state, (now) => now[key]);
  }

  /**
   * Skips an update that only a new catalogue state asked for when none of what the element read
   * from the state has changed. An element that read nothing through the getters below (the
   * `<role-catalogue>` itself, a band of explicit figures) updates as before.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    const state = this.catalogueState;
    const onlyState = changed.size === 1 && changed.has('catalogueState');
    if (onlyState && state && this.hasUpdated && this.stateReads.size > 0 && [...this.stateReads.values()].every(({ read, answer }) => Object.is(read(state), answer))) return false;
    this.stateReads.clear();
    return super.shouldUpdate(changed);
  }

  /** The region as a country code: the attribute, else one the element found itself (a job advert's country), else GB. */
  protected get regionCode(): string {
    return (this.region || this.foundRegion() || 'GB').trim().toUpperCase();
  }

  /** A region the element found on the page when none is set; none by default. */
  protected foundRegion(): string | undefined {
    return undefined;
  }

  /**
   * Every role's facts, from the nearest `<role-catalogue>`, else the page root's (the bundled
   * catalogue). Reading it asks a catalogue kept in pieces for its whole index, so elements that
   * list or search roles use it; an element showing one role uses `lookupRole`, which fetches only
   * that role. The bundled catalogue is loaded the first time an element reads it, so a band drawn
   * from explicit figures never downloads it.
   */
  protected get catalogue(): CatalogueIndex {
    const state = this.providedState;
    if (!state) return defaultCatalogue() ?? EMPTY_CATALOGUE; // server rendering: no provider answers
    if (!state.complete) state.pieces?.requestIndex();
    return this.field(state, 'catalogue');
  }

  /** The provided catalogue state; reading it asks for the bundled catalogue the first time. */
  private get providedState(): CatalogueState | undefined {
    const state = this.catalogueState;
    if (state === BUNDLED_PENDING) loadDefaultCatalogue();
    return state;
  }

  /**
   * True while a catalogue kept in pieces is fetching its whole index for an answer that needs
   * every role (the valid ids for a message, the role a job advert names); asks for it.
   */
  protected get wholeCatalogueOnItsWay(): boolean {
    const state = this.catalogueState;
    if (!state || this.field(state, 'complete') || !state.pieces) return false;
    state.pieces.requestIndex();
    return this.field(state, 'status') !== 'error';
  }

  /**
   * Every role's id, titles and group, for elements that offer roles to choose from (compare's
   * pickers): a split catalogue fetches only its short list, not every role's facts. Empty while
   * it is on its way (see `catalogueLoading`).
   */
  protected get roleList(): readonly RoleListEntry[] {
    const state = this.catalogueState;
    if (!state || this.field(state, 'complete') || !state.pieces) return this.catalogue.roles;
    if (!state.list) state.pieces.requestList();
    return this.field(state, 'list') ?? [];
  }

  /**
   * What job adverts are matched against and banded from, for every role: a complete catalogue's
   * roles, or a split catalogue's listing (asked for here). Undefined while it is on its way, or
   * when it could not be fetched (`listingFailed`).
   */
  protected get listing(): readonly ListingEntry[] | undefined {
    const state = this.providedState;
    if (!state) return (defaultCatalogue() ?? EMPTY_CATALOGUE).roles;
    if (this.field(state, 'complete') || !state.pieces) return this.field(state, 'status') === 'loading' ? undefined : this.field(state, 'catalogue').roles;
    if (!state.listing) state.pieces.requestListing();
    return this.field(state, 'listing');
  }

  /** True once neither the listing nor the index could be fetched: what it was for can only be said to be missing. */
  protected get listingFailed(): boolean {
    const state = this.catalogueState;
    return Boolean(state && this.tracked('listingFailed', state, (now) => Boolean(now.listingFailed || (!now.pieces && now.status === 'error'))));
  }

  /** One role's facts by id, alias or title; undefined while it is on its way (see `catalogueLoading`) or when there is none. */
  protected lookupRole(key: string | null | undefined): RoleFacts | undefined {
    const state = this.providedState;
    if (!state) return findRole(defaultCatalogue() ?? EMPTY_CATALOGUE, key);
    const role = this.tracked(`role:${key}`, state, (now) => findRole(now.catalogue, key));
    // Asked for now: the state that says so comes after this render, which says "loading" already.
    if (!role && key && !this.field(state, 'complete') && state.pieces?.requestRole(key)) this.roleOnItsWay = true;
    return role;
  }

  /** Set when this update asked for a role's piece that is on its way; see `catalogueLoading`. */
  private roleOnItsWay = false;

  /** True while what the element asked for is on its way: a `<role-catalogue src>` fetching, the bundled one loading, a role's piece. */
  protected get catalogueLoading(): boolean {
    const state = this.providedState;
    return this.roleOnItsWay || Boolean(state && this.field(state, 'status') === 'loading');
  }

  /**
   * The language role texts are read in: the element's language as a primary tag ("cy"). Not the
   * locale of figures, which may fall back to en-GB where the engine has no Welsh number data.
   */
  protected get readerLanguage(): string {
    return primaryLanguage(this.language);
  }

  /**
   * One of the catalogue's own phrases (a source's name, a pay basis, a technology label) in the
   * reader's language, or in English marked `lang="en"` where it has none, so a screen reader
   * switches voice. Text for an `aria-label` uses `localize.phrase` and leaves English out.
   */
  protected readonly said = (english: string): unknown => {
    const { text, lang } = this.localize.phrase(english);
    return lang === this.readerLanguage ? this.prose(text) : html`<span lang=${lang}>${text}</span>`;
  };

  /**
   * Text of the catalogue's in the reader's language, with the English names in it (products,
   * bodies, publishers, English terms given in brackets) marked `lang="en"`: the language's list
   * of names kept English (for Welsh, `keepEnglish` in data/vocabulary.cy.json).
   */
  protected readonly prose = (text: string): unknown => {
    const names = this.readerLanguage === 'en' ? undefined : englishNames(this.language);
    if (!names) return text;
    const pieces = text.split(names);
    return pieces.length === 1 ? text : pieces.map((piece, index) => (index % 2 ? html`<span lang="en">${piece}</span>` : piece));
  };

  /** A name that stays English on purpose (a job board's alias, a standard's title, a body's name), marked `lang="en"` on a page in another language. */
  protected readonly english = (name: unknown): unknown => (this.readerLanguage === 'en' ? name : html`<span lang="en">${name}</span>`);

  /** A role's title in the reader's language where the catalogue has it, else its own. */
  protected roleTitle(role: RoleFacts | RoleListEntry): string {
    return titleIn(role, this.readerLanguage).title;
  }

  /**
   * The one door to a role's texts (summary, duties, environment, requirements, prospects,
   * questions), in the reader's language: at once from a whole catalogue, or fetched piece by piece
   * from a split one.
   */
  protected roleTexts(role: RoleFacts): RoleTextsState {
    const state = this.catalogueState;
    const pieces = state?.pieces;
    if (hasTexts(role)) {
      const own = textsOfRole(role, this.readerLanguage);
      // A whole catalogue without this language (the classic file's English one) may fetch it as a piece.
      const fetchable = own.lang !== this.readerLanguage && pieces?.languages.includes(this.readerLanguage);
      return fetchable ? this.piecesTexts(state!, role.id) : own;
    }
    if (!pieces) {
      this.warn(`the catalogue has no texts for "${role.id}".`);
      return { status: 'error', problem: 'the catalogue has no texts for this role', retry: () => undefined };
    }
    return this.piecesTexts(state!, role.id);
  }

  /** A role's texts from a split catalogue, noted by what a render shows of them: still loading, failed, or these texts. */
  private piecesTexts(state: CatalogueState, id: string): RoleTextsState {
    const language = this.readerLanguage;
    this.tracked(`texts:${id}`, state, (now) => {
      const answer = now.pieces?.texts(id, language);
      return answer?.status === 'ready' ? answer.texts : answer?.status;
    });
    return state.pieces!.texts(id, language);
  }

  /**
   * Renders what needs a role's texts: a quiet placeholder that keeps their space while they are on
   * their way, a message with "Try again" if they could not be loaded (what the index gave stays
   * on screen), or `content` with the texts, marked `lang` where they are in another language than
   * the reader's, so a screen reader switches voice. "Try again" asks for every failed piece on the
   * page; the catalogue has already said in the console what failed, so the element says nothing more.
   * Every state sits in one wrapper, so focus has somewhere to stay when "Try again" goes away.
   */
  protected renderRoleTexts(role: RoleFacts, content: (texts: RoleTexts) => unknown, placeholderClass = 'texts-pending'): TemplateResult {
    return html`<div class="role-texts" data-role=${role.id} tabindex="-1">${this.roleTextsState(role, content, placeholderClass)}</div>`;
  }

  private roleTextsState(role: RoleFacts, content: (texts: RoleTexts) => unknown, placeholderClass: string): TemplateResult {
    const state = this.roleTexts(role);
    if (state.status === 'loading') {
      return html`<div class=${placeholderClass} part="texts-loading" role="status" aria-live="polite"><span class="visually-hidden">${this.localize.term('texts.loading')}</span></div>`;
    }
    if (state.status === 'error') {
      return html`<div class="texts-problem" part="texts-problem" role="status">
        <p>${this.localize.term('texts.failed')}</p>
        <button type="button" part="retry" class="pill" @click=${(event: Event) => this.handleRetry(event, state.retry)}>${this.localize.term('texts.retry')}<span class="visually-hidden">: ${this.roleTitle(role)}</span></button>
      </div>`;
    }
    if (state.lang !== this.readerLanguage) {
      this.warn(`"${role.id}" has no texts in "${this.readerLanguage}"; they are shown in English.`);
      return html`<div lang=${state.lang} class="texts">${content(state.texts)}</div>`;
    }
    return html`${content(state.texts)}`;
  }

  /** "Try again" disappears once clicked: focus moves to the texts it is fetching, not to the page's <body>. */
  private handleRetry(event: Event, retry: () => void) {
    const wrapper = (event.currentTarget as HTMLElement).closest<HTMLElement>('.role-texts');
    retry();
    wrapper?.focus();
  }

  private localeOfThisUpdate?: string;

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    this.roleOnItsWay = false;
    this.localeOfThisUpdate = undefined;
    this.localize.reset();
  }

  /**
   * The locale for figures; looked up once per update, as every figure in a render needs it. Where
   * the reader's engine has no number data for it (Chromium and Welsh), the language's region in
   * English (en-GB for cy), never the engine's default en-US.
   */
  protected get resolvedLocale(): string {
    if (this.localeOfThisUpdate) return this.localeOfThisUpdate;
    this.localeOfThisUpdate = figureLocale(resolveLocale(this.locale, findLanguage(this)));
    return this.localeOfThisUpdate;
  }

  /**
   * "September 2024" in the element's language: the engine's own wording where it knows the
   * language, else the month names of the language's messages (Welsh in Chromium).
   */
  protected figureDate(date: string): string {
    const months = findMessage(this.language, 'months');
    const [year, month, day] = date.split('-');
    if (typeof months === 'string' && month && !Intl.DateTimeFormat.supportedLocalesOf(this.language).length) {
      return `${day ? `${Number(day)} ` : ''}${months.split(',')[Number(month) - 1]} ${year}`;
    }
    return formatFigureDate(date, this.resolvedLocale);
  }

  /** "United Kingdom" for GB in the element's language: its messages, else the engine's region names. */
  protected regionWords(region: string): string {
    return findMessage(this.language, `region.${region}`) ? this.localize.term(`region.${region}`) : regionName(region, this.resolvedLocale);
  }

  /** Dispatches a typed, bubbling, composed event; returns false when a listener cancelled it. */
  protected emit<T>(name: string, detail: T, options: { cancelable?: boolean } = {}): boolean {
    return emit(this, name, detail, options);
  }

  /** One console warning per distinct problem, so a bad attribute on 500 cards warns once. */
  protected warn(message: string) {
    const text = `<${this.localName}>: ${message}`;
    if (warned.has(text)) return;
    warned.add(text);
    console.warn(text);
  }

  /**
   * A list attribute naming parts of the element ("questions, pay summary"): the known names in
   * the order given, without repeats; unknown names are reported and skipped; empty means all.
   */
  protected pickNames<T extends string>(attribute: string, value: string | null | undefined, allowed: readonly T[]): T[] {
    const asked = (value ?? '').split(/[\s,]+/).filter(Boolean);
    if (asked.length === 0) return [...allowed];
    const unknown = asked.filter((name) => !(allowed as readonly string[]).includes(name));
    if (unknown.length) this.warn(`${attribute} names unknown ${attribute} (${unknown.join(', ')}). Valid ${attribute}: ${allowed.join(', ')}.`);
    return [...new Set(asked.filter((name): name is T => !unknown.includes(name)))];
  }

  /** A heading level from an attribute, or 3 with a warning when it is not 1 to 6. */
  protected resolveHeadingLevel(level: number): number {
    if (isHeadingLevel(level)) return level;
    this.warn(`heading-level="${this.getAttribute('heading-level')}" must be a whole number from 1 to 6; 3 is used.`);
    return 3;
  }

  /**
   * The message for an unknown or missing role id: plain words for readers; the attribute and the
   * valid ids go to the console, and to an editor's preview (`diagnostics`).
   */
  protected renderUnknownRole(attribute: string, value: string | null | undefined, readerMessage = 'roleUnavailable'): TemplateResult {
    // The valid ids come from the whole index; until it is here, the element says it is loading.
    if (this.wholeCatalogueOnItsWay) return this.renderLoading();
    if (this.catalogue.roles.length === 0) {
      this.warn('no catalogue is loaded. Wrap the element in <role-catalogue src="…"> or use the build that bundles the catalogue.');
      return this.renderProblem(this.localize.term(readerMessage), this.localize.term('noCatalogue', `${attribute}="${value ?? ''}"`));
    }
    const ids = roleIds(this.catalogue).join(', ');
    const problem = value ? this.localize.term('noRole', value) : this.localize.term('noRoleGiven');
    this.warn(`${attribute}=${JSON.stringify(value ?? '')} names no role. Valid ids: ${ids}.`);
    return this.renderProblem(this.localize.term(readerMessage), `${problem} ${this.localize.term('setOneOf', attribute, ids)}`);
  }

  /**
   * A polite, visible message for input the element cannot show, in words written for readers.
   * `detail` says what is wrong in a developer's terms (text between backticks is shown as code):
   * shown only in an editor's preview (`diagnostics`); the console has it from `warn`.
   */
  protected renderProblem(message: string, detail?: string): TemplateResult {
    const shown = this.diagnostics && detail ? detail.split('`').map((text, index) => (index % 2 ? html`<code>${text}</code>` : text)) : undefined;
    return html`<p class="problem" part="problem" role="status">${message}${shown ? html`<span part="problem-detail" class="problem-detail">${shown}</span>` : ''}</p>`;
  }

  /** The loading message; `what` names a message (`loading.role`, `loading.pay`, `loading.compare`, `loading.roles`). */
  protected renderLoading(what = 'loading.role'): TemplateResult {
    return html`<p class="loading" part="loading" role="status" aria-live="polite" tabindex="-1">${this.localize.term(what)}</p>`;
  }

  /** Whether a render has shown more than a loading message; once it has, `updated` has nothing to hold. */
  private shownContent = false;

  /**
   * Until the element first shows its content, a loading message keeps the space the page reserved
   * for it (role-widgets.css), so the page does not close up and open again as the content arrives.
   * Set as a style property, which a strict Content-Security-Policy allows.
   */
  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    if (this.shownContent) return;
    const loading = this.renderRoot.querySelector<HTMLElement>('[part~=loading]');
    if (!loading) this.shownContent = true;
    // Only a loading message that is the whole render (the finder's first view holds its own space).
    else if (loading.parentNode === this.renderRoot && this.localize.reserved) loading.style.minHeight = this.localize.reserved;
  }
}
