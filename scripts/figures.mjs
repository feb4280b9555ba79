// npm run figures: derives every role's pay and hours in data/roles/<id>.json (and so data/roles.json) from the official tables
// in data/sources/ (one CSV per table, described in sources.json) and the choice of source row for
// each role (mapping.json). `--check` changes nothing and fails when roles.json and the sources
// disagree, naming each figure; the test suite runs it. Next year's update: new CSVs, new entries
// in sources.json, this command, and a reviewed diff of data/roles.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvRows } from './csv.mjs';

export const SOURCES_DIR = fileURLToPath(new URL('../data/sources/', import.meta.url));
export const ROLES_FILE = fileURLToPath(new URL('../data/roles.json', import.meta.url));

/** Who estimates a figure no table publishes, and when that judgement was last made. */
const EDITORS = { name: 'role-widgets editors’ estimate', date: '2026-11' };
const PERCENTILES = ['p10', 'p25', 'median', 'p75', 'p90'];
/** ONS marks a suppressed cell with x: that percentile stays out of the band, it is never filled in. */
const SUPPRESSED = 'x';
/** The fields of a role that come from data/sources, never typed in by hand. */
const FIGURE_KEYS = ['salary', 'hours', 'quotedPay'];

/** A CSV table as objects keyed by its header row. */
export function parseCsv(text) {
  const [header, ...body] = csvRows(text);
  return body.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ''])));
}

function number(value, where) {
  if (value === '' || value === SUPPRESSED) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) throw new Error(`${where}: "${value}" is not a number`);
  return parsed;
}

/** "Programmers and software …" → "programmers and software …"; "IT managers" keeps its capitals. */
const lowerFirst = (text) => text.replace(/^[A-Z](?=[a-z])/, (letter) => letter.toLowerCase());

function readSources(dir) {
  const meta = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8'));
  const tables = {};
  for (const [key, table] of Object.entries(meta)) {
    if (key.startsWith('$')) continue;
    const rows = parseCsv(readFileSync(join(dir, table.file), 'utf8'));
    tables[key] = { ...table, rows: new Map(rows.map((row) => [row.soc ?? row.id, row])) };
  }
  return { tables, mapping: JSON.parse(readFileSync(join(dir, 'mapping.json'), 'utf8')) };
}

function row(tables, from, code, where) {
  const table = tables[from];
  if (!table) throw new Error(`${where}: no table "${from}" in sources.json`);
  const found = table.rows.get(code);
  if (!found) throw new Error(`${where}: ${table.file} has no row "${code}"`);
  return { table, found };
}

/**
 * A band of the 25th to 75th percentile, with whatever else the table publishes for that occupation.
 * Where the publisher suppressed the 75th percentile but gives the 25th and the median, the band is
 * the 25th percentile to the median (`span: "p25-median"`), drawn and said as exactly that.
 */
function payBand(tables, choice, where) {
  const { table, found } = row(tables, choice.from, choice.code, where);
  const cells = Object.fromEntries(PERCENTILES.map((name) => [name, number(found[name], `${table.file} ${choice.code} ${name}`)]));
  const lowerHalf = cells.p75 === undefined && cells.p25 !== undefined && cells.median !== undefined;
  if (cells.p25 === undefined || (cells.p75 === undefined && !lowerHalf)) {
    throw new Error(`${where}: ${table.file} ${choice.code} has neither a 25th and 75th percentile nor a 25th percentile and a median to draw a band from`);
  }
  const occupation = `${lowerFirst(found.occupation)} (SOC ${choice.code})`;
  const measured = lowerHalf
    ? `25th percentile to the median of ${table.measure}, ${occupation}; the publisher suppressed the 75th percentile, so the upper half is not shown`
    : `middle half (25th to 75th percentile) of ${table.measure}, ${occupation}`;
  const basis = [measured, choice.note, choice.proxy && `an estimate: ${choice.proxy}`].filter(Boolean).join('; ');
  const url = table.occupationUrl ? table.occupationUrl.replace('{code}', choice.code.replace('-', '')) : table.url;
  return {
    currency: table.currency,
    min: cells.p25,
    max: lowerHalf ? cells.median : cells.p75,
    ...(cells.p10 !== undefined && { p10: cells.p10 }),
    ...(cells.median !== undefined && { median: cells.median }),
    ...(cells.p90 !== undefined && { p90: cells.p90 }),
    span: lowerHalf ? 'p25-median' : 'p25-p75',
    basis,
    ...(choice.proxy && { estimate: true }),
    source: { name: table.name, url, date: table.period },
  };
}

/** Pay a careers profile quotes for the role (job-profiles.csv), shown beside the official band. */
function quotedPay(tables, choice, where) {
  const { table, found } = row(tables, 'job-profiles', choice.profile, where);
  const min = number(found.pay_min, `${table.file} ${choice.profile} pay_min`);
  const max = number(found.pay_max, `${table.file} ${choice.profile} pay_max`);
  if (min === undefined || max === undefined || !found.pay_currency) throw new Error(`${where}: ${choice.profile} gives no pay range with its currency`);
  return {
    currency: found.pay_currency,
    min,
    max,
    basis: [found.pay_basis, choice.proxy && `an estimate: ${choice.proxy}`].filter(Boolean).join('; '),
    ...(choice.proxy && { estimate: true }),
    source: { name: `${found.publisher}, ${found.profile}`, ...(found.url && { url: found.url }), date: found.date },
  };
}

function hours(tables, choice, where) {
  const { advertised, typical, note } = choice;
  let range;
  if (advertised.editorial) {
    range = { ...advertised.editorial, basis: `hours judged by the editors: ${advertised.proxy}`, estimate: true, source: EDITORS };
  } else {
    const { table, found } = row(tables, 'job-profiles', advertised.profile, where);
    const min = number(found.hours_min, `${table.file} ${advertised.profile} hours_min`);
    const max = number(found.hours_max, `${table.file} ${advertised.profile} hours_max`);
    if (min === undefined || max === undefined) throw new Error(`${where}: ${advertised.profile} gives no hours`);
    const basis = ['hours a week quoted in a careers job profile', advertised.proxy && `an estimate: ${advertised.proxy}`].filter(Boolean).join('; ');
    range = { min, max, basis, ...(advertised.proxy && { estimate: true }), source: { name: `${found.publisher}, ${found.profile}`, ...(found.url && { url: found.url }), date: found.date } };
  }
  const result = { min: range.min, max: range.max, ...(range.estimate && { estimate: true }), ...(note && { note }), basis: range.basis, source: range.source };
  if (typical) {
    const { table, found } = row(tables, typical.from, typical.code, where);
    const median = number(found.median_hours, `${table.file} ${typical.code} median_hours`);
    const basis = [`${table.measure}, ${lowerFirst(found.occupation)} (SOC ${typical.code})`, typical.proxy && `an estimate: ${typical.proxy}`].filter(Boolean).join('; ');
    result.typical = { hours: median, basis, ...(typical.proxy && { estimate: true }), source: { name: table.name, url: table.url, date: table.period } };
  }
  return result;
}

/** Every mapped role's `salary` and `hours`, derived from the tables in `dir`. */
export function deriveFigures(dir = SOURCES_DIR) {
  const { tables, mapping } = readSources(dir);
  const figures = {};
  for (const [roleId, choice] of Object.entries(mapping)) {
    if (roleId.startsWith('$')) continue;
    const salary = {};
    for (const [region, pay] of Object.entries(choice.pay)) salary[region] = payBand(tables, pay, `${roleId} pay ${region}`);
    figures[roleId] = { salary, hours: hours(tables, choice.hours, `${roleId} hours`) };
    if (choice.quoted) {
      figures[roleId].quotedPay = {};
      for (const [region, quoted] of Object.entries(choice.quoted)) figures[roleId].quotedPay[region] = quotedPay(tables, quoted, `${roleId} quoted pay ${region}`);
    }
  }
  return figures;
}

/** Where the catalogue and the figures derived from the sources disagree, by path. */
export function differences(catalogue, figures) {
  const problems = [];
  const ids = new Set(catalogue.roles.map((role) => role.id));
  for (const id of Object.keys(figures)) if (!ids.has(id)) problems.push(`mapping.json names ${id}, which data/roles.json does not have`);
  catalogue.roles.forEach((role, index) => {
    const derived = figures[role.id];
    if (!derived) return problems.push(`roles[${index}] (${role.id}) has no entry in data/sources/mapping.json`);
    for (const key of FIGURE_KEYS) {
      const walk = (have, want, path) => {
        if (typeof want === 'object' && want && typeof have === 'object' && have) {
          for (const name of new Set([...Object.keys(want), ...Object.keys(have)])) walk(have[name], want[name], `${path}.${name}`);
        } else if (have !== want) problems.push(`roles[${index}].${path}: roles.json has ${JSON.stringify(have)}, the sources give ${JSON.stringify(want)}`);
      };
      walk(role[key], derived[key], `${key}`);
    }
  });
  return problems;
}

/**
 * JSON as data/roles.json is kept: an array or object on one line when it fits in 160 columns,
 * otherwise one entry per line, so a reviewed diff shows only the figures that changed.
 */
export function formatJson(value, indent = '', prefix = 0) {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const entries = Array.isArray(value) ? value.map((item) => [undefined, item]) : Object.entries(value);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  const label = (key) => (key === undefined ? '' : `${JSON.stringify(key)}: `);
  const inline = entries.length ? `${open}${Array.isArray(value) ? '' : ' '}${entries.map(([key, item]) => label(key) + formatJson(item, '', Infinity)).join(', ')}${Array.isArray(value) ? '' : ' '}${close}` : `${open}${close}`;
  if (prefix === Infinity || indent.length + prefix + inline.length <= 160) return inline;
  const inner = `${indent}  `;
  return `${open}\n${entries.map(([key, item]) => `${inner}${label(key)}${formatJson(item, inner, label(key).length)}`).join(',\n')}\n${indent}${close}`;
}

export function applyFigures(catalogue, figures) {
  return {
    ...catalogue,
    roles: catalogue.roles.map((role) => {
      const derived = figures[role.id];
      if (!derived) return role;
      // Figures replace the role's own, keeping its key order; a quoted pay the mapping no longer names is dropped.
      const next = { ...role, quotedPay: undefined, ...derived };
      if (!derived.quotedPay) delete next.quotedPay;
      return next;
    }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // The figures live in each role's own file (data/roles/<id>.json); data/roles.json is assembled from them.
  const { assembleCatalogue, DATA_DIR } = await import('./catalogue.mjs');
  const catalogue = assembleCatalogue();
  const figures = deriveFigures();
  const problems = differences(catalogue, figures);
  if (process.argv.includes('--check')) {
    if (problems.length) {
      console.error(`data/roles/ disagrees with data/sources/ (run npm run figures):\n  ${problems.join('\n  ')}`);
      process.exit(1);
    }
    console.log('data/roles/ matches data/sources/.');
  } else {
    for (const role of catalogue.roles) {
      if (!figures[role.id]) continue;
      const file = join(DATA_DIR, 'roles', `${role.id}.json`);
      const own = JSON.parse(readFileSync(file, 'utf8'));
      writeFileSync(file, `${formatJson({ ...own, ...figures[role.id] })}\n`);
    }
    writeFileSync(ROLES_FILE, `${formatJson(assembleCatalogue())}\n`);
    console.log(problems.length ? `Updated ${problems.length} figures in data/roles/:\n  ${problems.join('\n  ')}` : 'data/roles/ already matches data/sources/.');
  }
}
