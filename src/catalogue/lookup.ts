import type { Level, RoleFacts, RoleFamily, StackPart } from './schema.js';

/** Anything with roles: a whole catalogue, or a split catalogue's index. */
type WithRoles<R> = { roles: readonly R[] };

/** "Back End", "back_end" and "back-end" all name the same role. */
export function normalizeRoleKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, '-');
}

/** Finds a role by id, alias or title, ignoring case, spaces and hyphens. */
export function findRole<R extends RoleFacts>(catalogue: WithRoles<R>, name: string | null | undefined): R | undefined {
  if (!name) return undefined;
  const key = normalizeRoleKey(name);
  return (
    catalogue.roles.find((role) => role.id === key) ??
    catalogue.roles.find((role) => [role.title, ...role.aliases].some((alias) => normalizeRoleKey(alias) === key))
  );
}

export interface RoleFilter {
  /** Free text matched against titles, aliases and technology names. */
  text?: string;
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
      const haystack = [role.title, ...role.aliases, ...techNames].join('\n').toLowerCase();
      if (!haystack.includes(text)) return false;
    }
    return true;
  });
}

/** Ids a reader can use, for messages about an unknown role. */
export function roleIds(catalogue: WithRoles<RoleFacts>): string[] {
  return catalogue.roles.map((role) => role.id);
}
