/// <reference types="node" />
/**
 * role-widgets command line:
 *   role-widgets render <tag> [--role ID] [--roles A,B] [--lang LANG] [--attr NAME=VALUE]… [--catalogue FILE]
 *   role-widgets validate <FILE>
 *   role-widgets split <FILE> --out <DIR>
 *   role-widgets match [TITLE]... [--file FILE|-] [--input lines|csv|jsonl] [--column NAME] [--json] [--catalogue FILE]
 *   role-widgets translations export --lang LANG [--format xliff2|xliff12|csv] [--out FILE]
 *   role-widgets translations import FILE --lang LANG
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import '../catalogue/use-bundled.js';
import { bundledCatalogue } from '../catalogue/bundled.js';
import { setDefaultCatalogue } from '../catalogue/default-catalogue.js';
// The same cut the build makes of the bundled catalogue, so a site's split catalogue has its shape.
import { pieces } from './split.js';
import { parseCatalogue } from '../catalogue/validate.js';
import { MatchInputError, matchCommand, type InputFormat } from './match.js';
import { RENDERABLE_TAGS, renderElement, type RenderableTag } from './render.js';
import { translationsCommand, TRANSLATIONS_USAGE } from './translations-command.js';
import { TranslationError } from './translations.js';

const USAGE = `Usage:
  role-widgets render <${RENDERABLE_TAGS.join('|')}> [--role ID] [--roles A,B] [--lang LANG] [--attr NAME=VALUE]... [--catalogue FILE]
      Prints the element as static HTML with declarative shadow DOM, for pages that cannot run scripts.
      --lang cy renders it in Welsh (en, the default, in English); the element carries lang="cy".
  role-widgets validate <FILE>
      Checks a catalogue JSON file and prints every problem by its path.
  role-widgets split <FILE> --out <DIR>
      Writes a valid catalogue as pieces for <role-catalogue src="DIR/index.json" texts-src="DIR/texts/{lang}/{id}.json">.
  role-widgets match "TITLE"... [--json] [--catalogue FILE]
  role-widgets match [--file FILE] [--input lines|csv|jsonl] [--column NAME] [--json] [--catalogue FILE]
      Finds the catalogue role each job title names, with how sure (strong or weak) and why, or "no role".
      Without titles it reads FILE, or standard input: one title a line, a CSV (the "title" column, or
      --column NAME; role, strength, score and reason are added as columns) or JSON lines (each object
      gains role, strength, score and reason; "skills" and "occupationalCategory" are used when present).
${TRANSLATIONS_USAGE}`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function readCatalogue(file: string) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`Cannot read ${file}: ${(error as Error).message}`);
  }
  return parseCatalogue(text);
}

function validate(args: string[]) {
  const [file] = args;
  if (!file) fail('validate needs a file.');
  const result = readCatalogue(file);
  if (result.ok) {
    process.stdout.write(`${file}: valid, ${result.catalogue.roles.length} roles.\n`);
    return;
  }
  process.stdout.write(`${file}: ${result.problems.length} ${result.problems.length === 1 ? 'problem' : 'problems'}\n`);
  for (const problem of result.problems) process.stdout.write(`  ${problem}\n`);
  process.exit(1);
}

async function renderCommand(args: string[]) {
  const [tag, ...rest] = args;
  if (!tag) fail('render needs an element name.');
  const attributes: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i];
    const value = rest[i + 1];
    if (value === undefined) fail(`${flag} needs a value.`);
    i++;
    if (flag === '--role') attributes['role-id'] = value;
    else if (flag === '--roles') attributes.roles = value;
    else if (flag === '--lang') attributes.lang = value;
    else if (flag === '--attr') {
      const [name, ...parts] = value.split('=');
      attributes[name] = parts.join('=');
    } else if (flag === '--catalogue') {
      const result = readCatalogue(value);
      if (!result.ok) fail(`${value} is not a valid catalogue:\n  ${result.problems.join('\n  ')}`);
      setDefaultCatalogue(result.catalogue);
    } else fail(`Unknown option ${flag}.`);
  }
  try {
    process.stdout.write(`${await renderElement(tag as RenderableTag, attributes)}\n`);
  } catch (error) {
    fail((error as Error).message);
  }
}

function split(args: string[]) {
  const [file, flag, out] = args;
  if (!file || flag !== '--out' || !out) fail('split needs a file and --out DIR.');
  const result = readCatalogue(file);
  if (!result.ok) fail(`${file} is not a valid catalogue:\n  ${result.problems.join('\n  ')}`);
  const { files, languages } = pieces(result.catalogue);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), content);
  }
  process.stdout.write(`${out}: ${Object.keys(files).length} files, ${result.catalogue.roles.length} roles, texts in ${languages.join(', ')}.\n`);
  process.stdout.write(`Use: <role-catalogue src="${out}/index.json" texts-src="${out}/texts/{lang}/{id}.json">\n`);
}

function match(args: string[]) {
  const titles: string[] = [];
  let file: string | undefined;
  let format: InputFormat | undefined;
  let column: string | undefined;
  let json = false;
  let catalogue = bundledCatalogue;
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    if (flag === '--json') {
      json = true;
      continue;
    }
    if (!flag.startsWith('--')) {
      titles.push(flag);
      continue;
    }
    const value = args[++i];
    if (value === undefined) fail(`${flag} needs a value.`);
    if (flag === '--file') file = value;
    else if (flag === '--column') column = value;
    else if (flag === '--input') {
      if (value !== 'lines' && value !== 'csv' && value !== 'jsonl') fail(`--input must be lines, csv or jsonl (got "${value}").`);
      format = value;
    } else if (flag === '--catalogue') {
      const result = readCatalogue(value);
      if (!result.ok) fail(`${value} is not a valid catalogue:\n  ${result.problems.join('\n  ')}`);
      catalogue = result.catalogue;
    } else fail(`Unknown option ${flag}.`);
  }
  if (titles.some((title) => !title.trim())) fail('match was given an empty title.');
  if (!titles.length && !file && process.stdin.isTTY) fail('match needs a title, a --file, or titles on standard input.');
  let text: Buffer | undefined;
  if (!titles.length) {
    try {
      text = readFileSync(file && file !== '-' ? file : 0);
    } catch (error) {
      fail(`Cannot read ${file ?? 'standard input'}: ${(error as Error).message}`);
    }
  }
  try {
    const lines = matchCommand(catalogue, { titles, text, source: file && file !== '-' ? file : 'standard input', format, column, json });
    process.stdout.write(lines.length ? `${lines.join('\n')}\n` : '');
  } catch (error) {
    if (!(error instanceof MatchInputError)) throw error;
    // A problem with the input, not with the command: the message alone, without the whole usage.
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
}

const [command, ...args] = process.argv.slice(2);
// Not awaited at the top level: the bundle's inlined languages (Welsh) are defined after this line runs.
if (command === 'render') void renderCommand(args);
else if (command === 'match') match(args);
else if (command === 'validate') validate(args);
else if (command === 'split') split(args);
else if (command === 'translations')
  void translationsCommand(args).catch((error: Error) => {
    // A refused file or a wrong option: the message alone; anything else with where it happened.
    process.stderr.write(`${error instanceof TranslationError ? error.message : error.stack}\n`);
    process.exit(1);
  });
else if (command === '--help' || command === '-h' || !command) process.stdout.write(`${USAGE}\n`);
else fail(`Unknown command "${command}".`);
