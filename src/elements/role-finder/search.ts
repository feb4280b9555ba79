import { filterRoles, type RoleFilter } from '../../catalogue/lookup.js';
import { matchJobTitle } from '../../catalogue/match-title.js';
import type { Catalogue, Role } from '../../catalogue/schema.js';

/**
 * The finder's search: roles whose titles, other names or technologies contain the text, with the
 * role the text names as a job title first, found as job adverts are ("java developer" → back end,
 * "SRE" → infrastructure, "BI analyst" → data analyst). A role the text names surely is shown even
 * when no word of it is in the role; a closest guess only leads the list, or stands in for an empty one.
 */
export function searchRoles(catalogue: Catalogue, filter: RoleFilter): Role[] {
  const found = filterRoles(catalogue, filter);
  const match = filter.text?.trim() ? matchJobTitle(catalogue, filter.text) : undefined;
  const role = match && filterRoles(catalogue, { ...filter, text: undefined }).find((r) => r.id === match.roleId);
  if (!role || (match.strength === 'weak' && found.length && !found.includes(role))) return found;
  return [role, ...found.filter((r) => r !== role)];
}
