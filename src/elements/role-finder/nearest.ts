import { filterRoles, type RoleFilter } from '../../catalogue/lookup.js';
import type { CatalogueIndex as Catalogue, RoleFacts as Role } from '../../catalogue/schema.js';

/** How many nearest roles an empty result offers. */
export const NEAREST_COUNT = 3;

/** Words shorter than this ("a", "of", "in") are left out when the search is read word by word. */
const SHORT_WORD = 3;

/**
 * The roles closest to what the reader asked for when nothing matches all of it: those that miss
 * the fewest of their choices. The search counts as met when any of its words is in the role (its
 * title, other names or technologies), or when `named` (the roles the text names as a job title)
 * holds the role. A role that meets none of the choices is never offered: it would not be near.
 */
export function nearestRoles(catalogue: Catalogue, filter: RoleFilter, named: ReadonlySet<string> = new Set()): Role[] {
  const tests: ((role: Role) => boolean)[] = [];
  const meets = (part: RoleFilter) => {
    const ids = new Set(filterRoles(catalogue, part).map((role) => role.id));
    tests.push((role) => ids.has(role.id));
  };
  const text = filter.text?.trim();
  const words = text ? text.split(/\s+/).filter((word) => word.length >= SHORT_WORD).map((word) => word.toLowerCase()) : [];
  if (text) {
    const ids = new Set([...named, ...words.flatMap((word) => filterRoles(catalogue, { text: word }).map((role) => role.id))]);
    tests.push((role) => ids.has(role.id));
  }
  // Among roles that meet as many choices, those the search names come first, then those with one of its words in a title.
  const nearness = (role: Role) => (named.has(role.id) ? 2 : words.some((word) => [role.title, ...role.aliases].some((name) => name.toLowerCase().includes(word))) ? 1 : 0);
  if (filter.stack) meets({ stack: filter.stack });
  if (filter.family) meets({ family: filter.family });
  if (filter.salaryFloor) meets({ salaryFloor: filter.salaryFloor });
  if (filter.customerContact) meets({ customerContact: filter.customerContact });
  if (filter.onCall) meets({ onCall: filter.onCall });
  // Each technology on its own: a role that uses two of the three ticked is nearer than one that uses none.
  for (const technology of filter.technologies ?? []) meets({ technologies: [technology] });
  const scored = catalogue.roles
    .map((role, index) => ({ role, index, met: tests.filter((test) => test(role)).length, near: nearness(role) }))
    .filter(({ met }) => met > 0);
  scored.sort((a, b) => b.met - a.met || b.near - a.near || a.index - b.index);
  return scored.slice(0, NEAREST_COUNT).map(({ role }) => role);
}
