import * as v from 'valibot';
import { normalizeRoleKey } from './lookup.js';
import { CatalogueIndexSchema, CatalogueSchema, type Catalogue, type CatalogueIndex } from './schema.js';

export type ValidationResult<C = Catalogue> =
  | { ok: true; catalogue: C; problems: [] }
  | { ok: false; problems: string[] };

/** Thrown where a caller wants an exception rather than a result; carries every problem. */
export class CatalogueError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid role catalogue:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CatalogueError';
  }
}

type PathKey = string | number;

function formatPath(keys: readonly PathKey[]): string {
  let path = '';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) path += path ? `.${key}` : key;
    else path += `[${JSON.stringify(key)}]`;
  }
  return path || '(root)';
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…"` : text;
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  strict_object: 'an object',
  record: 'an object',
};

function issueMessage(issue: v.BaseIssue<unknown>): string {
  const path = formatPath((issue.path ?? []).map((item) => item.key as PathKey));
  if (issue.kind === 'schema') {
    if (issue.type === 'strict_object' && issue.expected === 'never') {
      return `${path}: is not a known field (check its spelling)`;
    }
    // Valibot reports a missing key on the object, expecting the key's name.
    if ((issue.type === 'strict_object' || issue.type === 'object') && issue.expected?.startsWith('"')) {
      return `${path}: is required but missing`;
    }
    if (issue.type === 'picklist' || issue.type === 'literal') {
      const options = (issue.expected ?? '').replace(/^\((.*)\)$/, '$1').replaceAll(' | ', ', ');
      return `${path}: expected one of ${options}, got ${describe(issue.input)}`;
    }
    const expected = typeNames[issue.type] ?? issue.expected ?? issue.type;
    return `${path}: expected ${expected}, got ${describe(issue.input)}`;
  }
  return `${path}: ${issue.message}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const knownCurrencies = new Set(Intl.supportedValuesOf('currency'));

const PERCENTILE_NAMES = { p10: '10th percentile', p25: '25th percentile', median: 'median', p75: '75th percentile', p90: '90th percentile' } as const;
type PercentileName = keyof typeof PERCENTILE_NAMES;

/**
 * A band's percentiles must rise (10th ≤ 25th ≤ median ≤ 75th ≤ 90th), and min and max must be
 * the percentiles its `span` says they are.
 */
function percentileProblems(band: Record<string, unknown>, path: string): string[] {
  const problems: string[] = [];
  const figure = (name: string) => (typeof band[name] === 'number' ? (band[name] as number) : undefined);
  const slots = new Map<PercentileName, { value: number; field: string }>();
  for (const name of Object.keys(PERCENTILE_NAMES) as PercentileName[]) {
    const value = figure(name);
    if (value !== undefined) slots.set(name, { value, field: name });
  }
  const span = band.span === 'p25-p75' ? (['p25', 'p75'] as const) : band.span === 'p10-p90' ? (['p10', 'p90'] as const) : band.span === 'p25-median' ? (['p25', 'median'] as const) : undefined;
  if (span) {
    ([['min', span[0]], ['max', span[1]]] as const).forEach(([end, name]) => {
      const value = figure(end);
      const given = slots.get(name);
      if (value === undefined) return;
      if (given && given.value !== value) problems.push(`${path}.${end}: ${value} should equal ${name} (${given.value}), since span "${band.span}" makes it the ${PERCENTILE_NAMES[name]}`);
      else slots.set(name, { value, field: end });
    });
    if (band.span === 'p25-median' && (figure('p75') !== undefined || figure('p90') !== undefined)) problems.push(`${path}.span: "p25-median" is for a band whose 75th percentile is not published; with a 75th percentile use "p25-p75"`);
    if (band.span === 'p10-p90' && (figure('p25') === undefined || figure('p75') === undefined)) problems.push(`${path}.span: "p10-p90" needs p25 and p75 for the middle half of the band`);
  } else {
    const [min, max, median] = [figure('min'), figure('max'), figure('median')];
    if (median !== undefined && min !== undefined && max !== undefined && (median < min || median > max)) problems.push(`${path}.median: ${median} lies outside min ${min} to max ${max}`);
  }
  let previous: { name: PercentileName; value: number; field: string } | undefined;
  for (const name of Object.keys(PERCENTILE_NAMES) as PercentileName[]) {
    const slot = slots.get(name);
    if (!slot) continue;
    if (previous && slot.value < previous.value) {
      problems.push(`${path}.${slot.field}: the ${PERCENTILE_NAMES[name]} (${slot.value}) is below the ${PERCENTILE_NAMES[previous.name]} (${previous.value}); figures must rise from the 10th percentile to the 25th, the median, the 75th and the 90th`);
    }
    previous = { name, ...slot };
  }
  return problems;
}

/**
 * Rules between fields. They read the raw input defensively so that they can run beside the
 * structural checks and every problem is reported in one pass.
 */
function relationalProblems(input: unknown): string[] {
  const problems: string[] = [];
  if (!isRecord(input) || !Array.isArray(input.roles)) return problems;
  // Ids, titles and aliases share one namespace, since findRole accepts any of them.
  const owners = new Map<string, { owner: number; path: string }>();
  const claim = (name: unknown, owner: number, path: string) => {
    if (typeof name !== 'string') return;
    const key = normalizeRoleKey(name);
    const previous = owners.get(key);
    if (!previous) owners.set(key, { owner, path });
    else if (previous.owner !== owner) problems.push(`${path}: "${name}" is already used by ${previous.path}`);
  };
  input.roles.forEach((role, index) => {
    if (!isRecord(role)) return;
    const at = `roles[${index}]`;
    claim(role.id, index, `${at}.id`);
    claim(role.title, index, `${at}.title`);
    if (Array.isArray(role.aliases)) role.aliases.forEach((alias, i) => claim(alias, index, `${at}.aliases[${i}]`));
    const ranges: [string, unknown][] = [[`${at}.hours`, role.hours]];
    if (isRecord(role.salary)) {
      for (const [region, band] of Object.entries(role.salary)) {
        const bandPath = `${at}.salary.${region}`;
        ranges.push([bandPath, band]);
        if (isRecord(band) && typeof band.currency === 'string' && /^[A-Z]{3}$/.test(band.currency) && !knownCurrencies.has(band.currency)) {
          problems.push(`${bandPath}.currency: "${band.currency}" is not a currency this browser knows`);
        }
        if (isRecord(band)) problems.push(...percentileProblems(band, bandPath));
      }
    }
    if (isRecord(role.quotedPay)) for (const [region, quoted] of Object.entries(role.quotedPay)) ranges.push([`${at}.quotedPay.${region}`, quoted]);
    for (const [path, range] of ranges) {
      if (isRecord(range) && typeof range.min === 'number' && typeof range.max === 'number' && range.min > range.max) {
        problems.push(`${path}.min: ${range.min} is greater than max ${range.max}`);
      }
    }
  });
  if (Array.isArray(input.waysOfWorking)) {
    input.waysOfWorking.forEach((way, index) => {
      if (isRecord(way)) claim(way.id, -1 - index, `waysOfWorking[${index}].id`);
    });
  }
  return problems;
}

/** Turns unknown JSON into a typed catalogue, or lists every problem by its path. */
export function validateCatalogue(input: unknown): ValidationResult {
  // Valibot's object check lets arrays through, which would bury the real problem under missing keys.
  if (!isRecord(input)) return { ok: false, problems: [`(root): expected an object, got ${describe(input)}`] };
  const parsed = v.safeParse(CatalogueSchema, input);
  const problems = [...(parsed.issues?.map(issueMessage) ?? []), ...relationalProblems(input)];
  if (parsed.success && problems.length === 0) return { ok: true, catalogue: parsed.output, problems: [] };
  return { ok: false, problems };
}

/**
 * Checks a split catalogue's index: every role's facts, without texts (those are files of their
 * own, one per role and language). The same rules between fields apply.
 */
export function validateCatalogueIndex(input: unknown): ValidationResult<CatalogueIndex> {
  if (!isRecord(input)) return { ok: false, problems: [`(root): expected an object, got ${describe(input)}`] };
  const parsed = v.safeParse(CatalogueIndexSchema, input);
  const problems = [...(parsed.issues?.map(issueMessage) ?? []), ...relationalProblems(input)];
  if (parsed.success && problems.length === 0) return { ok: true, catalogue: parsed.output, problems: [] };
  return { ok: false, problems };
}

/** Parses and validates catalogue text, as fetched or read from a file: a whole catalogue, or with `{ index: true }` a split one's index. */
export function parseCatalogue(text: string): ValidationResult;
export function parseCatalogue(text: string, options: { index: true }): ValidationResult<CatalogueIndex>;
export function parseCatalogue(text: string, options: { index?: boolean } = {}): ValidationResult<Catalogue | CatalogueIndex> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`(root): not valid JSON (${(error as Error).message})`] };
  }
  return options.index ? validateCatalogueIndex(json) : validateCatalogue(json);
}
