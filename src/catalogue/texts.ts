import type { Role, RoleFacts, RoleListEntry, RoleTexts } from './schema.js';

/**
 * A role's texts as an element has them: on their way, in hand (in the language asked for, or in
 * English where that language has none), or failed with a way to try again.
 */
export type RoleTextsState =
  | { status: 'loading' }
  | {
      status: 'ready';
      texts: RoleTexts;
      /** The language the texts are written in: the one asked for, or "en" where it has none. */
      lang: string;
    }
  | { status: 'error'; problem: string; retry: () => void };

/** "cy-GB" → "cy": role texts are written per language, not per region. */
export const primaryLanguage = (lang: string): string => lang.split('-')[0].toLowerCase();

/** True for a role that carries its texts (a whole catalogue's), false for an index entry. */
export function hasTexts(role: RoleListEntry | RoleFacts | Role): role is Role {
  return 'summary' in role;
}

/**
 * The texts of a role from a whole catalogue, in `lang` when the role has them, else in English.
 * Synchronous: a whole catalogue has every text in hand.
 */
export function textsOfRole(role: Role, lang: string): Extract<RoleTextsState, { status: 'ready' }> {
  const wanted = primaryLanguage(lang);
  const translated = wanted === 'en' ? undefined : role.translations?.[lang] ?? role.translations?.[wanted];
  if (translated) return { status: 'ready', texts: translated, lang: wanted };
  const { title, summary, duties, environment, requirements, prospects, interviewQuestions } = role;
  return { status: 'ready', texts: { title, summary, duties, environment: { summary: environment.summary }, requirements, prospects, interviewQuestions }, lang: 'en' };
}

/** A role's title in `lang` from its facts, where the catalogue has one, else its own (English) title. */
export function titleIn(role: RoleListEntry | RoleFacts | Role, lang: string): { title: string; lang: string } {
  const wanted = primaryLanguage(lang);
  // Facts carry `titles`; a whole catalogue's role its translations (the classic file's English-only one keeps `titles`).
  const titles = 'titles' in role && role.titles ? role.titles : hasTexts(role) ? Object.fromEntries(Object.entries(role.translations ?? {}).map(([key, texts]) => [key, texts.title])) : undefined;
  const title = wanted === 'en' ? undefined : titles?.[lang] ?? titles?.[wanted];
  return title ? { title, lang: wanted } : { title: role.title, lang: 'en' };
}

/**
 * A role's other names in `lang` (Welsh ones an editor added, for search and the card), from its
 * facts or its texts; none for English, whose aliases are the role's own.
 */
export function aliasesIn(role: RoleListEntry | RoleFacts | Role, lang: string): string[] {
  const wanted = primaryLanguage(lang);
  if (wanted === 'en') return [];
  if ('translatedAliases' in role && role.translatedAliases) return role.translatedAliases[lang] ?? role.translatedAliases[wanted] ?? [];
  return hasTexts(role) ? (role.translations?.[lang] ?? role.translations?.[wanted])?.aliases ?? [] : [];
}
