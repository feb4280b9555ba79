/**
 * Finds the catalogue role a job advert's title names, read as job boards write titles ("Senior
 * Java Developer - 6 month contract | Hybrid"), or says plainly that none fits.
 *
 * It learns from the catalogue's index only, never from role texts, so a site's own catalogue
 * works the same way and roles added later match with no change here. What is written in code is
 * generic: how adverts are built (seniority, contract terms, places, clearances, pay, bracketed
 * technologies, "/" and "-" joins), spelling variants, the words adverts use for kinds of work the
 * catalogue names otherwise ("ETL", "API", "Release", "Insight"), and the nouns that name a job.
 *
 * What it reads of each role is exactly {@link MatchableRole}: `id`, `title`, `aliases`, `stack`,
 * `technologies` (`name`, and `kind` where given), `family` and `codes` (`socUk`, `esco`, `onet`).
 * A trimmed match index with those fields is enough; `family` and a technology's `kind` may be
 * left out, at the cost of two rules (a language alone does not make a data or AI role; a
 * developer of a support role's tool is not that support role).
 *
 * Where a title names a job the catalogue has no role for ("Web Developer" before that role
 * arrives), it gives no role, or at most a weak, closest one; it never guesses a near role as sure.
 */
import type { Role, Technology } from './schema.js';

/** The fields of a role that the matcher reads, and no others: role texts and facts are never read. */
export type MatchableRole = Pick<Role, 'id' | 'title' | 'stack'> &
  Partial<Pick<Role, 'family'>> & {
    aliases: readonly string[];
    technologies: readonly (Pick<Technology, 'name'> & Partial<Pick<Technology, 'kind'>>)[];
    codes?: { socUk?: readonly string[]; esco?: readonly string[]; onet?: readonly string[] };
  };

export interface MatchableCatalogue {
  roles: readonly MatchableRole[];
}

export interface TitleMatchOptions {
  /** The posting's `skills`: a list, or one string separated by commas. */
  skills?: readonly string[] | string;
  /** Occupation codes (O*NET-SOC, UK SOC, ISCO or ESCO); they decide first. */
  codes?: readonly string[];
}

/** `strong`: the title (or a code) names the role. `weak`: the closest role; the title alone did not decide. */
export type MatchStrength = 'strong' | 'weak';

export interface TitleMatch {
  roleId: string;
  strength: MatchStrength;
  /** How sure, from 0 to 1. Strong matches score 0.7 or more, weak ones less. */
  score: number;
  /** What decided it, in words: "the title's “Java”", "skills: React, CSS", "occupation code 2136". */
  reason: string;
}

// ── Generic vocabulary: noise, spelling variants, job nouns ─────────────────────────────────────

const VARIANTS: [RegExp, string][] = [
  [/\ba\/b\b/g, 'ab'],
  [/\bci\s*\/\s*cd\b/g, 'cicd'],
  [/\bc#|\bc sharp\b/g, 'csharp'],
  [/\bc\+\+/g, 'cpp'],
  [/\.net\b|\bdot ?net\b/g, ' dotnet'],
  [/\bnode(?:\.?js)?\b/g, 'nodejs'],
  [/\b(react|vue|angular|nest|express)\.?js\b/g, '$1'],
  [/\bgolang\b/g, 'go'],
  [/\bk8s\b/g, 'kubernetes'],
  [/\b(back|front)[\s-]?end\b/g, '$1end'],
  [/\bfull[\s-]?stack\b/g, 'fullstack'],
  [/\bquality assurance\b/g, 'qa'],
  [/\bswe\b/g, 'software engineer'],
  [/\bsoftware (?:development |developer )?engineer in test\b|\bsoftware developer in test\b/g, 'sdet'],
  [/\bsde\b|\bsoftware development engineer\b/g, 'software engineer'],
  [/\bsite reliability\b/g, 'sre'],
  [/\bbusiness intelligence\b/g, 'bi'],
  [/\bmachine learning\b/g, 'ml'],
  [/\bartificial intelligence\b/g, 'ai'],
  [/\bgen(?:erative)?[\s-]?ai\b/g, 'genai'],
  [/\blarge language models?\b|\bllms\b/g, 'llm'],
  [/\bpre[\s-]?sales?\b/g, 'presales'],
  [/\bdev[\s-]?sec[\s-]?ops\b/g, 'devsecops'],
  [/\bdev[\s-]?ops\b/g, 'devops'],
  [/\bpen(?:etration)?[\s-]?test(?:er|ing)?(?: (?:consultant|engineer|specialist|analyst))?\b/g, 'penetration tester'],
  [/\bdba\b/g, 'database administrator'],
  [/\s*&\s*/g, ' and '],
  [/\b(?:help|service)[\s-]?desk(?: (?:technician|agent|engineer|support|officer|advisor|adviser|specialist))*\b/g, 'helpdesk'],
  [/\bit support\b(?! (?:technician|analyst|engineer|officer|specialist|assistant|manager|lead))/g, 'it support technician'],
  [/\bhelpdesk(?! analyst)/g, 'helpdesk analyst'],
  [/\bdesk[\s-]?side\b/g, 'desktop'],
  [/\bend[\s-]user (?:computing|services|support)\b/g, 'desktop support'],
  [/\bapplications\b/g, 'application'],
  [/\b(?:lan|wan|sd-wan|wlan)\b/g, 'network'],
  [/\bme[arv]n stack\b/g, 'fullstack'],
  [/\bsolution (architect|engineer|consultant)/g, 'solutions $1'],
  [/\bprogram manager/g, 'programme manager'],
  [/\b(delivery|product|programme|project) lead\b/g, '$1 manager'],
  [/\b(ux|user|design) research\b(?!er)/g, '$1 researcher'],
  [/\bcivil service\b/g, 'civilservice'],
  [/\bdata visuali[sz]ation\b/g, 'bi'],
  [/\bict\b/g, 'it'],
  // "1st/2nd Line Support": a name in itself, where "1st Line" before another job is only its level.
  [/\b(?:1st|2nd|first|second)(?:\s*(?:\/|&|and|or)\s*(?:1st|2nd))?[\s-]*line support\b/g, 'linesupport'],
  [/\bhead of\b/g, 'head'],
  [/\b(ml|data|sec)[\s-]?ops\b/g, '$1ops'],
  [/\boperations cent(?:re|er)\b/g, 'operations'],
  [/\bmanagement information\b/g, 'mi'],
  // "Data Engineering Lead" leads data engineers; "Engineering Lead" alone leads engineers.
  [/\b(?!software\b)([a-z]+) engineering lead\b/g, '$1 engineer'],
  [/\b(team|engineering) lead\b/g, '$1lead'],
  // Products and jobs whose words would read as another job: "Power Platform", "Service Delivery Manager".
  [/\bpower (platform|apps|automate)\b/g, 'power$1'],
  [/\bservice delivery\b/g, 'servicedelivery'],
  [/\bbusiness development\b/g, 'bizdev'],
  // How adverts name kinds of work the catalogue names otherwise: an "ETL Developer" builds data
  // pipelines, an "API Developer" the back end, a "Release Engineer" the delivery pipeline, an
  // "Insight Analyst" analyses data.
  [/\bdata (?:integration|ingestion|pipelines?|warehouse|warehousing)\b/g, 'data'],
  [/\b(?:etl|elt|ssis|analytics|dataops|data pipelines?|pipelines?|data warehouse)(?= (?:developer|engineer|dev|programmer)\b)/g, 'data'],
  [/\b(?:apis?|integrations?|middleware|microservices?)(?= (?:developer|engineer|dev|programmer)\b)/g, 'backend'],
  [/\b(?:build|release|deployment)(?:\s*(?:&|and|\/)\s*(?:build|release|deployment))?(?= engineer\b)/g, 'devops'],
  [/\b(?:insights?|mi|information|performance|analytics|product)(?= analyst\b)/g, 'data'],
  [/\buser experience\b/g, 'ux'],
  [/\buser interface\b/g, 'ui'],
];

/** Pay, hours and contract lengths written into a title: "£50,000 - £60,000", "£450/day", "6 month". */
const PAY = /[£$€]\s*\d[\d,.]*\s*k?(?:\s*(?:-|–|to)\s*[£$€]?\s*\d[\d,.]*\s*k?)?|\b\d[\d,.]*\s*k\b|\b\d+(?:\.\d+)?\s*(?:hours?|hrs?|months?|mths?|weeks?|days?|years?)\b/gi;
const NOISE_PHRASES =
  /\b(?:(?:1st|2nd|3rd|first|second|third)[\s-]*line|(?:entry|mid|senior|junior)[\s-]*level|level \d+|(?:fixed|short|long)[\s-]*term|(?:part|full)[\s-]*time|(?:inside|outside) ir35|(?:sc|dv|nv\d?|ctc|bpss|security)[\s-]*(?:cleared|clearance|clearable)|(?:home|office)[\s-]*based|on[\s-]*site|work(?:ing)? from home|immediate start|up to|per (?:annum|day|hour|year)|pro rata|x\d+|\d+x)\b/g;
const NOISE = new Set(
  ('senior snr sr junior jnr jr lead principal staff graduate grad trainee apprentice apprenticeship associate mid intern internship experienced entry ' +
    'i ii iii iv v 1 2 3 4 5 contract contractor contracting permanent perm temp temporary interim freelance ftc hybrid remote remotely onsite flexible ' +
    'urgent urgently new immediate ir35 sc dv cleared clearance clearable doe pa pd ph ote bonus benefits salary day rate month year months years hour hours ' +
    'uk usa us gb emea europe nationwide london '+
    'job role vacancy vacancies opportunity opportunities wanted needed required hiring m f d w x')
    .split(' '),
);
const STOP = new Set('and or of the a an for with to in on at by'.split(' '));
/** Words that say "software" but not which kind: alone before a job noun they do not decide the role. */
const PLAIN = new Set('software it technical tech technology computer'.split(' '));
const GENERIC = new Set([...PLAIN, ...'digital application automation manual web api'.split(' ')]);
/**
 * Words that say where the work is, not what it is: "Platform", "Cloud", "Web". A name made of
 * them alone ("Platform engineer") gives way to one that says what ("Machine Learning Platform
 * Engineer" is a machine learning engineer), and they may sit inside another name's words.
 */
const BROAD = new Set([...GENERIC, 'platform', 'cloud', 'website', 'infrastructure']);
/** Words that may sit between a name's words without changing the job: "Data Visualisation Analyst". */
const FILLER = new Set('reporting operations systems field'.split(' '));
/** Fields of engineering outside software: "Test Engineer - Electronics" or "Infrastructure Engineer - Rail" is not a software job. */
const OTHER_FIELDS = new Set(
  ('mechanical electrical electronics civil structural hvac highways highway rail railway railways water nuclear manufacturing construction plastics ' +
    'pharmaceutical pharmaceuticals food chemical ndt marine offshore mining lifts plumbing heating facilities commissioning geotechnical drainage ' +
    'utilities packaging maintenance welding tooling land property estates housing bakery catering hospitality fashion furniture powertrain pumps valves ' +
    'hydraulic hydraulics oil gas aerospace structures homewares cosmetics regeneration industrial beauty fire batteries compressors').split(' '),
);
/** Parts of a business outside technology: "Business Development Manager" is not a development manager. */
const DEPARTMENTS = new Set('business marketing finance financial commercial legal hr accounts'.split(' '));
/** Words that only technology jobs use, so "QA Lead" or "DevOps" name a role without a job noun ("Sales Lead" does not). */
const TECH_WORDS = new Set('test qa sdet sre bi ml ai genai llm presales devops devsecops backend frontend fullstack ux ui'.split(' '));
/** Nouns that name a kind of job; the catalogue's own names add theirs. Builders share one class. */
const JOB_NOUNS = new Set(
  ('engineer developer programmer dev coder tester analyst consultant specialist architect manager designer scientist administrator admin technician ' +
    'writer researcher officer executive worker clerk assistant advisor adviser director representative rep coordinator operator owner partner')
    .split(' '),
);
const BUILDER = new Set(['engineer', 'developer', 'programmer', 'dev', 'coder']);
/** Job nouns close enough that a name with one fits a title with another, less surely. */
const NEAR = new Set(['engineer', 'analyst', 'consultant', 'specialist', 'officer', 'technician']);
const nounClass = (word: string) => (BUILDER.has(word) ? 'engineer' : word);

/** Frameworks named in titles, and the catalogue technology they are written in. */
const FRAMEWORKS: Record<string, string> = { django: 'python', flask: 'python', fastapi: 'python', rails: 'ruby', spring: 'java', springboot: 'java', laravel: 'php', symfony: 'php', express: 'nodejs', nest: 'nodejs', nuxt: 'vue', next: 'react', gatsby: 'react', remix: 'react', ember: 'javascript', svelte: 'javascript' };
const VENDOR = /^(?:apache|amazon|aws) /;

/** Lower case, spelling variants made one, punctuation gone: "Back-End Dev (C#)" → "backend dev csharp". */
export function normalizeWords(text: string): string {
  let out = text.toLowerCase();
  for (const [pattern, replacement] of VARIANTS) out = out.replace(pattern, replacement);
  return out.replace(/[^a-z0-9]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A word as a reader expects it in a reason: "QA", "Tester". */
const shown = (word: string) => (word.length <= 4 && word !== 'test' ? word.toUpperCase() : word[0].toUpperCase() + word.slice(1));
const singular = (word: string) => (word.length > 4 && word.endsWith('s') && JOB_NOUNS.has(word.slice(0, -1)) ? word.slice(0, -1) : word);
const words = (text: string) => normalizeWords(text).split(' ').filter(Boolean).map(singular);

// ── What the matcher learns from a catalogue ────────────────────────────────────────────────────

interface Name {
  role: number;
  written: string;
  tokens: string[];
  /** Index of the name's job noun in `tokens`, or -1 ("SRE"). */
  noun: number;
}
interface Term {
  tokens: string[];
  written: string;
  /** Role index → how strongly the technology points at it. */
  weights: Map<number, number>;
  /** A programming language: it says what software is written in, not what it does. */
  language: boolean;
}
interface Index {
  roles: readonly MatchableRole[];
  names: Name[];
  terms: Term[];
  vocabulary: Set<string>;
  nouns: Set<string>;
  /** Roles whose names use a job noun (by class), for titles that give only the noun. */
  rolesByNoun: Map<string, Set<number>>;
  /** Roles with a name made of generic words and a job noun ("Software tester"), by noun. */
  plainNoun: Map<string, Set<number>>;
  softwareRole?: number;
  /** Words the catalogue or the generic vocabulary knows: they may sit between a name's words. */
  known: (word: string) => boolean;
  /** Words that with a job noun alone name a job ("Support" engineer): never mere filler inside another name. */
  kinds: Set<string>;
  /** Per noun class, the broad words catalogue names put right before it ("Software" engineer, "Platform" engineer). */
  broadBefore: Set<string>;
  /** Words of technologies' names. */
  techWords: Set<string>;
  /** Words that several names of one family of roles share ("Games", "Firmware"), and that family. */
  fieldOf: Map<string, string>;
}

const indexes = new WeakMap<readonly MatchableRole[], Index>();

/** "Security operations (SOC) analyst" → also "SOC analyst"; "IT project / delivery manager" → both names. */
function nameVariants(name: string): string[] {
  const [before, bracket, after = ''] = name.split(/\(([^)]*)\)/);
  const plain = `${before} ${after}`;
  const parts = plain.split('/');
  const noun = plain.trim().split(/\s+/).pop() ?? '';
  const out = parts.length > 1 ? parts.map((part, i) => (i < parts.length - 1 ? `${part} ${noun}` : part)) : [plain];
  // "Solutions architect (software architect)": another name. "Security operations (SOC) analyst":
  // also "SOC analyst". "Project manager (IT)": only "IT project manager", since the plain name is not one.
  if (bracket?.includes(' ')) out.push(bracket);
  else if (bracket && after.trim()) out.push(`${bracket} ${after}`);
  else if (bracket) out[0] = `${bracket} ${plain}`;
  return out;
}

function buildIndex(roles: readonly MatchableRole[]): Index {
  const names: Name[] = [];
  const nouns = new Set(JOB_NOUNS);
  roles.forEach((role, index) => {
    for (const written of [role.title, ...role.aliases]) {
      for (const variant of nameVariants(written)) {
        const tokens = words(variant).filter((t) => !STOP.has(t) || t === 'in');
        let noun = tokens.length > 1 ? tokens.length - 1 : -1;
        for (let i = tokens.length - 1; i >= 0; i--) if (JOB_NOUNS.has(tokens[i]) && tokens.length > 1) (noun = i), (i = -1);
        if (tokens.length) names.push({ role: index, written, tokens, noun });
      }
    }
  });
  for (const name of names) if (name.noun >= 0) nouns.add(name.tokens[name.noun]);

  // Technologies: each term weighs 1 / (roles using it), more for a role that lists it first. A
  // technology points less at a full-stack role (which by its name spans two parts of the stack) and at
  // roles that are not a part of the stack: a "React Developer" is a front-end job.
  const uses = new Map<string, { written: string; roles: Map<number, number> }>();
  const languages = new Set<string>();
  roles.forEach((role, index) => {
    role.technologies.forEach((tech, position) => {
      // "REST and GraphQL" is two technologies; "Identity and access management" is one.
      for (const part of tech.name.replace(/\([^)]*\)/g, ' ').split(/\s\/\s|,|\s(?:and|&)\s(?=\S+$)/).concat(/^\S+ and \S+$/.test(tech.name) ? [tech.name] : [])) {
        const key = words(part).join(' ');
        if (!key) continue;
        if (tech.kind === 'language') languages.add(key);
        const prominence = 1 - (0.6 * position) / role.technologies.length;
        for (const k of new Set([key, key.replace(VENDOR, '')])) {
          const entry = uses.get(k) ?? { written: part.trim(), roles: new Map() };
          entry.roles.set(index, Math.max(entry.roles.get(index) ?? 0, prominence));
          uses.set(k, entry);
        }
      }
    });
  });
  for (const [framework, language] of Object.entries(FRAMEWORKS)) {
    const entry = uses.get(language);
    if (entry && !uses.has(framework)) uses.set(framework, { written: framework[0].toUpperCase() + framework.slice(1), roles: entry.roles });
  }
  const terms: Term[] = [...uses].map(([key, { written, roles: users }]) => ({
    tokens: key.split(' '),
    written,
    language: languages.has(key),
    weights: new Map([...users].map(([r, prominence]) => [r, (prominence * (roles[r].stack === 'other' ? 0.45 : roles[r].stack === 'full-stack' ? 0.5 : 1)) / users.size])),
  }));

  const vocabulary = new Set([...names.flatMap((n) => n.tokens), ...terms.flatMap((t) => t.tokens)]);
  const rolesByNoun = new Map<string, Set<number>>();
  const plainNoun = new Map<string, Set<number>>();
  for (const name of names) {
    if (name.noun < 0) continue;
    const key = nounClass(name.tokens[name.noun]);
    rolesByNoun.set(key, (rolesByNoun.get(key) ?? new Set()).add(name.role));
    // "Software tester", "IT technician": the role a bare "Tester" or "Technician" is closest to.
    if (name.tokens.every((t, i) => i === name.noun || PLAIN.has(t))) plainNoun.set(key, (plainNoun.get(key) ?? new Set()).add(name.role));
  }
  // A bare "Software Engineer": the first role, in the catalogue's order, that the standard codes
  // call software development (O*NET 15-1252 Software Developers, else UK SOC 2134).
  const software = roles
    .map((role, index) => ({ index, fit: (role.codes?.onet ?? []).some((c) => c.startsWith('15-1252')) ? 2 : (role.codes?.socUk ?? []).some((c) => c.startsWith('2134')) ? 1 : 0 }))
    .filter((r) => r.fit > 0 && roles[r.index].stack !== 'other')
    .sort((a, b) => b.fit - a.fit);
  const known = (t: string) => vocabulary.has(t) || GENERIC.has(t) || STOP.has(t) || FILLER.has(t);
  const kinds = new Set(names.filter((n) => n.tokens.length === 2 && n.noun === 1 && !BROAD.has(n.tokens[0])).map((n) => n.tokens[0]));
  const broadBefore = new Set(names.filter((n) => n.noun > 0 && BROAD.has(n.tokens[n.noun - 1])).map((n) => `${n.tokens[n.noun - 1]} ${nounClass(n.tokens[n.noun])}`));
  const techWords = new Set(terms.flatMap((t) => t.tokens));
  const families = new Map<string, Set<string | undefined>>();
  const counts = new Map<string, number>();
  for (const n of names) {
    for (const t of new Set(n.tokens)) {
      if (BROAD.has(t) || FILLER.has(t) || STOP.has(t) || DEPARTMENTS.has(t) || techWords.has(t) || nouns.has(t)) continue;
      families.set(t, (families.get(t) ?? new Set()).add(roles[n.role].family));
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
  }
  const fieldOf = new Map([...families].filter(([t, f]) => f.size === 1 && (counts.get(t) ?? 0) > 1 && [...f][0]).map(([t, f]) => [t, [...f][0] as string]));
  return { roles, names, terms, vocabulary, nouns, rolesByNoun, plainNoun, softwareRole: software[0]?.index, known, kinds, broadBefore, techWords, fieldOf };
}

function indexOf(catalogue: MatchableCatalogue): Index {
  let index = indexes.get(catalogue.roles);
  if (!index) indexes.set(catalogue.roles, (index = buildIndex(catalogue.roles)));
  return index;
}

// ── Reading a title ─────────────────────────────────────────────────────────────────────────────

interface Candidate {
  role: number;
  score: number;
  strength: MatchStrength;
  reason: string;
}

/**
 * How well a catalogue name fits a title's words: its job noun at the title's, its other words
 * before it in order, with only words the catalogue knows between them ("QA Automation Engineer"
 * fits "QA engineer"). A near noun ("Test Analyst" for "Test engineer") fits less. 0: no fit.
 */
function nameFit(index: Index, name: Name, tokens: string[], noun: number): number {
  const { known } = index;
  if (name.noun < 0) {
    // A name with no noun ("SRE", "SDET"): anywhere in the title, unless the title names another kind of job.
    const at = tokens.join(' ').indexOf(name.tokens.join(' '));
    return at >= 0 && (noun < 0 || NEAR.has(nounClass(tokens[noun])) || index.rolesByNoun.get(nounClass(tokens[noun]))?.has(name.role)) ? 10 + name.tokens.length : 0;
  }
  if (noun < 0) return 0;
  const theirs = nounClass(name.tokens[name.noun]);
  const mine = nounClass(tokens[noun]);
  const exact = theirs === mine;
  // A near noun only where the role uses it too, or the name is one only technology jobs have:
  // "Pre-sales Consultant", "QA Analyst", but not "Sales Consultant" or "Product Analyst".
  // "ICT Support Officer" for "IT support analyst", "Desktop Support Technician" for "Desktop support
  // engineer": an officer or technician only for a name of three words or more ("Test Officer" may
  // test cars; a "Security Officer" guards a building, even where a security analyst is also a
  // "Cyber intelligence officer").
  const nearFits = () => (/^(officer|technician)$/.test(mine) ? name.noun > 1 : index.rolesByNoun.get(mine)?.has(name.role) || name.tokens.some((t) => TECH_WORDS.has(t)) || name.noun > 1);
  if (!exact && !(NEAR.has(theirs) && NEAR.has(mine) && name.noun === name.tokens.length - 1 && nearFits())) return 0;
  const after = name.tokens.slice(name.noun + 1);
  if (after.some((t, i) => tokens[noun + 1 + i] !== t)) return 0;
  let at = noun;
  let gaps = 0;
  for (const t of name.tokens.slice(0, name.noun).reverse()) {
    let next = at - 1;
    while (next >= 0 && tokens[next] !== t) next--;
    // "Digital Project Manager" or "Technology Project Manager" for "IT project manager", less surely.
    if (next < 0 && t === 'it') for (next = at - 1, gaps++; next >= 0 && !/^(digital|tech|technology)$/.test(tokens[next]); ) next--;
    if (next < 0) return 0;
    // Between a name's words, only words that do not name another job: "Data Integration Engineer"
    // is a data engineer, "Systems Support Analyst" is not a systems analyst.
    for (let i = next + 1; i < at; i++) if (!known(tokens[i]) || index.kinds.has(tokens[i])) return 0;
    gaps += at - next - 1;
    at = next;
  }
  const broad = name.noun > 0 && name.tokens.slice(0, name.noun).every((t) => BROAD.has(t)) ? 2 : 0;
  // The title's own noun ("Games programmer" over "Games developer" for a programmer) fits best.
  const own = name.tokens[name.noun] === tokens[noun] ? 1 : 0;
  return exact ? 10 + 2 * name.tokens.length - gaps - broad + own : name.noun - gaps > 0 ? 5 + name.noun - gaps : 0;
}

/** Technologies named in some words: the terms found, longest first, each word used once. */
function termsIn(index: Index, tokens: string[]): Term[] {
  const found: Term[] = [];
  const used = new Set<number>();
  for (const term of [...index.terms].sort((a, b) => b.tokens.length - a.tokens.length)) {
    for (let i = 0; i + term.tokens.length <= tokens.length; i++) {
      if (term.tokens.every((t, j) => tokens[i + j] === t && !used.has(i + j))) {
        term.tokens.forEach((_, j) => used.add(i + j));
        found.push(term);
        break;
      }
    }
  }
  return found;
}

/** Roles the technologies point at: those using the most of them first, then by weight. */
function byTechnology(terms: Term[], allowed: (role: number) => boolean, where: string, base: number): Candidate | undefined {
  if (!terms.length) return undefined;
  const totals = new Map<number, { covered: number; weight: number }>();
  for (const term of terms) {
    for (const [role, weight] of term.weights) {
      if (!allowed(role)) continue;
      const total = totals.get(role) ?? { covered: 0, weight: 0 };
      totals.set(role, { covered: total.covered + 1, weight: total.weight + weight });
    }
  }
  const ranked = [...totals].sort(([, a], [, b]) => b.covered - a.covered || b.weight - a.weight);
  if (!ranked.length) return undefined;
  const [[role, top], second] = ranked;
  // Sure when the technology is not everyone's (or the lead is wide) and no other role comes close.
  const rare = terms.some((t) => t.weights.has(role) && t.weights.size <= 3);
  const clear = !second || second[1].covered < top.covered || second[1].weight * (rare ? 1.2 : 2) <= top.weight;
  const named = terms.filter((t) => t.weights.has(role)).map((t) => t.written);
  return {
    role,
    score: clear ? base : Math.min(0.5, base - 0.3),
    strength: clear ? 'strong' : 'weak',
    reason: where === 'skills' ? `skills: ${named.join(', ')}` : `${where} ${named.map((n) => `“${n}”`).join(', ')}`,
  };
}

/** Splits a title into its parts: the words before " - ", " | ", "," and the like, and what is in brackets. */
function parts(title: string): string[][] {
  const brackets: string[] = [];
  const text = title
    .slice(0, 300)
    .replace(PAY, ' ')
    .replace(/\(([^)]*)\)?|\[([^\]]*)\]?|\{([^}]*)\}?/g, (_, a, b, c) => (brackets.push(a ?? b ?? c ?? ''), ' '));
  // "Sales Engineer / Solutions Consultant": two titles, each naming a job, read in turn ("Node/React Developer" is one).
  const split = text.split(/\s[-–—]\s|[|–—,;:•]|\s-|-\s/).flatMap((part) => {
    const slashed = part.split('/');
    return slashed.length > 1 && slashed.every((piece) => words(piece).some((t) => JOB_NOUNS.has(t))) ? slashed : [part];
  });
  return [...split, ...brackets].map((part) => {
    let normal = normalizeWords(part);
    normal = normal.replace(NOISE_PHRASES, ' ');
    return normal.split(' ').filter((t) => t && !NOISE.has(t) && !/^\d+$/.test(t)).map(singular);
  });
}

function matchTitleOnly(index: Index, title: string, skills: string[], allowed: (role: number) => boolean): Candidate | undefined {
  const { known } = index;
  const segments = parts(title);
  if (segments.some((segment) => segment.some((t) => OTHER_FIELDS.has(t) || OTHER_FIELDS.has(`${t}s`)))) return undefined;
  // The part that names the job: the first with a job noun, a catalogue name or a technology.
  const first = segments.findIndex((s) => s.some((t) => index.nouns.has(t) || TECH_WORDS.has(t)) || index.names.some((n) => nameFit(index, n, s, -1)) || termsIn(index, s).length);
  if (first < 0) return undefined;
  const others = segments.filter((_, i) => i !== first);
  // "Project Manager (IT)", "Test Engineer - Software": a part that only says "software" qualifies the job.
  const tokens = [...others.filter((s) => s.every((t) => GENERIC.has(t))).flat(), ...segments[first]];
  const extras = others.filter((s) => !s.every((t) => GENERIC.has(t)));
  let noun = -1;
  tokens.forEach((t, i) => index.nouns.has(t) && (noun = i));
  const nounWord = noun >= 0 ? tokens[noun] : '';
  const core = noun >= 0 ? tokens.slice(0, noun) : tokens;

  // 1. A catalogue name in the title: "Senior Backend Engineer", "QA Automation Engineer".
  const named = (words: string[], at: number) => {
    const fits = index.names.filter((n) => allowed(n.role)).map((n) => ({ n, fit: nameFit(index, n, words, at) })).filter((f) => f.fit > 0);
    fits.sort((a, b) => b.fit - a.fit);
    const best = fits[0];
    if (!best) return undefined;
    const rivals = new Set(fits.filter((f) => f.fit === best.fit).map((f) => f.n.role));
    return { best, tied: rivals.size > 1 };
  };
  const byName = named(tokens, noun);
  if (byName && !byName.tied) {
    let { n, fit } = byName.best;
    // "Network Programmer - Multiplayer Games": the other part names a job with the title's own noun ("Games programmer").
    // "QA Tester - Video Games": the other part, read before this one, makes a longer name ("Games QA tester").
    for (const extra of extras) {
      const there = named([...extra, nounWord], extra.length)?.best;
      const longer = named([...extra, ...tokens], extra.length + noun)?.best;
      if (there && BUILDER.has(nounWord) && there.fit >= 10 && there.n.tokens.includes(nounWord) && !n.tokens.includes(nounWord)) ({ n, fit } = there);
      else if (longer && longer.fit > fit && longer.n.role !== n.role && n.tokens.every((t) => longer.n.tokens.includes(t))) ({ n, fit } = longer);
    }
    const reason = `the title names “${n.written}”`;
    // A word of another family of jobs beside the name ("Games QA Tester", "Firmware Test Engineer"):
    // maybe a job the catalogue lacks, so the closest role only.
    const family = index.roles[n.role].family;
    if (family && [...tokens, ...extras.flat()].some((t) => index.fieldOf.has(t) && index.fieldOf.get(t) !== family)) return { role: n.role, score: 0.5, strength: 'weak', reason };
    return { role: n.role, score: fit >= 10 ? 0.95 : 0.8, strength: 'strong', reason };
  }
  if (byName?.tied) return undefined;
  // A department outside technology: "Finance Analyst", "Marketing Executive".
  if (tokens.some((t) => DEPARTMENTS.has(t))) return undefined;
  if (noun < 0) {
    // No job noun ("QA Lead", lead being seniority): a name whose words, a technology-only one among them, are all there.
    const fits = new Set(index.names.filter((n) => allowed(n.role) && tokens.every(known) && n.noun === n.tokens.length - 1 && n.tokens.slice(0, -1).every((t) => tokens.includes(t)) && n.tokens.some((t) => TECH_WORDS.has(t) && tokens.includes(t))).map((n) => n.role));
    const [only] = fits;
    if (fits.size === 1) return { role: only, score: 0.75, strength: 'strong', reason: `the title's “${tokens.filter((t) => TECH_WORDS.has(t)).map(shown).join(' ')}”` };
  }

  // A job outside building software ("Registered Nurse", "Sales Executive") gets no role.
  // Technologies point only at roles that use the title's job noun, or a near one for a builder
  // ("Tableau Developer" is a data analyst; "Kubernetes Engineer" is not a cloud architect).
  // A "ServiceNow Developer" builds on the tool a support role uses; it is not that support role.
  const usesNoun = (role: number, noun: string) => index.rolesByNoun.get(noun)?.has(role) === true;
  const nounFits = (role: number) =>
    !nounWord || ((usesNoun(role, nounClass(nounWord)) || (BUILDER.has(nounWord) && [...NEAR].some((near) => usesNoun(role, near)))) && !(BUILDER.has(nounWord) && nounWord !== 'engineer' && index.roles[role].family === 'support'));
  // "Web Developer (PHP)": a kind of job ("Web") the catalogue has no name for, so its technology gives the closest role only.
  const unnamedKind = core.some((t) => /^(web|website|application|digital)$/.test(t) && !index.broadBefore.has(`${t} ${nounClass(nounWord)}`));
  const closestOnly = (c: Candidate | undefined): Candidate | undefined => (c && unnamedKind ? { ...c, strength: 'weak', score: Math.min(c.score, 0.5) } : c);
  const unknown = core.filter((t) => !known(t) && !(t in FRAMEWORKS));
  const unknownAfter = noun >= 0 && tokens.slice(noun + 1).some((t) => !known(t));

  // "Kotlin Developer - Backend": another part that with the noun is a catalogue name beats the technology.
  for (const extra of extras) {
    const more = named([...extra, nounWord], extra.length);
    if (more && !more.tied && more.best.n.tokens.length === extra.length + 1 && core.length > 0 && core.every((t) => index.techWords.has(t) || t in FRAMEWORKS)) {
      return { role: more.best.n.role, score: 0.85, strength: 'strong', reason: `the title names “${more.best.n.written}”` };
    }
  }
  // 2. Technologies before the job noun: "Java Developer", "Power BI Developer".
  // A language alone ("Scala Developer") makes a software developer, not a data or AI role that also writes it.
  // With a tool from another part it may ("Scala Developer - Spark").
  const inCore = termsIn(index, core);
  const languageOnly = BUILDER.has(nounWord) && inCore.length > 0 && inCore.every((t) => t.language);
  const withTools = languageOnly ? [...inCore, ...extras.flatMap((extra) => termsIn(index, extra))] : [];
  const tech = closestOnly(
    byTechnology(inCore, (r) => allowed(r) && nounFits(r) && !(languageOnly && index.roles[r].family === 'data-ai'), "the title's", 0.85) ??
      (withTools.some((t) => !t.language) ? byTechnology(withTools, (r) => allowed(r) && nounFits(r), "the title's", 0.85) : undefined),
  );
  // A technology several roles use, with more from another part: all of them decide ("GraphQL Developer - Node.js").
  const more = tech?.strength === 'weak' && !languageOnly ? closestOnly(byTechnology([...inCore, ...extras.flatMap((extra) => termsIn(index, extra))], (r) => allowed(r) && nounFits(r), "the title's", 0.85)) : undefined;
  if (tech) return more?.strength === 'strong' ? more : unknown.length && tech.strength === 'weak' ? undefined : tech;
  if (languageOnly && !unknown.length && index.softwareRole !== undefined && allowed(index.softwareRole)) {
    return { role: index.softwareRole, score: 0.4, strength: 'weak', reason: `a software role; the title's “${inCore[0].written}” does not say which kind` };
  }
  // 3. The title says only "Software Engineer" or "Tester": the other parts and the skills decide.
  // Where it says more that the catalogue does not know ("Production Engineer - Infrastructure"),
  // another part naming a job with the title's noun gives the closest role only.
  const plainTitle = !unknown.length && !unknownAfter && !!nounWord && core.every((t) => GENERIC.has(t) || BUILDER.has(t));
  const vague = !!nounWord && core.every((t) => GENERIC.has(t) || (!index.kinds.has(t) && !index.techWords.has(t)));
  for (const extra of vague ? extras : []) {
    const more = named([...extra, nounWord], extra.length);
    if (more && !more.tied && (plainTitle || more.best.fit >= 10)) {
      const reason = `the title names “${more.best.n.written}”`;
      // A bare "Engineer, Product" could be any engineer: the other part makes it the closest role only.
      const sure = plainTitle && (core.length > 0 || nounWord !== 'engineer');
      return sure ? { role: more.best.n.role, score: 0.85, strength: 'strong', reason } : { role: more.best.n.role, score: 0.5, strength: 'weak', reason };
    }
  }
  if (!plainTitle) {
    // "Performance Tester - JMeter": the tools of a job with the title's noun, the closest role only.
    const tools = vague ? byTechnology(extras.flatMap((extra) => termsIn(index, extra)), (r) => allowed(r) && nounFits(r), "the title's", 0.5) : undefined;
    return tools && { ...tools, strength: 'weak', score: Math.min(tools.score, 0.5) };
  }
  // "Software Engineer - Machine Learning": a kind of technology job the catalogue has no role for.
  if (extras.some((extra) => extra.some((t) => TECH_WORDS.has(t)))) return undefined;
  const fromExtras = closestOnly(byTechnology(extras.flatMap((extra) => termsIn(index, extra)), (r) => allowed(r) && nounFits(r), "the title's", 0.8));
  if (fromExtras) return fromExtras;
  const fromSkills = byTechnology(skills.flatMap((skill) => termsIn(index, words(skill))), allowed, 'skills', 0.7);
  // A bare "Engineer" could be any engineer: skills make it the closest role, never a sure one.
  if (fromSkills) return core.length || nounWord !== 'engineer' ? fromSkills : { ...fromSkills, strength: 'weak', score: Math.min(fromSkills.score, 0.5) };
  // "Tester" alone is closest to the catalogue's "Software tester"; "Consultant" alone to no role.
  const users = [...(index.plainNoun.get(nounClass(nounWord)) ?? [])].filter(allowed);
  if (users.length === 1) return { role: users[0], score: 0.4, strength: 'weak', reason: `the title's “${shown(nounWord)}” alone; it does not say which kind` };
  // "Software Engineer", "Developer": but not "Engineer", "Web Developer" or "IT Engineer", which could be many things.
  if (BUILDER.has(nounWord) && core.every((t) => t === 'software' || BUILDER.has(t)) && (core.length || nounWord !== 'engineer') && index.softwareRole !== undefined && allowed(index.softwareRole)) {
    return { role: index.softwareRole, score: 0.3, strength: 'weak', reason: 'a software role, but the title alone does not say which kind' };
  }
  return undefined;
}

/** Does an occupation code name one of a role's codes? O*NET and ESCO match on their stem too. */
export function codeFits(code: string, role: MatchableRole): boolean {
  const { onet = [], socUk = [], esco = [] } = role.codes ?? {};
  if (/^\d{2}-\d{4}/.test(code)) return onet.some((own) => own.slice(0, 7) === code.slice(0, 7));
  const stem = code.slice(0, 4);
  return socUk.some((own) => own.slice(0, 4) === stem) || esco.some((own) => own === code || own.slice(0, 4) === stem);
}

/**
 * The catalogue role a job title is for, or undefined when none fits. Occupation codes decide
 * first; then the title (noise removed, spelling variants made one, catalogue names and
 * technologies found); then, for a title such as "Software Engineer" that does not say which
 * kind, the posting's skills, or the closest role as a weak match.
 *
 * @example matchJobTitle(catalogue, 'Senior Java Developer - 6 month contract')
 *   // { roleId: 'back-end', strength: 'strong', score: 0.85, reason: 'the title's “Java”' }
 */
export function matchJobTitle(catalogue: MatchableCatalogue, title: string | null | undefined, options: TitleMatchOptions = {}): TitleMatch | undefined {
  const index = indexOf(catalogue);
  const skills = (typeof options.skills === 'string' ? options.skills.split(',') : [...(options.skills ?? [])]).filter((s) => typeof s === 'string').slice(0, 50).map((s) => s.slice(0, 100));
  const text = typeof title === 'string' ? title : '';
  const result = (c: Candidate | undefined, prefix = ''): TitleMatch | undefined =>
    c && { roleId: index.roles[c.role].id, strength: c.strength, score: Math.round(c.score * 100) / 100, reason: prefix + c.reason };
  let fallback: TitleMatch | undefined;
  for (const code of (options.codes ?? []).slice(0, 20)) {
    const fits = new Set(index.roles.map((role, i) => (codeFits(code, role) ? i : -1)).filter((i) => i >= 0));
    if (fits.size === 1) return { roleId: index.roles[[...fits][0]].id, strength: 'strong', score: 1, reason: `occupation code ${code}` };
    if (!fits.size) continue;
    const chosen = matchTitleOnly(index, text, skills, (r) => fits.has(r));
    if (chosen) return result({ ...chosen, score: Math.max(chosen.score, chosen.strength === 'strong' ? 0.95 : 0.5) }, `occupation code ${code} and `);
    const [first, ...others] = [...fits].map((i) => index.roles[i]);
    fallback ??= { roleId: first.id, strength: 'weak', score: 0.3, reason: `occupation code ${code} (it also fits ${others.map((r) => r.title).join(', ')}; the title did not decide)` };
  }
  const byTitle = result(matchTitleOnly(index, text, skills, () => true));
  return byTitle && (byTitle.strength === 'strong' || !fallback) ? byTitle : (fallback ?? byTitle);
}
