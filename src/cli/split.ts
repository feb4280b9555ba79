/// <reference types="node" />
/**
 * How a whole catalogue is cut into the pieces the script-tag loader fetches. Node only (it hashes
 * with node:crypto): the build (rollup.config.mjs, for the bundled catalogue, through
 * scripts/catalogue-pieces.mjs), npm run catalogue and `role-widgets split` (for a site's own) run
 * it; no page does. A role's English texts are cut by catalogue/texts.ts's `textsOfRole`, the rule browsers
 * use for a whole catalogue, so the two cannot drift. No file access here, so the command line can
 * bundle it.
 */
import { createHash } from 'node:crypto';
import type { Catalogue, ListingEntry, Role, RoleFacts, RoleListEntry, RoleTexts } from '../catalogue/schema.js';
import { textsOfRole } from '../catalogue/texts.js';

/** The fields of a role that are words a reader reads (its English texts but the title); everything else is a fact every language shares. */
export const TEXT_FIELDS = ['summary', 'duties', 'environment', 'requirements', 'prospects', 'interviewQuestions'] as const satisfies readonly Exclude<keyof RoleTexts, 'title' | 'aliases'>[];

/** Fields for reviewers, not readers: the editors' reasons for their judgement calls. No page downloads them. */
export const EDITOR_FIELDS = ['notes'] as const satisfies readonly (keyof Role)[];

const isTextField = (key: string): boolean => (TEXT_FIELDS as readonly string[]).includes(key);
const isEditorField = (key: string): boolean => (EDITOR_FIELDS as readonly string[]).includes(key);

/** A role's facts: the role without its texts or the editors' notes, with its titles and other names in other languages. */
export function factsOf(role: Role): RoleFacts {
  const facts: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(role)) {
    if (key === 'translations' || isEditorField(key) || (isTextField(key) && key !== 'environment')) continue;
    facts[key] = key === 'environment' ? Object.fromEntries(Object.entries(value as Role['environment']).filter(([name]) => name !== 'summary')) : value;
  }
  const titles = Object.fromEntries(Object.entries(role.translations ?? {}).map(([lang, texts]) => [lang, texts.title]));
  if (Object.keys(titles).length) facts.titles = titles;
  // Other names in other languages travel with the facts, so search and role-id find them without any texts.
  const aliases = Object.fromEntries(Object.entries(role.translations ?? {}).flatMap(([lang, texts]) => (texts.aliases?.length ? [[lang, texts.aliases]] : [])));
  if (Object.keys(aliases).length) facts.translatedAliases = aliases;
  return facts as RoleFacts;
}

/**
 * What a job board's list of adverts needs of a role, for every role in one small file: what the
 * job-title matcher reads (titles, other names, technology names, codes, part of the stack) and
 * what a band draws (pay, quoted pay, hours a week to convert pay). Hours keep only their figures;
 * their sources are the role card's business, not a list's.
 */
export function listingEntryOf(facts: RoleFacts): ListingEntry {
  const { id, title, titles, aliases, stack, family, technologies, codes, salary, quotedPay, hours } = facts;
  const typical = hours.typical && { hours: hours.typical.hours };
  return {
    id, title, ...(titles && { titles }), aliases, stack, ...(family && { family }),
    technologies: technologies.map(({ name, kind }) => ({ name, kind })),
    ...(codes && { codes }), salary, ...(quotedPay && { quotedPay }),
    hours: { min: hours.min, max: hours.max, ...(typical && { typical }) },
  };
}

/** A role's texts in one language ("en" is the role's own), or none where it has none in that language: no falling back. */
export function textsOf(role: Role, lang: string): Omit<RoleTexts, 'aliases'> | undefined {
  if (lang === 'en') return textsOfRole(role, 'en').texts;
  const texts = role.translations?.[lang];
  if (!texts) return undefined;
  // Its other names are in the facts already (translatedAliases).
  const { aliases, ...rest } = texts;
  return rest;
}

/** Every language some role has texts in, English first. */
export function languagesOf(catalogue: Catalogue): string[] {
  return ['en', ...new Set(catalogue.roles.flatMap((role) => Object.keys(role.translations ?? {})).sort())];
}

/**
 * The split catalogue the script-tag loader reads, as files relative to its folder: `index.json`
 * (every role's facts, the ways of working, the languages), `list.json` (every role's id, titles
 * and group, for a list to choose from), `listing.json` (what a list of job adverts needs: see
 * listingEntryOf), `roles/<id>.json` (one role's facts, for a page that shows only that role) and
 * `texts/<lang>/<id>.json` (one role's texts in one language). `version` is a hash of them all,
 * added to each URL so a cache never mixes releases.
 */
export function pieces(catalogue: Catalogue): { files: Record<string, string>; ids: string[]; languages: string[]; version: string } {
  const files: Record<string, string> = {};
  const { roles, $schema, ...rest } = catalogue;
  const facts = roles.map(factsOf);
  files['index.json'] = JSON.stringify({ ...rest, roles: facts });
  // What a list of roles needs (compare's pickers): far smaller than the index, so it grows slowly with the catalogue.
  files['list.json'] = JSON.stringify(facts.map(({ id, title, titles, family, stack }): RoleListEntry => ({ id, title, ...(titles && { titles }), ...(family && { family }), stack })));
  files['listing.json'] = JSON.stringify(facts.map(listingEntryOf));
  for (const role of facts) files[`roles/${role.id}.json`] = JSON.stringify(role);
  const languages = languagesOf(catalogue);
  for (const role of roles) {
    for (const lang of languages) {
      const texts = textsOf(role, lang);
      if (texts) files[`texts/${lang}/${role.id}.json`] = JSON.stringify(texts);
    }
  }
  const version = createHash('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 10);
  return { files, ids: roles.map((role) => role.id), languages, version };
}
