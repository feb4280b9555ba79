import type { Level, RoleFacts, RoleFamily, StackPart } from './schema.js';
import { aliasesIn, titleIn } from './texts.js';

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
 * other languages (Welsh) too, accents aside ("Peiriannydd data", "pensaer cwmwl").
 */
export function findRole<R extends RoleFacts>(catalogue: WithRoles<R>, name: string | null | undefined): R | undefined {
  if (!name) return undefined;
  const key = normalizeRoleKey(name);
  const folded = normalizeRoleKey(foldText(name));
  return (
    catalogue.roles.find((role) => role.id === key) ??
    catalogue.roles.find((role) => [role.title, ...role.aliases].some((alias) => normalizeRoleKey(alias) === key)) ??
    catalogue.roles.find((role) => otherLanguageNames(role).some((other) => normalizeRoleKey(foldText(other)) === folded))
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
      const haystack = foldText([role.title, ...role.aliases, ...techNames].join('\n'));
      if (!haystack.includes(foldText(text))) return false;
    }
    return true;
  });
}

/** Ids a reader can use, for messages about an unknown role. */
export function roleIds(catalogue: WithRoles<RoleFacts>): string[] {
  return catalogue.roles.map((role) => role.id);
}
