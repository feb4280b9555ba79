import { filterRoles, type RoleFilter } from '../../catalogue/lookup.js';
import type { matchJobTitle } from '../../catalogue/match-title.js';
import type { CatalogueIndex as Catalogue, RoleFacts as Role } from '../../catalogue/schema.js';

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
 */
export function searchRoles(catalogue: Catalogue, filter: RoleFilter, whenReady?: () => void): Role[] {
  const found = filterRoles(catalogue, filter);
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
