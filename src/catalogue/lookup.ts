import type { Level, RoleFacts, RoleFamily, StackPart } from './schema.js';
import { aliasesIn, primaryLanguage, titleIn } from './texts.js';

/** Anything with roles: a whole catalogue, or a split catalogue's index. */
type WithRoles<R> = { roles: readonly R[] };

/** "Back End", "back_end" and "back-end" all name the same role. */
export function normalizeRoleKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, '-');
}

/** Lower case without accents: readers type "rol" for "rôl", "peiriannydd" in any case. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Welsh first letters after a mutation, and the letters they may stand for: soft (b→f, d→dd, g
 * dropped, ll→l, m→f, p→b, rh→r, t→d, c→g), nasal (p→mh, t→nh, c→ngh, b→m, d→n, g→ng) and aspirate
 * (p→ph, t→th, c→ch). Longest first, as "ngh" must be read before "ng".
 */
const MUTATIONS: [string, string[]][] = [
  ['ngh', ['c']],
  ['mh', ['p']],
  ['nh', ['t']],
  ['ng', ['g']],
  ['ph', ['p']],
  ['th', ['t']],
  ['ch', ['c']],
  ['dd', ['d']],
  ['b', ['p']],
  ['d', ['t']],
  ['g', ['c']],
  ['f', ['b', 'm']],
  ['l', ['ll']],
  ['r', ['rh']],
  ['m', ['b']],
  ['n', ['d']],
];

/**
 * A folded Welsh word and the forms it may have had before a mutation: "beiriannydd" is also
 * "peiriannydd", "ddatblygwr" "datblygwr", "wasanaeth" "gwasanaeth" (a soft-mutated g is dropped).
 */
export function welshForms(word: string): string[] {
  const forms = [word];
  const mutated = MUTATIONS.find(([start]) => word.startsWith(start));
  if (mutated) for (const radical of mutated[1]) forms.push(radical + word.slice(mutated[0].length));
  if (/^[aeiouwyâêîôûŵŷ]/.test(word)) forms.push(`g${word}`);
  return forms;
}

const words = (text: string) => foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * True when every word of `query` begins a word of `name`, mutations and accents aside, so
 * "beiriannydd data" finds "Peiriannydd data" and "datblyg" finds "Datblygwr meddalwedd".
 */
export function matchesWelsh(query: string, name: string): boolean {
  const wanted = words(query).map(welshForms);
  const offered = words(name).map(welshForms);
  return wanted.length > 0 && wanted.every((forms) => offered.some((other) => other.some((word) => forms.some((form) => word.startsWith(form)))));
}

/** The same name, word for word, with mutations and accents aside: "beiriannydd data" is "Peiriannydd data". */
function sameWelshName(a: string, b: string): boolean {
  const [left, right] = [words(a), words(b)];
  return left.length === right.length && left.every((word, index) => welshForms(word).some((form) => welshForms(right[index]).includes(form)));
}

/** A role's titles and other names in every language but English: from its facts (`titles`, `translatedAliases`) or a whole catalogue's translations. */
function otherLanguageNames(role: RoleFacts): string[] {
  const translations = (role as { translations?: Record<string, unknown> }).translations;
  const languages = new Set([...Object.keys(role.titles ?? {}), ...Object.keys(role.translatedAliases ?? {}), ...Object.keys(translations ?? {})]);
  return [...languages].flatMap((lang) => {
    const title = titleIn(role, lang);
    return [...(title.lang === 'en' ? [] : [title.title]), ...aliasesIn(role, lang)];
  });
}

/**
 * Finds a role by id, alias or title, ignoring case, spaces and hyphens; titles and other names in
 * other languages (Welsh) too, their accents and mutations aside.
 */
export function findRole<R extends RoleFacts>(catalogue: WithRoles<R>, name: string | null | undefined): R | undefined {
  if (!name) return undefined;
  const key = normalizeRoleKey(name);
  return (
    catalogue.roles.find((role) => role.id === key) ??
    catalogue.roles.find((role) => [role.title, ...role.aliases].some((alias) => normalizeRoleKey(alias) === key)) ??
    catalogue.roles.find((role) => otherLanguageNames(role).some((other) => sameWelshName(other, name)))
  );
}

export interface RoleFilter {
  /** Free text matched against titles, aliases and technology names. */
  text?: string;
  /**
   * The reader's language: `text` is also matched, word by word, against the role's title and
   * other names in it and its technology labels as `label` writes them there (Welsh mutations and
   * accents aside).
   */
  reader?: { lang: string; label: (technology: string) => string };
  stack?: StackPart;
  /** The group a careers page lists the role under. */
  family?: RoleFamily;
  /** Roles that use every one of these technologies (case-insensitive). */
  technologies?: string[];
  /** Lowest acceptable top of the band in the given region. */
  salaryFloor?: { region: string; amount: number };
  customerContact?: Level[];
  onCall?: Level[];
}

export function filterRoles<R extends RoleFacts>(catalogue: WithRoles<R>, filter: RoleFilter = {}): R[] {
  const text = filter.text?.trim().toLowerCase();
  const wantedTech = filter.technologies?.map((t) => t.toLowerCase());
  return catalogue.roles.filter((role) => {
    if (filter.stack && role.stack !== filter.stack) return false;
    if (filter.family && role.family !== filter.family) return false;
    if (filter.customerContact && !filter.customerContact.includes(role.environment.customerContact)) return false;
    if (filter.onCall && !filter.onCall.includes(role.environment.onCall)) return false;
    if (filter.salaryFloor) {
      const band = role.salary[filter.salaryFloor.region];
      if (!band || band.max < filter.salaryFloor.amount) return false;
    }
    const techNames = role.technologies.map((t) => t.name.toLowerCase());
    if (wantedTech && !wantedTech.every((t) => techNames.includes(t))) return false;
    if (text) {
      const haystack = foldText([role.title, ...role.aliases, ...techNames].join('\n'));
      if (!haystack.includes(foldText(text)) && !readerNames(role, filter.reader).some((name) => matchesWelsh(text, name))) return false;
    }
    return true;
  });
}

/** What the reader may search a role by in their own language (none for English, which is searched already). */
function readerNames(role: RoleFacts, reader: RoleFilter['reader']): string[] {
  if (!reader || primaryLanguage(reader.lang) === 'en') return [];
  const title = titleIn(role, reader.lang);
  return [...(title.lang === 'en' ? [] : [title.title]), ...aliasesIn(role, reader.lang), ...role.technologies.map((tech) => reader.label(tech.name))];
}

/** Ids a reader can use, for messages about an unknown role. */
export function roleIds(catalogue: WithRoles<RoleFacts>): string[] {
  return catalogue.roles.map((role) => role.id);
}
