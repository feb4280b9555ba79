/**
 * Reads the schema.org JobPosting a job advert page already publishes for search engines
 * (`<script type="application/ld+json">`): which role it is, where, and what it pays. Only the
 * page's own script elements are read; nothing is fetched. Nothing here throws on what is out
 * there: every gap becomes a problem in words, and the caller keeps working with what was found.
 */
import type { PayUnit } from './format.js';
import { matchJobTitle, type MatchStrength } from './match-title.js';
import type { CatalogueIndex as Catalogue, RoleFacts as Role } from './schema.js';

export type { PayUnit };

/** The advertised pay: one figure (min = max) or a range, in the posting's currency and unit. */
export interface AdvertisedPay {
  currency: string;
  min: number;
  max: number;
  unit: PayUnit;
}

/** What a page's JobPosting says, in the terms the elements use. */
export interface JobPostingReading {
  /** The posting's title, as published. */
  title?: string;
  /** Occupation codes found in `occupationalCategory` (O*NET-SOC, UK SOC, ISCO or ESCO). */
  codes: string[];
  /** The posting's `skills`, one entry a skill. */
  skills?: string[];
  /** Two-letter region the catalogue uses (GB, US, …), from the job's or applicant's country. */
  region?: string;
  pay?: AdvertisedPay;
  /** Parts that were missing or unreadable, in words. */
  problems: string[];
}

export interface RoleMatch {
  role: Role;
  /** `strong`: the code or the title names the role; `weak`: the closest role, the title alone did not decide. */
  strength: MatchStrength;
  /** How sure, from 0 to 1. */
  score: number;
  /** What decided it, in words: "occupation code 15-1252.00", "the title's “Java”", "skills: React, CSS". */
  reason: string;
}

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : undefined);

function hasType(node: Node, type: string): boolean {
  return asList(node['@type']).some((t) => typeof t === 'string' && t.replace(/^(https?:\/\/)?schema\.org\//, '') === type);
}

/** Every JobPosting node in one JSON-LD document: top level, in arrays, or inside `@graph`. */
function jobPostingsIn(json: unknown): Node[] {
  const found: Node[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 5) return;
    for (const item of asList(value)) {
      if (!isNode(item)) continue;
      if (hasType(item, 'JobPosting')) found.push(item);
      if (item['@graph']) visit(item['@graph'], depth + 1);
    }
  };
  visit(json, 0);
  return found;
}

export interface PostingLookup {
  posting?: Node;
  problems: string[];
}

/**
 * The JobPosting to read: the one named by the id of its script element, or the only one on the
 * page. `id` is the `job-posting` attribute; empty means "the only one".
 */
export function findJobPosting(doc: Document, id: string): PostingLookup {
  const scripts = id
    ? [doc.getElementById(id)].filter((el): el is HTMLScriptElement => el instanceof HTMLScriptElement)
    : [...doc.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];
  if (id && scripts.length === 0) return { problems: [`no <script type="application/ld+json" id="${id}"> on the page`] };
  const problems: string[] = [];
  const postings: Node[] = [];
  for (const script of scripts) {
    try {
      postings.push(...jobPostingsIn(JSON.parse(script.textContent ?? '')));
    } catch {
      problems.push(`a JSON-LD script${script.id ? ` (#${script.id})` : ''} is not valid JSON`);
    }
  }
  if (postings.length === 0) return { problems: [...problems, id ? `#${id} holds no JobPosting` : 'the page has no JobPosting'] };
  if (postings.length > 1) {
    return { posting: undefined, problems: [...problems, `the page has ${postings.length} JobPostings; name one with job-posting="ID" (the id of its script element)`] };
  }
  return { posting: postings[0], problems };
}

/** "52,000", "£52k", "52000.50", 52000: a number, or undefined. */
export function readAmount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = value.replace(/[\s,]/g, '').match(/(\d+(?:\.\d+)?)(k)?/i);
  if (!match) return undefined;
  const amount = Number(match[1]) * (match[2] ? 1000 : 1);
  return Number.isFinite(amount) ? amount : undefined;
}

const UNITS: PayUnit[] = ['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'];

function readPay(posting: Node, problems: string[]): AdvertisedPay | undefined {
  const salary = asList(posting.baseSalary).find(isNode);
  if (!salary) {
    problems.push('no baseSalary');
    return undefined;
  }
  const currency = text(salary.currency)?.toUpperCase();
  const value = salary.value;
  const quantity = isNode(value) ? value : undefined;
  let min = quantity ? readAmount(quantity.minValue ?? quantity.value) : readAmount(value);
  let max = quantity ? readAmount(quantity.maxValue ?? quantity.value) : min;
  if (min === undefined && max !== undefined) min = max;
  if (max === undefined && min !== undefined) max = min;
  const unitText = (text(quantity?.unitText) ?? text(salary.unitText) ?? 'YEAR').toUpperCase();
  const unit = UNITS.find((u) => u === unitText);
  if (!currency) problems.push('baseSalary has no currency');
  if (min === undefined || max === undefined) problems.push('baseSalary has no readable amount');
  if (!unit) problems.push(`baseSalary's unitText "${unitText}" is not HOUR, DAY, WEEK, MONTH or YEAR`);
  if (!currency || min === undefined || max === undefined || !unit) return undefined;
  return { currency, min: Math.min(min, max), max: Math.max(min, max), unit };
}

const COUNTRY_NAMES: Record<string, string> = {
  UK: 'GB',
  'UNITED KINGDOM': 'GB',
  'GREAT BRITAIN': 'GB',
  ENGLAND: 'GB',
  SCOTLAND: 'GB',
  WALES: 'GB',
  'NORTHERN IRELAND': 'GB',
  USA: 'US',
  'UNITED STATES': 'US',
  'UNITED STATES OF AMERICA': 'US',
};

/** GB, UK or "United Kingdom" → GB; US, USA or "United States" → US; another two-letter code as it is. */
export function regionFromCountry(country: string): string | undefined {
  const key = country.trim().toUpperCase().replace(/\./g, '');
  if (COUNTRY_NAMES[key]) return COUNTRY_NAMES[key];
  return /^[A-Z]{2}$/.test(key) ? key : undefined;
}

function readRegion(posting: Node): string | undefined {
  const places = [...asList(posting.jobLocation), ...asList(posting.applicantLocationRequirements)];
  for (const place of places) {
    if (!isNode(place)) continue;
    const address = isNode(place.address) ? place.address : place;
    const country = address.addressCountry ?? (hasType(place, 'Country') ? place.name : undefined);
    const name = text(isNode(country) ? (country.name ?? country.identifier) : country);
    const region = name && regionFromCountry(name);
    if (region) return region;
  }
  return undefined;
}

/** Occupation codes in `occupationalCategory`: "15-1252.00 Software Developers", a CategoryCode, or a list. */
function readCodes(posting: Node): string[] {
  const codes: string[] = [];
  for (const item of asList(posting.occupationalCategory)) {
    const value = isNode(item) ? `${text(item.codeValue) ?? ''} ${text(item.name) ?? ''}` : (text(item) ?? '');
    codes.push(...(value.match(/\b\d{2}-\d{4}(?:\.\d{2})?\b|\b\d{4}(?:[./]\d{1,2})?\b/g) ?? []));
  }
  return [...new Set(codes)];
}

/** `skills`: text ("React, CSS"), a list, or DefinedTerm nodes with a name. */
function readSkills(posting: Node): string[] {
  return asList(posting.skills)
    .flatMap((item) => (isNode(item) ? [text(item.name)] : (text(item)?.split(/[,;\n]/) ?? [])))
    .map((skill) => skill?.trim())
    .filter((skill): skill is string => !!skill)
    .slice(0, 50);
}

/** Reads the parts of a JobPosting the elements use. */
export function readJobPosting(posting: Node): JobPostingReading {
  const problems: string[] = [];
  const title = text(posting.title);
  if (!title) problems.push('no title');
  const region = readRegion(posting);
  if (!region) problems.push('no country in jobLocation or applicantLocationRequirements');
  const skills = readSkills(posting);
  return { title, codes: readCodes(posting), ...(skills.length ? { skills } : {}), region, pay: readPay(posting, problems), problems };
}

/**
 * The catalogue role a posting is for: by occupation code first, then by title and skills (see
 * matchJobTitle). Undefined when none fits: the matcher says no rather than guess.
 */
export function matchRole(catalogue: Catalogue, reading: Pick<JobPostingReading, 'title' | 'codes' | 'skills'>): RoleMatch | undefined {
  const found = matchJobTitle(catalogue, reading.title, { codes: reading.codes, skills: reading.skills });
  const role = found && catalogue.roles.find((r) => r.id === found.roleId);
  return role && found && { role, strength: found.strength, score: found.score, reason: found.reason };
}
