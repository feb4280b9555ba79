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
 * The finder's search: roles whose titles, other names or technologies contain the text, with the
 * role the text names as a job title first, found as job adverts are ("java developer" → back end,
 * "SRE" → infrastructure, "BI analyst" → data analyst). A role the text names surely is shown even
 * when no word of it is in the role; a closest guess only leads the list, or stands in for an empty
 * one. Until the matcher has loaded, the text search alone; `whenReady` runs once it is there.
 */
export function searchRoles(catalogue: Catalogue, filter: RoleFilter, whenReady?: () => void): Role[] {
  const found = filterRoles(catalogue, filter);
  if (!filter.text?.trim()) return found;
  if (!matcher) {
    void loadTitleMatcher().then(whenReady);
    return found;
  }
  const match = matcher(catalogue, filter.text);
  const role = match && filterRoles(catalogue, { ...filter, text: undefined }).find((r) => r.id === match.roleId);
  if (!role || (match.strength === 'weak' && found.length && !found.includes(role))) return found;
  return [role, ...found.filter((r) => r !== role)];
}
