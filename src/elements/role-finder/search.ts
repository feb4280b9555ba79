import { filterRoles, foldText, type RoleFilter } from '../../catalogue/lookup.js';
import type { matchJobTitle } from '../../catalogue/match-title.js';
import type { CatalogueIndex as Catalogue, RoleFacts as Role } from '../../catalogue/schema.js';
import { aliasesIn, primaryLanguage, titleIn } from '../../catalogue/texts.js';

let matcher: typeof matchJobTitle | undefined;
let loading: Promise<unknown> | undefined;

/**
 * Loads the job-title matcher, a chunk of its own: the finder asks for it when the reader first
 * types, so a page where nobody searches never downloads it.
 */
export function loadTitleMatcher(): Promise<unknown> {
  loading ??= import('../../catalogue/match-title.js').then((module) => (matcher = module.matchJobTitle));
  return loading;
}

/**
 * The finder's search: roles whose titles, other names or technologies contain the text, ordered
 * by fit: the roles the text names as a job title first, by the matcher's score, as job adverts are
 * read ("java developer" → back end, "SRE" → infrastructure), then the other roles the text is found
 * in. A role the text names surely is shown even when no word of it is in the role. A title that
 * names no one role ("software engineer", "programmer") brings every role the matcher rates equally
 * close, ahead of roles that merely contain the words. Until the matcher has loaded, the text search
 * alone; `whenReady` runs once it is there.
 * With a `reader` in another language, the text also finds roles by their names and technology
 * labels in it (see `withReaderNames`).
 */
export function searchRoles(catalogue: Catalogue, filter: RoleFilter, whenReady?: () => void, reader?: SearchReader): Role[] {
  const found = withReaderNames(catalogue, filter, filterRoles(catalogue, filter), reader);
  if (!filter.text?.trim()) return found;
  if (!matcher) {
    void loadTitleMatcher().then(whenReady);
    return found;
  }
  const allowed = filterRoles(catalogue, { ...filter, text: undefined });
  const scores = titleScores(catalogue, filter.text);
  const named = [...scores.keys()].flatMap((id) => allowed.find((role) => role.id === id) ?? []);
  const ranked = [...named, ...found.filter((role) => !scores.has(role.id))];
  // Array sort is stable: equal scores keep the order above (the matcher's, then the catalogue's).
  return ranked.sort((a, b) => (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0));
}

/**
 * The matcher's score for each role the text names. The matcher gives one role; when that is only
 * a guess (weak), the roles it rates just as close are asked for too, by asking again without the
 * ones already given: "software engineer" is back end, full stack, mobile or front end alike. A sure
 * match stands alone, as a second ask without it would only find a lesser role ("pen tester" → QA).
 */
function titleScores(catalogue: Catalogue, text: string): Map<string, number> {
  const scores = new Map<string, number>();
  let roles = catalogue.roles;
  const first = matcher!(catalogue, text);
  for (let match = first; match; match = matcher!({ roles }, text)) {
    if (match !== first && (first!.strength === 'strong' || match.strength !== 'weak' || match.score < first!.score)) break;
    scores.set(match.roleId, match.score);
    roles = roles.filter((role) => role.id !== match!.roleId);
  }
  return scores;
}

/** The reader's language, and a technology's label in it (its Welsh, or its own name). */
export interface SearchReader {
  lang: string;
  label: (technology: string) => string;
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
  if (/^[aeiouwy]/.test(word)) forms.push(`g${word}`);
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

/**
 * The roles found, and in a reader's language other than English those the other filters allow
 * whose title, other names or technology labels in it the text names, word by word (Welsh
 * mutations and accents aside), in the catalogue's order.
 */
function withReaderNames(catalogue: Catalogue, filter: RoleFilter, found: Role[], reader?: SearchReader): Role[] {
  const text = filter.text?.trim();
  if (!text || !reader || primaryLanguage(reader.lang) === 'en') return found;
  const names = (role: Role) => {
    const title = titleIn(role, reader.lang);
    return [...(title.lang === 'en' ? [] : [title.title]), ...aliasesIn(role, reader.lang), ...role.technologies.map((tech) => reader.label(tech.name))];
  };
  const named = new Set(filterRoles(catalogue, { ...filter, text: undefined }).filter((role) => names(role).some((name) => matchesWelsh(text, name))));
  return catalogue.roles.filter((role) => found.includes(role) || named.has(role));
}
