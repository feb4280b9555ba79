import * as v from 'valibot';
import { normalizeRoleKey } from './lookup.js';
import { CatalogueSchema, type Catalogue } from './schema.js';

export type ValidationResult =
  | { ok: true; catalogue: Catalogue; problems: [] }
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
        if (isRecord(band) && typeof band.median === 'number' && typeof band.min === 'number' && typeof band.max === 'number' && (band.median < band.min || band.median > band.max)) {
          problems.push(`${bandPath}.median: ${band.median} lies outside min ${band.min} to max ${band.max}`);
        }
      }
    }
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

/** Parses and validates catalogue text, as fetched or read from a file. */
export function parseCatalogue(text: string): ValidationResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`(root): not valid JSON (${(error as Error).message})`] };
  }
  return validateCatalogue(json);
}
