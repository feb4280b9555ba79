/// <reference types="node" />
/** `role-widgets translations export|import`: the command line of src/cli/translations.ts. */
import { readFileSync, writeFileSync } from 'node:fs';
import { applyReturned, checkReturned, checkRoleTexts, collectUnits, currentMessages, detectFormat, FORMATS, readUnits, TranslationError, writeMessagesModule, writeRoleTexts, writeStates, writeUnits, type Format, type Places } from './translations.js';

export const TRANSLATIONS_USAGE = `  role-widgets translations export --lang LANG [--format xliff2|xliff12|csv] [--out FILE] [PLACES]
      Writes every interface string and role text of a language for a translator: English source,
      translation, a note (where it shows, a character limit for labels), plural form and state
      (new, machine-translated, translated, reviewed). XLIFF 2.0 by default; standard output without --out.
      A language with no files yet (--lang fr) gets a file of empty targets.
  role-widgets translations import FILE --lang LANG [PLACES]
      Reads a translated or reviewed file (XLIFF 2.0, XLIFF 1.2 or CSV) back: the messages module, the
      role texts and each unit's state. Refuses a file whose placeholders or plural forms do not match.
      PLACES: --messages FILE (src/i18n/LANG.ts), --roles DIR (data/roles, files <id>.LANG.json),
      --states FILE (data/translation-state.LANG.json).`;

function options(args: string[]) {
  const found: Record<string, string> = {};
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (!args[i].startsWith('--')) {
      rest.push(args[i]);
      continue;
    }
    const value = args[i + 1];
    if (value === undefined) throw new TranslationError(`${args[i]} needs a value.`);
    found[args[i].slice(2)] = value;
    i++;
  }
  const known = ['lang', 'format', 'out', 'messages', 'roles', 'states'];
  const unknown = Object.keys(found).find((name) => !known.includes(name));
  if (unknown) throw new TranslationError(`Unknown option --${unknown}.`);
  if (!found.lang || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(found.lang)) throw new TranslationError('translations needs --lang with a language tag such as cy or fr.');
  const places: Places = {
    lang: found.lang,
    messages: found.messages ?? `src/i18n/${found.lang}.ts`,
    roles: found.roles ?? 'data/roles',
    states: found.states ?? `data/translation-state.${found.lang}.json`,
  };
  return { found, rest, places };
}

export async function translationsCommand(args: string[]) {
  const [action, ...rest] = args;
  const { found, rest: files, places } = options(rest);
  if (action === 'export') {
    const format = (found.format ?? 'xliff2') as Format;
    if (!FORMATS.includes(format)) throw new TranslationError(`--format must be ${FORMATS.join(', ')} (got "${format}").`);
    const units = await collectUnits(places);
    const text = await writeUnits(units, format, places.lang);
    if (found.out) {
      writeFileSync(found.out, text);
      const counts = new Map<string, number>();
      for (const unit of units) counts.set(unit.state, (counts.get(unit.state) ?? 0) + 1);
      const summary = [...counts].map(([state, count]) => `${count} ${state}`);
      process.stdout.write(`${found.out}: ${units.length} units (${summary.join(', ')}).\n`);
    } else process.stdout.write(text);
    return;
  }
  if (action === 'import') {
    const [file] = files;
    if (!file) throw new TranslationError('translations import needs a file.');
    const text = readFileSync(file, 'utf8');
    const before = await collectUnits(places);
    const returned = await readUnits(file, text, detectFormat(file, text));
    checkReturned(before, returned, places.lang);
    const after = applyReturned(before, returned);
    writeFileSync(places.messages, writeMessagesModule(places.messages, places.lang, after, await currentMessages(places)));
    const roles = writeRoleTexts(places, after, before);
    roles.forEach(checkRoleTexts);
    writeStates(places, after);
    const changed = after.filter((unit, index) => unit.target !== before[index].target).length;
    const restated = after.filter((unit, index) => unit.state !== before[index].state).length;
    process.stdout.write(`${file}: ${returned.length} units read; ${changed} translations and ${restated} states changed; ${places.messages}, ${roles.length} role files and ${places.states} written.\n`);
    if (roles.length && places.roles === 'data/roles') process.stdout.write('Run `npm run catalogue` to rebuild data/roles.json from the role files.\n');
    return;
  }
  throw new TranslationError('translations needs export or import.');
}
