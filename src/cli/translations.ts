/// <reference types="node" />
/**
 * A translator's round trip: `role-widgets translations export` writes every interface string and
 * every role text of a language as XLIFF 2.0, XLIFF 1.2 or CSV, each unit with its English
 * source, a note, its plural category and its review state; `translations import` reads a
 * reviewed file back into the language's message file (src/i18n/<lang>.ts) and role files
 * (data/roles/<id>.<lang>.json), refusing one whose placeholders or plural forms do not match.
 *
 * A unit's state lives in one file, data/translation-state.<lang>.json, keyed by unit id; a unit
 * not named there is machine-translated (all of the Welsh today). Units a file leaves out keep
 * their text and state.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as v from 'valibot';
import { js2xliff, jsToXliff12, xliff12ToJs, xliff2js } from 'xliff';
import { xml2js, js2xml, type Element as XmlElement } from 'xml-js';
import { csvRows, csvText } from '../../scripts/csv.mjs';
import { bundledCatalogue } from '../catalogue/bundled.js';
import { RoleTextsSchema, type Role } from '../catalogue/schema.js';
import { sharedMessages } from '../i18n/en.js';
import type { Message, MessageSet, PluralMessage } from '../i18n/localize.js';
import { roleCardMessages } from '../elements/role-card/messages.js';
import { roleCatalogueMessages } from '../elements/role-catalogue/messages.js';
import { roleCompareMessages } from '../elements/role-compare/messages.js';
import { roleFinderMessages } from '../elements/role-finder/messages.js';
import { salaryBandMessages } from '../elements/salary-band/messages.js';

export type State = 'new' | 'machine-translated' | 'translated' | 'reviewed';
export type Format = 'xliff2' | 'xliff12' | 'csv';
export const FORMATS: readonly Format[] = ['xliff2', 'xliff12', 'csv'];
const CATEGORIES: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

export interface Unit {
  /** `msg:<key>`, `msg:<key>:<plural category>` or `role:<id>:<path>` (`role:qa-test:duties.2`). */
  id: string;
  source: string;
  /** Empty while the unit is not translated. */
  target: string;
  state: State;
  note: string;
  plural?: Intl.LDMLPluralRule;
  /** Characters the text should keep within, where it sits in a button, label, heading or pill. */
  maxLength?: number;
}

/** Where a language's files are: its messages module, its role texts and the states of its units. */
export interface Places {
  lang: string;
  messages: string;
  roles: string;
  states: string;
}

export class TranslationError extends Error {}

/** The English message sets, each with where its strings show. Shared strings come first. */
const ENGLISH: [where: string, messages: MessageSet][] = [
  ['every element', sharedMessages],
  ['<salary-band>', salaryBandMessages],
  ['<role-card>', roleCardMessages],
  ['<role-compare>', roleCompareMessages],
  ['<role-finder>', roleFinderMessages],
  ['<role-catalogue>', roleCatalogueMessages],
];

// ---------------------------------------------------------------------------------------------
// Messages as text with {name} placeholders

const isPlural = (message: unknown): message is PluralMessage => typeof message === 'object' && message !== null;

/** The parameter names of a message function, read from its source: `(title, codes) => …`. */
function parameters(message: Message | PluralMessage | undefined): string[] {
  const fn = isPlural(message) ? (Object.values(message).find((form) => typeof form === 'function') as Message | undefined) : message;
  if (typeof fn !== 'function') return [];
  const match = /^\s*(?:async\s*)?(?:function\s*[\w$]*\s*)?\(([^)]*)\)/.exec(fn.toString()) ?? /^\s*([\w$]+)\s*=>/.exec(fn.toString());
  return (match?.[1] ?? '')
    .split(',')
    .map((name) => name.replace(/[:=?].*$/s, '').trim())
    .filter(Boolean);
}

/** A message as a translator sees it: the text with each value as `{name}`. */
function template(message: Message | undefined, names: string[]): string {
  if (message === undefined) return '';
  return typeof message === 'string' ? message : message(...names.map((name) => `{${name}}`));
}

const placeholders = (text: string) => [...text.matchAll(/\{([\w$]+)\}/g)].map((match) => match[1]).sort();

/** The plural categories of a language, in CLDR order. */
export function categoriesOf(lang: string): Intl.LDMLPluralRule[] {
  const found = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  return CATEGORIES.filter((category) => found.includes(category));
}

/** A few counts that take a plural form in a language, for the translator's note: "3, 23, 43". */
function examples(lang: string, category: Intl.LDMLPluralRule): string {
  const rules = new Intl.PluralRules(lang);
  const found: number[] = [];
  for (let count = 0; count < 1000 && found.length < 3; count++) if (rules.select(count) === category) found.push(count);
  return found.join(', ');
}

/**
 * A limit where a string sits in a button, label, heading, pill or table row title: a short
 * English string that is not a sentence, nor a guide question, answer or reason (those wrap as
 * sentences do). Twice the English, at least 32 characters: Welsh often runs half as long again,
 * and these boxes wrap at 320 px but look broken past two lines.
 */
function limitFor(key: string, english: string): number | undefined {
  if (/^(q|why)\./.test(key) || english.length > 40 || /[.?!:]$/.test(english) || english.includes(',')) return undefined;
  return Math.max(32, english.length * 2);
}

/** What a translator needs to know of a few strings beyond where they show. */
const NOTES: Record<string, string> = {
  months: 'Twelve month names, January first, separated by commas without spaces; used for dates where the browser has none in this language.',
  searchHint: 'Examples of what to type into the search; suggest only words the search finds in this language.',
};

// ---------------------------------------------------------------------------------------------
// Reading a language's files

/** Imports a messages module (.ts through esbuild, which the repository has; .js/.mjs as they are). */
async function loadMessages(file: string): Promise<MessageSet> {
  if (!existsSync(file)) return {};
  let url = pathToFileURL(file).href;
  let scratch: string | undefined;
  if (file.endsWith('.ts')) {
    const esbuild = await import('esbuild').catch(() => undefined);
    if (!esbuild) throw new TranslationError(`${file} is TypeScript; reading it needs esbuild (npm install esbuild), or give a .js messages file.`);
    // Bundled, so a JSON file the module imports (its vocabulary) comes with it.
    const built = await esbuild.build({ entryPoints: [file], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'error' });
    const code = built.outputFiles[0].text;
    scratch = mkdtempSync(join(tmpdir(), 'role-widgets-'));
    const copy = join(scratch, 'messages.mjs');
    writeFileSync(copy, code);
    url = pathToFileURL(copy).href;
  }
  try {
    const module = (await import(url)) as { default?: MessageSet };
    if (!module.default || typeof module.default !== 'object') throw new TranslationError(`${file} has no default export of messages.`);
    return module.default;
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

function readStates(file: string): Record<string, State> {
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, State>;
}

/** The English messages, each key once with where it shows. */
function englishMessages(): Map<string, { message: Message | PluralMessage; where: string[] }> {
  const found = new Map<string, { message: Message | PluralMessage; where: string[] }>();
  for (const [where, messages] of ENGLISH) {
    for (const [key, message] of Object.entries(messages)) {
      const seen = found.get(key);
      if (seen) seen.where.push(where);
      else found.set(key, { message, where: [where] });
    }
  }
  return found;
}

const FIELD_NOTES: Record<string, string> = {
  title: "the role's name: card and comparison headings, the finder's list",
  summary: 'what the job is: the first paragraph of the card',
  duties: 'a day-to-day duty: one item of a list',
  'environment.summary': 'the working environment: one paragraph',
  'requirements.skills': 'a skill: one item of a list',
  'requirements.routesIn': 'a route into the role: one item of a list',
  'requirements.qualifications': 'qualifications: one paragraph',
  prospects: 'career prospects: one paragraph',
  interviewQuestions: 'a question to ask at interview: one item of a list',
};

type Texts = Record<string, unknown>;

/** Every string of a role's texts with its path, walking the schema of a language's texts. */
function textPaths(schema: unknown, value: unknown, path: string[] = []): [path: string[], text: string][] {
  const node = schema as { type: string; entries?: Record<string, unknown>; item?: unknown; wrapped?: unknown };
  if (value === undefined || value === null) return [];
  if (node.type === 'optional') return textPaths(node.wrapped, value, path);
  if (node.type === 'string') return typeof value === 'string' ? [[path, value]] : [];
  if (node.type === 'array') return (value as unknown[]).flatMap((item, index) => textPaths(node.item, item, [...path, String(index)]));
  if (node.entries) return Object.entries(node.entries).flatMap(([key, entry]) => textPaths(entry, (value as Texts)[key], [...path, key]));
  return [];
}

function valueAt(value: unknown, path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Texts)[key] : undefined), value);
}

function setAt(value: Texts, path: string[], text: string) {
  let node: Texts = value;
  path.slice(0, -1).forEach((key, index) => {
    node[key] ??= /^\d+$/.test(path[index + 1]) ? [] : {};
    node = node[key] as Texts;
  });
  node[path.at(-1)!] = text;
}

const roleFile = (places: Places, id: string) => join(places.roles, `${id}.${places.lang}.json`);

/** Every unit of a language, in a stable order: interface strings, then each role's texts. */
export async function collectUnits(places: Places): Promise<Unit[]> {
  const target = await loadMessages(places.messages);
  const states = readStates(places.states);
  const categories = categoriesOf(places.lang);
  const units: Unit[] = [];
  const stateOf = (id: string, text: string): State => (text ? (states[id] ?? 'machine-translated') : 'new');

  for (const [key, { message, where }] of englishMessages()) {
    const names = parameters(message);
    const shown = `Shows in ${where.join(', ')}`;
    const values = names.length ? ` ${names.map((name) => `{${name}}`).join(', ')}: values the page fills in; keep them.` : '';
    const translated = target[key];
    if (isPlural(message)) {
      for (const category of categories) {
        const id = `msg:${key}:${category}`;
        const form = isPlural(translated) ? (translated[category] ?? translated.other) : translated;
        const text = template(form, names);
        units.push({
          id,
          source: template(message[category as keyof PluralMessage] ?? message.other, names),
          target: text,
          state: stateOf(id, text),
          plural: category,
          note: `${shown}. Plural form "${category}", used for counts such as ${examples(places.lang, category)}; {${names[0]}} is the count, and may be written as a word or left out.${values}`,
        });
      }
      continue;
    }
    const source = template(message, names);
    if (source === '') continue; // an answer that gives no reason: nothing to translate
    const id = `msg:${key}`;
    const text = template(isPlural(translated) ? translated.other : translated, names);
    const maxLength = names.length ? undefined : limitFor(key, source);
    units.push({
      id,
      source,
      target: text,
      state: stateOf(id, text),
      note: `${shown}.${NOTES[key] ? ` ${NOTES[key]}` : ''}${values}${source.includes('`') ? ' Text between backticks is code (an attribute name): keep it as it is.' : ''}${maxLength ? ` A short label: keep it within ${maxLength} characters.` : ''}`,
      ...(maxLength ? { maxLength } : {}),
    });
  }

  for (const role of bundledCatalogue.roles as Role[]) {
    const file = roleFile(places, role.id);
    const texts = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Texts) : {};
    for (const [path, source] of textPaths(RoleTextsSchema, role)) {
      // A language's other names for a role are its own (Welsh names readers search for), not
      // translations of the job boards' English ones, which stay English: they are not units.
      if (path[0] === 'aliases') continue;
      const id = `role:${role.id}:${path.join('.')}`;
      const field = path.filter((key) => !/^\d+$/.test(key)).join('.');
      const found = valueAt(texts, path);
      const text = typeof found === 'string' ? found : '';
      units.push({
        id,
        source,
        target: text,
        state: stateOf(id, text),
        note: `Role "${role.title}" (${role.id}), ${FIELD_NOTES[field] ?? field}. Shows in <role-card>, <role-compare> and <role-finder>.${field === 'title' ? ' Keep it within 60 characters.' : ''}`,
        ...(field === 'title' ? { maxLength: 60 } : {}),
      });
    }
  }
  return units;
}

// ---------------------------------------------------------------------------------------------
// Files a translator reads: XLIFF 2.0, XLIFF 1.2, CSV

const FILE_ID = 'role-widgets';
const XLIFF2_STATE: Record<State, string> = { new: 'initial', 'machine-translated': 'translated', translated: 'translated', reviewed: 'reviewed' };
const XLIFF12_STATE: Record<State, string> = { new: 'new', 'machine-translated': 'needs-review-translation', translated: 'translated', reviewed: 'signed-off' };
/** XLIFF 2.0 has no state for machine translation: a subState in our namespace says it. */
const MACHINE = 'role-widgets:machine-translated';

/**
 * `{name}` as a placeholder element, so a CAT tool protects it: `<ph>` in 2.0, `<x>` in 1.2. The
 * XML writer indents whatever elements it meets, which would put line breaks into the text around
 * one, so each placeholder travels as a marker and becomes its element in the finished file.
 */
const MARK = /\uE000([\w$]+)\uE001/g;
const marked = (text: string) => text.replace(/\{([\w$]+)\}/g, '\uE000$1\uE001');
const placeholderElements = (xml: string, format: 'xliff2' | 'xliff12') =>
  xml.replace(MARK, (_, name: string) => (format === 'xliff2' ? `<ph id="${name}" equiv="{${name}}" disp="{${name}}"/>` : `<x id="${name}" equiv-text="{${name}}"/>`));

function fromInline(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(fromInline).join('');
  const [kind, element] = Object.entries(value as Record<string, { id?: string; equiv?: string; 'equiv-text'?: string; contents?: unknown }>)[0] ?? [];
  if (kind === 'Standalone' && element) return element.equiv ?? element['equiv-text'] ?? `{${element.id}}`;
  return element?.contents !== undefined ? fromInline(element.contents) : '';
}

/** Puts each unit's state where the XLIFF package leaves it out: the segment (2.0) or the target (1.2). */
function withStates(xml: string, units: Unit[], format: 'xliff2' | 'xliff12'): string {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const tree = xml2js(xml, { compact: false }) as XmlElement;
  const walk = (element: XmlElement) => {
    for (const child of element.elements ?? []) {
      const unit = (child.name === 'unit' || child.name === 'trans-unit') && byId.get(String(child.attributes?.id));
      if (unit) {
        const holder = child.elements?.find((inner) => inner.name === (format === 'xliff2' ? 'segment' : 'target'));
        if (holder) {
          holder.attributes = { ...holder.attributes, state: (format === 'xliff2' ? XLIFF2_STATE : XLIFF12_STATE)[unit.state] };
          if (format === 'xliff2' && unit.state === 'machine-translated') holder.attributes.subState = MACHINE;
        }
      } else walk(child);
    }
  };
  walk(tree);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${placeholderElements(js2xml(tree, { spaces: 2 }), format)}\n`;
}

/** The state each unit's XLIFF says, by unit id. */
function statesIn(xml: string, format: 'xliff2' | 'xliff12'): Map<string, State> {
  const found = new Map<string, State>();
  const walk = (element: XmlElement) => {
    for (const child of element.elements ?? []) {
      if (child.name === 'unit' || child.name === 'trans-unit') {
        const holder = child.elements?.find((inner) => inner.name === (format === 'xliff2' ? 'segment' : 'target'));
        const state = String(holder?.attributes?.state ?? '');
        const sub = String(holder?.attributes?.subState ?? '');
        found.set(String(child.attributes?.id), readState(state, sub));
      } else walk(child);
    }
  };
  walk(xml2js(xml, { compact: false }) as XmlElement);
  return found;
}

function readState(state: string, subState = ''): State {
  if (['reviewed', 'final', 'signed-off'].includes(state)) return 'reviewed';
  if (state === 'translated') return subState === MACHINE ? 'machine-translated' : 'translated';
  if (state === 'needs-review-translation' || state === 'needs-review-l10n' || state === 'needs-review-adaptation') return 'machine-translated';
  if (state === 'machine-translated' || state === 'new') return state;
  return 'new';
}

const CSV_HEADER = ['id', 'source', 'target', 'state', 'plural', 'max_length', 'note'];

/** The units as a file in one of the formats. */
export async function writeUnits(units: Unit[], format: Format, lang: string): Promise<string> {
  if (format === 'csv') {
    return csvText([CSV_HEADER, ...units.map((unit) => [unit.id, unit.source, unit.target, unit.state, unit.plural ?? '', unit.maxLength ? String(unit.maxLength) : '', unit.note])]);
  }
  const resources = Object.fromEntries(
    units.map((unit) => [
      unit.id,
      {
        source: marked(unit.source),
        target: marked(unit.target),
        note: unit.note,
        ...(unit.maxLength ? { additionalAttributes: format === 'xliff2' ? { sizeRestriction: unit.maxLength } : { maxwidth: unit.maxLength, 'size-unit': 'char' } } : {}),
      },
    ]),
  );
  const document = { sourceLanguage: 'en', targetLanguage: lang, resources: { [FILE_ID]: resources } };
  const xml = format === 'xliff2' ? await js2xliff(document) : await jsToXliff12(document);
  return withStates(xml, units, format);
}

/** What a file says of each unit it holds: target text and state. */
export interface Returned {
  id: string;
  target: string;
  state: State;
  source?: string;
}

export function detectFormat(file: string, text: string): Format {
  if (extname(file).toLowerCase() === '.csv') return 'csv';
  const version = /<xliff[^>]*\sversion="([\d.]+)"/.exec(text)?.[1];
  if (version?.startsWith('2')) return 'xliff2';
  if (version === '1.2') return 'xliff12';
  throw new TranslationError(`${file} is neither CSV (.csv) nor XLIFF 1.2 or 2.0.`);
}

export async function readUnits(file: string, text: string, format: Format): Promise<Returned[]> {
  if (format === 'csv') {
    const [header, ...rows] = csvRows(text.replace(/^\uFEFF/, ''));
    const column = (name: string) => header?.indexOf(name) ?? -1;
    for (const name of ['id', 'target', 'state']) if (column(name) < 0) throw new TranslationError(`${file} has no "${name}" column (it needs ${CSV_HEADER.join(', ')}).`);
    return rows.map((row) => ({ id: row[column('id')], target: row[column('target')] ?? '', state: readState(row[column('state')] ?? ''), source: row[column('source')] }));
  }
  const read = format === 'xliff2' ? xliff2js : xliff12ToJs;
  // Placeholder elements back to {name} first: the XML reader drops a space that stands alone between two of them.
  const plain = text.replace(/<(?:ph|x)\b([^>]*)\/>/g, (element, attributes: string) => {
    const said = /\b(?:equiv|disp|equiv-text)="(\{[\w$]+\})"/.exec(attributes)?.[1];
    const id = /\bid="([\w$]+)"/.exec(attributes)?.[1];
    return said ?? (id ? `{${id}}` : element);
  });
  const document = (await read(plain)) as { resources?: Record<string, Record<string, { source?: unknown; target?: unknown }>> };
  const states = statesIn(text, format);
  return Object.values(document.resources ?? {}).flatMap((units) =>
    Object.entries(units).map(([id, unit]) => ({ id, target: fromInline(unit.target), source: fromInline(unit.source), state: states.get(id) ?? 'new' })),
  );
}

// ---------------------------------------------------------------------------------------------
// Writing a reviewed file back

/**
 * Checks what a file returns against the units: each named unit exists, keeps its placeholders
 * (a plural form may leave the count out), and a counted message comes with every plural form of
 * the language or none. Throws naming the first unit that does not.
 */
export function checkReturned(units: Unit[], returned: Returned[], lang: string) {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const seen = new Set<string>();
  for (const item of returned) {
    const unit = byId.get(item.id);
    if (!unit) throw new TranslationError(`Unit ${item.id} is not one of this language's units (was the file exported from another version?).`);
    if (seen.has(item.id)) throw new TranslationError(`Unit ${item.id} is in the file twice.`);
    seen.add(item.id);
    if (item.target === '') {
      if (unit.target !== '') throw new TranslationError(`Unit ${item.id} has an empty target; it would lose its translation ("${unit.target}").`);
      continue;
    }
    const want = placeholders(unit.source);
    const got = placeholders(item.target);
    const count = unit.plural ? parameters(englishMessages().get(unit.id.split(':')[1])?.message)[0] : undefined;
    const allowed = new Set([...want, ...(count ? [count] : [])]);
    const unknown = got.filter((name) => !allowed.has(name));
    const missing = want.filter((name) => name !== count && !got.includes(name));
    if (unknown.length || missing.length) {
      const problems = [missing.length ? `is missing ${missing.map((name) => `{${name}}`).join(', ')}` : '', unknown.length ? `has ${unknown.map((name) => `{${name}}`).join(', ')}, which the English does not` : ''].filter(Boolean);
      throw new TranslationError(`Unit ${item.id}: the translation ${problems.join(' and ')}. Placeholders must match the English: "${unit.source}".`);
    }
  }
  // A counted message needs all of its forms: one left out would show the wrong wording for those counts.
  const categories = categoriesOf(lang);
  const messages = new Set([...seen].filter((id) => byId.get(id)?.plural).map((id) => id.split(':').slice(0, 2).join(':')));
  for (const message of messages) {
    const missing = categories.filter((category) => !seen.has(`${message}:${category}`));
    if (missing.length) throw new TranslationError(`Unit ${message}: the plural forms ${missing.join(', ')} are missing (${lang} needs ${categories.join(', ')}); give every form or none.`);
  }
}

/** The units after a file: each one it names takes its target and state; the rest are as they were. */
export function applyReturned(units: Unit[], returned: Returned[]): Unit[] {
  const byId = new Map(returned.map((item) => [item.id, item]));
  return units.map((unit) => {
    const item = byId.get(unit.id);
    if (!item || item.target === '') return unit;
    // A target changed by hand is at least a human translation, whatever state the tool kept.
    const state: State = item.target !== unit.target && (item.state === 'machine-translated' || item.state === 'new') ? 'translated' : item.state === 'new' ? 'translated' : item.state;
    return { ...unit, target: item.target, state };
  });
}

// The messages module, regenerated the same way every time.

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const keyText = (key: string) => (IDENTIFIER.test(key) ? key : quote(key));

function quote(text: string): string {
  const escaped = (q: string) => text.replace(/\\/g, '\\\\').replace(new RegExp(q, 'g'), `\\${q}`).replace(/\n/g, '\\n');
  return text.includes("'") && !text.includes('"') ? `"${escaped('"')}"` : `'${escaped("'")}'`;
}

/** A template with `{name}` as a TypeScript template literal with `${name}`. */
function templateLiteral(text: string, names: string[]): string {
  return `\`${text
    .split(/(\{[\w$]+\})/)
    .map((part) => {
      const name = /^\{([\w$]+)\}$/.exec(part)?.[1];
      return name && names.includes(name) ? `\${${name}}` : part.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
    })
    .join('')}\``;
}

/** Reads the current module's text: the header to keep, each key's comment lines and parameter lists. */
function readModuleText(file: string, lang: string) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const open = /^const \w+: MessageSet = \{$/m.exec(text);
  const isTs = file.endsWith('.ts');
  const header = open
    ? text.slice(0, open.index).replace(/\n(?:const|function|\/\/)[^]*$/, '\n').trimEnd()
    : isTs
      ? `/** Messages in "${lang}" for role-widgets, written by \`role-widgets translations import\`; register them with registerMessages('${lang}', messages). */\nimport type { MessageSet } from 'role-widgets';`
      : `/** Messages in "${lang}" for role-widgets, written by \`role-widgets translations import\`; register them with registerMessages('${lang}', messages). */`;
  const comments = new Map<string, string[]>();
  /** Comments above a spread (`...prefixed(…)`), by the key before it: they go above the first key it gave. */
  const afterKey = new Map<string, string[]>();
  const params = new Map<string, string>();
  if (open) {
    const lines = text.slice(open.index).split('\n').slice(1);
    let pending: string[] = [];
    let blank = false;
    let outer = '';
    for (const line of lines) {
      const top = /^ {2}(?:'([^']+)'|"([^"]+)"|([\w$]+)): ?(.*)$/.exec(line);
      const inner = /^ {4}(zero|one|two|few|many|other): \(([^)]*)\) =>/.exec(line);
      if (/^\s*\/\//.test(line)) pending.push(line.trim());
      else if (line.trim() === '') blank = true;
      else if (/^ {2}\S.*\bvocabulary\./.test(line)) {
        // Kept with its comments by vocabularyLines.
        (pending = []), (blank = false);
      } else if (/^ {2}\.\.\./.test(line)) {
        if (pending.length || blank) afterKey.set(outer, [...(blank ? [''] : []), ...pending]);
        (pending = []), (blank = false);
      } else if (top) {
        outer = top[1] ?? top[2] ?? top[3];
        if (pending.length || blank) comments.set(outer, [...(blank ? [''] : []), ...pending]);
        (pending = []), (blank = false);
        const fn = /^\(([^)]*)\) =>/.exec(top[4]);
        if (fn) params.set(outer, fn[1]);
      } else if (inner) params.set(`${outer}:${inner[1]}`, inner[2]);
    }
  }
  return { header, comments, afterKey, params, isTs };
}

/** The parameter list to write: the module's own where its names match, else the English names. */
function parameterList(names: string[], kept: string | undefined, isTs: boolean): string {
  const keptNames = kept?.split(',').map((part) => part.replace(/[:=?].*$/s, '').trim()).filter(Boolean);
  if (kept !== undefined && isTs && JSON.stringify(keptNames) === JSON.stringify(names)) return kept;
  return names.join(', ');
}

/** The lines of a messages module that read its vocabulary file, with the comments above them. */
function vocabularyLines(file: string): string[] {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const kept: string[] = [];
  let comments: string[] = [];
  for (const line of text.split('\n')) {
    if (/^ {2}\/\//.test(line)) comments.push(line);
    else if (/^ {2}\S.*\bvocabulary\./.test(line)) {
      kept.push(...comments, line);
      comments = [];
    } else comments = [];
  }
  return kept;
}

/** A message set as the module src/i18n/<lang>.ts (or a site's .js), the same text for the same messages. */
export function writeMessagesModule(file: string, lang: string, units: Unit[], current: MessageSet): string {
  const { header, comments, afterKey, params, isTs } = readModuleText(file, lang);
  const english = englishMessages();
  const byKey = new Map<string, Unit[]>();
  for (const unit of units) {
    if (!unit.id.startsWith('msg:') || unit.target === '') continue;
    const key = unit.id.split(':')[1];
    byKey.set(key, [...(byKey.get(key) ?? []), unit]);
  }
  // The module's own order, then keys it did not have, in the English order.
  const order = [...new Set([...Object.keys(current), ...english.keys()])];
  const name = lang.replace(/[^a-z]/gi, '') || 'messages';
  const lines: string[] = [header, '', isTs ? `const ${name}: MessageSet = {` : `/** @type {import('role-widgets').MessageSet} */\nconst ${name} = {`];
  // The catalogue's own phrases come from the language's vocabulary file (data/vocabulary.<lang>.json),
  // their one source: the lines that read it are kept as they are, and its keys are not written here.
  lines.push(...vocabularyLines(file));
  let previous = '';
  for (const key of order) {
    if (key.startsWith('phrase:') || key === 'keepEnglish') continue;
    const found = byKey.get(key);
    const names = parameters(english.get(key)?.message ?? current[key]);
    let entry: string | undefined;
    if (found?.some((unit) => unit.plural)) {
      const other = found.find((unit) => unit.plural === 'other')!;
      const forms = found.filter((unit) => unit.plural === 'other' || unit.target !== other.target);
      // A form that names no value is a string; one that leaves some out marks them unused (`_count`).
      const form = (unit: Unit) => {
        const used = placeholders(unit.target);
        if (!used.length) return quote(unit.target);
        const own = names.map((name) => (used.includes(name) || name.startsWith('_') ? name : `_${name}`));
        return `(${parameterList(own, params.get(`${key}:${unit.plural}`), isTs)}) => ${templateLiteral(unit.target, names)}`;
      };
      entry = `  ${keyText(key)}: {\n${forms.map((unit) => `    ${unit.plural}: ${form(unit)},`).join('\n')}\n  },`;
    } else if (found) {
      const [unit] = found;
      entry = `  ${keyText(key)}: ${names.length ? `(${parameterList(names, params.get(key), isTs)}) => ${templateLiteral(unit.target, names)}` : quote(unit.target)},`;
    } else if (current[key] === '' || (english.get(key)?.message === '' && key in current)) {
      entry = `  ${keyText(key)}: '',`;
    }
    if (entry === undefined) continue;
    for (const comment of [...(afterKey.get(previous) ?? []), ...(comments.get(key) ?? [])]) lines.push(comment ? `  ${comment}` : '');
    afterKey.delete(previous);
    lines.push(entry);
    previous = key;
  }
  lines.push('};', `export default ${name};`, '');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Role texts: only the strings that changed are replaced, so the files keep their layout.

/** Where each string value of a JSON text sits, by path ("duties.2"). */
function stringSpans(text: string): Map<string, [start: number, end: number]> {
  const spans = new Map<string, [number, number]>();
  const stack: { kind: 'object' | 'array'; key?: string; index: number }[] = [];
  let pendingKey: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const value = JSON.parse(text.slice(i, end + 1)) as string;
      const frame = stack.at(-1);
      if (frame?.kind === 'object' && pendingKey === undefined && /^\s*:/.test(text.slice(end + 1))) pendingKey = value;
      else {
        const here = frame?.kind === 'array' ? String(frame.index) : pendingKey!;
        spans.set([...stack.slice(1).map((f) => f.key!), here].join('.'), [i, end + 1]);
        pendingKey = undefined;
      }
      i = end;
    } else if (char === '{' || char === '[') {
      const frame = stack.at(-1);
      const key = frame?.kind === 'array' ? String(frame.index) : pendingKey;
      stack.push({ kind: char === '{' ? 'object' : 'array', key, index: 0 });
      pendingKey = undefined;
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',') {
      const frame = stack.at(-1);
      if (frame?.kind === 'array') frame.index++;
      pendingKey = undefined;
    }
  }
  return spans;
}

/** Writes each role's texts that the units changed; returns the files written. */
export function writeRoleTexts(places: Places, units: Unit[], before: Unit[]): string[] {
  const previous = new Map(before.map((unit) => [unit.id, unit.target]));
  const changed = new Map<string, Unit[]>();
  for (const unit of units) {
    if (!unit.id.startsWith('role:') || unit.target === previous.get(unit.id)) continue;
    const id = unit.id.split(':')[1];
    changed.set(id, [...(changed.get(id) ?? []), unit]);
  }
  const written: string[] = [];
  for (const [id, changes] of changed) {
    const file = roleFile(places, id);
    if (existsSync(file)) {
      let text = readFileSync(file, 'utf8');
      const spans = stringSpans(text);
      const edits = changes.map((unit) => ({ unit, span: spans.get(unit.id.split(':')[2]) }));
      if (edits.every((edit) => edit.span)) {
        for (const { unit, span } of edits.sort((a, b) => b.span![0] - a.span![0])) text = text.slice(0, span![0]) + JSON.stringify(unit.target) + text.slice(span![1]);
        writeFileSync(file, text);
        written.push(file);
        continue;
      }
    }
    // A new file, or one without some of the fields: written whole, with every unit of the role.
    const texts: Texts = { id };
    for (const unit of units.filter((each) => each.id.startsWith(`role:${id}:`) && each.target !== '')) setAt(texts, unit.id.split(':')[2].split('.'), unit.target);
    writeFileSync(file, `${JSON.stringify(texts, null, 2)}\n`);
    written.push(file);
  }
  return written;
}

/** The states file: one entry per unit that is not machine-translated, sorted, so a diff reads well. */
export function writeStates(places: Places, units: Unit[]) {
  const states = Object.fromEntries(
    units
      .filter((unit) => unit.state !== 'machine-translated' && unit.state !== 'new')
      .map((unit) => [unit.id, unit.state])
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  writeFileSync(places.states, `${JSON.stringify(states, null, 2)}\n`);
}

export async function currentMessages(places: Places): Promise<MessageSet> {
  return loadMessages(places.messages);
}

/** Checks a role's texts file still reads as a language's texts (the schema the catalogue uses). */
export function checkRoleTexts(file: string) {
  const { id: _id, ...texts } = JSON.parse(readFileSync(file, 'utf8')) as Texts;
  const result = v.safeParse(RoleTextsSchema, texts);
  if (!result.success) throw new TranslationError(`${file} does not hold a role's texts: ${result.issues[0].message}`);
}
