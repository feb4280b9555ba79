/**
 * The catalogue's structure, written once: the TypeScript types are inferred from it, the JSON
 * Schema for site editors (data/catalogue.schema.json) is generated from it, and
 * `validateCatalogue` checks unknown JSON against it. Rules that relate one field to another
 * (min ≤ max, unique ids) live in validate.ts, because JSON Schema cannot say them.
 */
import * as v from 'valibot';

const nonEmptyText = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const textList = v.pipe(v.array(nonEmptyText), v.minLength(1, 'needs at least one entry'));

/** Year, year-month or full ISO date of a figure: "2025", "2025-04", "2025-10-22". */
const figureDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date like 2025, 2025-04 or 2025-10-22'),
);

/** Only web links: a catalogue from a CMS must not smuggle in javascript: or data: URLs. */
const webLink = v.pipe(
  v.string(),
  v.url('must be an absolute URL'),
  v.regex(/^https?:\/\//i, 'must start with http:// or https://'),
);

import { LEVELS, MAX_CATALOGUE_ROLES, PAY_SPANS, ROLE_FAMILIES, STACK_PARTS, TECHNOLOGY_KINDS, WORKPLACES, roleIdPattern } from './vocabulary.js';

export { LEVELS, MAX_CATALOGUE_ROLES, PAY_SPANS, ROLE_FAMILIES, STACK_PARTS, TECHNOLOGY_KINDS, WORKPLACES, roleIdPattern };

const roleId = v.pipe(v.string(), v.regex(roleIdPattern, 'must be lower-case words joined by hyphens, like "back-end"'));

export const SourceSchema = v.strictObject({
  name: nonEmptyText,
  url: v.optional(webLink),
  date: figureDate,
});

const amount = v.pipe(v.number(), v.finite(), v.minValue(0, 'must not be negative'));

export const PayBandSchema = v.strictObject({
  currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as GBP or USD')),
  min: amount,
  max: amount,
  median: v.optional(amount),
  /** Percentiles the source publishes besides the median; a cell the publisher suppressed is left out. */
  p10: v.optional(amount),
  p25: v.optional(amount),
  p75: v.optional(amount),
  p90: v.optional(amount),
  /** Which percentiles `min` and `max` are: "p25-p75" (the middle half) or "p10-p90". Absent: the range `basis` describes. */
  span: v.optional(v.picklist(PAY_SPANS)),
  /** What the range measures, e.g. "25th to 75th percentile, full-time gross". */
  basis: nonEmptyText,
  /** True where the figure is a judgement rather than a published statistic. */
  estimate: v.optional(v.boolean()),
  source: SourceSchema,
});

const weeklyHours = v.pipe(v.number(), v.finite(), v.minValue(0, 'must not be negative'), v.maxValue(168, 'cannot exceed 168 hours a week'));

/** Hours a week: the range employers advertise, and where a survey publishes one, the typical (median) figure. */
export const HoursSchema = v.strictObject({
  min: weeklyHours,
  max: weeklyHours,
  estimate: v.optional(v.boolean()),
  note: v.optional(nonEmptyText),
  /** What the range is, e.g. "hours a week quoted in a careers job profile". */
  basis: v.optional(nonEmptyText),
  source: SourceSchema,
  typical: v.optional(
    v.strictObject({
      hours: weeklyHours,
      basis: nonEmptyText,
      estimate: v.optional(v.boolean()),
      source: SourceSchema,
    }),
  ),
});

/** Pay a careers profile quotes (what employers advertise, not a survey), shown beside the official band. */
export const QuotedPaySchema = v.strictObject({
  currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as GBP or USD')),
  min: amount,
  max: amount,
  /** What the publisher's figure is, e.g. "typical salary quoted by the publisher; method not stated". */
  basis: nonEmptyText,
  /** True where the profile is for a neighbouring job rather than this role. */
  estimate: v.optional(v.boolean()),
  source: SourceSchema,
});

/** An apprenticeship standard in England that leads into the role (Skills England). */
export const ApprenticeshipSchema = v.strictObject({
  title: nonEmptyText,
  level: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(2, 'must be 2 to 7'), v.maxValue(7, 'must be 2 to 7')),
  /** Skills England's reference, such as ST0116. */
  reference: v.pipe(v.string(), v.regex(/^ST\d{4}$/, 'must be a standard reference such as ST0116')),
  url: webLink,
});

export const ProfessionalBodySchema = v.strictObject({
  name: nonEmptyText,
  url: v.optional(webLink),
});

export const TechnologySchema = v.strictObject({
  name: nonEmptyText,
  kind: v.picklist(TECHNOLOGY_KINDS),
});

/** A BCP 47 language tag: "cy", "en", "pt-BR". */
const languageTag = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as cy or pt-BR'));

/** What a role asks of people: skills, routes in and qualifications (words, per language). */
const RequirementsSchema = v.strictObject({
  skills: textList,
  routesIn: textList,
  qualifications: nonEmptyText,
});

/**
 * A role's words in one language: what a reader reads, as opposed to the facts (pay, hours, codes,
 * technologies) that every language shares. English lives on the role itself; other languages in
 * `translations`, keyed by language tag.
 */
export const RoleTextsSchema = v.strictObject({
  title: nonEmptyText,
  /** Other names for the role in this language, found by search and shown on the card (English aliases are the role's own). */
  aliases: v.optional(v.array(nonEmptyText)),
  summary: nonEmptyText,
  duties: textList,
  environment: v.strictObject({ summary: nonEmptyText }),
  requirements: RequirementsSchema,
  prospects: nonEmptyText,
  interviewQuestions: textList,
});

export const RoleSchema = v.strictObject({
  id: roleId,
  title: nonEmptyText,
  aliases: v.array(nonEmptyText),
  stack: v.picklist(STACK_PARTS),
  /** The group a careers page lists the role under; optional for a site's own catalogue. */
  family: v.optional(v.picklist(ROLE_FAMILIES)),
  summary: nonEmptyText,
  technologies: v.pipe(v.array(TechnologySchema), v.minLength(1, 'needs at least one entry')),
  duties: textList,
  environment: v.strictObject({
    summary: nonEmptyText,
    onCall: v.picklist(LEVELS),
    customerContact: v.picklist(LEVELS),
    workplaces: v.array(v.picklist(WORKPLACES)),
  }),
  requirements: RequirementsSchema,
  prospects: nonEmptyText,
  interviewQuestions: textList,
  /** One band per region, keyed by ISO 3166 country code ("GB", "US"). */
  salary: v.record(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'region must be a two-letter country code such as GB')), PayBandSchema),
  hours: HoursSchema,
  /** Pay a careers profile quotes for the role, per region, beside the official band in `salary`. */
  quotedPay: v.optional(v.record(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'region must be a two-letter country code such as GB')), QuotedPaySchema)),
  /** Apprenticeship standards in England that lead into the role; absent where none is listed. */
  apprenticeships: v.optional(v.pipe(v.array(ApprenticeshipSchema), v.minLength(1, 'needs at least one entry; leave the field out where none is listed'))),
  professionalBodies: v.optional(v.array(ProfessionalBodySchema)),
  codes: v.optional(
    v.strictObject({
      socUk: v.optional(v.array(nonEmptyText)),
      esco: v.optional(v.array(nonEmptyText)),
      onet: v.optional(v.array(nonEmptyText)),
      /** True where the code is a best match chosen by us, not given by the classifier. */
      estimate: v.optional(v.boolean()),
    }),
  ),
  /** The role's texts in languages other than English, keyed by language tag ("cy"). */
  translations: v.optional(v.record(languageTag, RoleTextsSchema)),
  /**
   * The editors' reasons for the judgement calls in this role (a code or pay group that is only close,
   * an alias kept or left out, a reference read in a provider's copy): for reviewers and site editors.
   * Elements never show them, and the pieces a page downloads leave them out.
   */
  notes: v.optional(textList),
});

export const WayOfWorkingTextsSchema = v.strictObject({
  title: nonEmptyText,
  summary: nonEmptyText,
  upsides: textList,
  downsides: textList,
  interviewQuestions: textList,
});

/** Who wrote a language's texts, and whether a speaker of it has reviewed them. */
export const LanguageNoteSchema = v.strictObject({
  name: nonEmptyText,
  writtenBy: nonEmptyText,
  reviewed: nonEmptyText,
});

export const WayOfWorkingSchema = v.strictObject({
  id: roleId,
  title: nonEmptyText,
  summary: nonEmptyText,
  upsides: textList,
  downsides: textList,
  interviewQuestions: textList,
  translations: v.optional(v.record(languageTag, WayOfWorkingTextsSchema)),
});

export const CatalogueSchema = v.strictObject({
  $schema: v.optional(v.string()),
  version: v.literal(1),
  updated: figureDate,
  /** Capped so a runaway export cannot freeze the page that renders it. */
  roles: v.pipe(v.array(RoleSchema), v.maxLength(MAX_CATALOGUE_ROLES, `must have at most ${MAX_CATALOGUE_ROLES} roles`)),
  waysOfWorking: v.optional(v.array(WayOfWorkingSchema)),
  /** The languages the catalogue's texts are written in: who wrote each and who reviewed it. */
  languages: v.optional(v.record(languageTag, LanguageNoteSchema)),
});

/** A role's facts without its texts: one entry of a split catalogue's index. */
export const RoleFactsSchema = v.strictObject({
  ...v.omit(RoleSchema, ['summary', 'duties', 'environment', 'requirements', 'prospects', 'interviewQuestions', 'translations', 'notes']).entries,
  environment: v.omit(RoleSchema.entries.environment, ['summary']),
  /** The role's title in other languages, keyed by language tag. */
  titles: v.optional(v.record(languageTag, nonEmptyText)),
  /** The role's other names in other languages, keyed by language tag, so search finds them before any text arrives. */
  translatedAliases: v.optional(v.record(languageTag, v.array(nonEmptyText))),
});

/** A split catalogue's index: every role's facts; the texts are separate files, one per role and language. */
export const CatalogueIndexSchema = v.strictObject({
  ...v.omit(CatalogueSchema, ['roles']).entries,
  roles: v.pipe(v.array(RoleFactsSchema), v.maxLength(MAX_CATALOGUE_ROLES, `must have at most ${MAX_CATALOGUE_ROLES} roles`)),
});

export type Source = v.InferOutput<typeof SourceSchema>;
/** One region's pay for a role (named apart from the `SalaryBand` element class). */
export type PayBand = v.InferOutput<typeof PayBandSchema>;
export type Hours = v.InferOutput<typeof HoursSchema>;
export type Technology = v.InferOutput<typeof TechnologySchema>;
export type QuotedPay = v.InferOutput<typeof QuotedPaySchema>;
export type Apprenticeship = v.InferOutput<typeof ApprenticeshipSchema>;
export type ProfessionalBody = v.InferOutput<typeof ProfessionalBodySchema>;
export type RoleFamily = (typeof ROLE_FAMILIES)[number];
export type TechnologyKind = (typeof TECHNOLOGY_KINDS)[number];
export type PaySpan = (typeof PAY_SPANS)[number];
export type StackPart = (typeof STACK_PARTS)[number];
export type Level = (typeof LEVELS)[number];
export type Workplace = (typeof WORKPLACES)[number];
export type Role = v.InferOutput<typeof RoleSchema>;
export type WayOfWorking = v.InferOutput<typeof WayOfWorkingSchema>;
export type Catalogue = v.InferOutput<typeof CatalogueSchema>;
export type RoleTexts = v.InferOutput<typeof RoleTextsSchema>;
export type WayOfWorkingTexts = v.InferOutput<typeof WayOfWorkingTextsSchema>;
export type LanguageNote = v.InferOutput<typeof LanguageNoteSchema>;

/**
 * What elements need to choose, filter, rank and draw a role without its texts: the facts every
 * language shares. A split catalogue's index holds these; `titles` carries the title in other
 * languages, so a list of roles can be shown in the reader's language before any text arrives.
 */
export type RoleFacts = Omit<Role, 'summary' | 'duties' | 'environment' | 'requirements' | 'prospects' | 'interviewQuestions' | 'translations' | 'notes'> & {
  environment: Omit<Role['environment'], 'summary'>;
  titles?: Record<string, string>;
  translatedAliases?: Record<string, string[]>;
};

/** What a list of roles to choose from needs: a split catalogue's `list.json` holds one per role. */
export type RoleListEntry = Pick<RoleFacts, 'id' | 'title' | 'titles' | 'family' | 'stack'>;

/**
 * What a job board's list of adverts needs of each role, all roles in one file (a split catalogue's
 * `listing.json`): what the job-title matcher reads and what a band draws. A role's facts serve as
 * one too.
 */
export type ListingEntry = Pick<RoleFacts, 'id' | 'title' | 'titles' | 'aliases' | 'stack' | 'family' | 'codes' | 'salary' | 'quotedPay'> & {
  technologies: readonly Pick<Technology, 'name' | 'kind'>[];
  hours: Pick<Hours, 'min' | 'max'> & { typical?: { hours: number } };
};

/** A catalogue of role facts: a whole catalogue is one (its roles carry texts too), and so is a split catalogue's index. */
export interface CatalogueIndex {
  version: 1;
  updated: string;
  roles: RoleFacts[];
  waysOfWorking?: WayOfWorking[];
  languages?: Record<string, LanguageNote>;
}
