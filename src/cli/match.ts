/// <reference types="node" />
/**
 * `role-widgets match`: the role each job title names, for one title or a whole feed. Titles come
 * as arguments, or from a file or standard input as one title a line, a CSV with a title column,
 * or JSON lines (one posting an object, with `title` and optionally `skills` and
 * `occupationalCategory`). Each is written back with its role, how sure and why.
 */
import { matchJobTitle, type MatchableCatalogue, type TitleMatch } from '../catalogue/match-title.js';
import { csvRows } from '../../scripts/csv.mjs';

export type InputFormat = 'lines' | 'csv' | 'jsonl';

/** A mistake the user can correct: said plainly, with exit code 2. */
export class MatchInputError extends Error {}

export interface MatchOptions {
  /** The titles given as arguments; when empty, `text` is read. */
  titles: string[];
  /** The file's or standard input's text. */
  text?: Buffer;
  /** Where `text` came from, for messages: a file name or "standard input". */
  source?: string;
  format?: InputFormat;
  /** The CSV column or JSON field holding the title. */
  column?: string;
  /** Write JSON lines instead of text (titles given as arguments or one a line). */
  json?: boolean;
}

/** Readable text, or a clear error for a file that is not text (an image, a zip, a spreadsheet). */
export function decodeText(bytes: Buffer, source: string): string {
  const head = bytes.subarray(0, 8192);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const replaced = (text.slice(0, 8192).match(/\uFFFD/g) ?? []).length;
  if (head.includes(0) || replaced > 8) {
    throw new MatchInputError(`${source} looks like a binary file, not text. Give one title a line, a CSV with a title column, or JSON lines.`);
  }
  return text;
}

const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A title as shown in text output: one line, and not 10 KB of it. */
const shortTitle = (title: string) => {
  const line = title.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
};

function textLine(title: string, match: TitleMatch | undefined): string {
  if (!title.trim()) return '(empty title) → no role';
  return match ? `${shortTitle(title)} → ${match.roleId} (${match.strength}): ${match.reason}` : `${shortTitle(title)} → no role`;
}

const jsonFields = (match: TitleMatch | undefined) => ({ role: match?.roleId ?? null, strength: match?.strength ?? null, score: match?.score ?? null, reason: match?.reason ?? 'no role fits' });

function guessFormat(text: string, source: string, column?: string): InputFormat {
  if (/\.csv$/i.test(source)) return 'csv';
  if (/\.(jsonl|ndjson)$/i.test(source)) return 'jsonl';
  if (/^\s*\{/.test(text)) return 'jsonl';
  return column ? 'csv' : 'lines';
}

/** Strings from a posting's `skills` or `occupationalCategory`: text, a list, or nodes with a name or code. */
const strings = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]).flatMap((item) =>
    typeof item === 'string' ? [item] : typeof item === 'object' && item ? [String((item as Record<string, unknown>).codeValue ?? (item as Record<string, unknown>).name ?? '')] : [],
  );
const codesIn = (value: unknown) => strings(value).flatMap((text) => text.match(/\b\d{2}-\d{4}(?:\.\d{2})?\b|\b\d{4}(?:[./]\d{1,2})?\b/g) ?? []);

/** The lines to write for the given titles or text. */
export function matchCommand(catalogue: MatchableCatalogue, options: MatchOptions): string[] {
  const match = (title: string, skills?: unknown, codes?: unknown) => matchJobTitle(catalogue, title, { skills: strings(skills).join(','), codes: codesIn(codes) });
  if (options.titles.length) {
    return options.titles.map((title) => (options.json ? JSON.stringify({ title, ...jsonFields(match(title)) }) : textLine(title, match(title))));
  }
  const source = options.source ?? 'standard input';
  const text = decodeText(options.text ?? Buffer.alloc(0), source);
  if (!text.trim()) throw new MatchInputError(`${source} is empty: there are no titles to match.`);
  const format = options.format ?? guessFormat(text, source, options.column);
  const column = options.column ?? 'title';

  if (format === 'csv') {
    const [header, ...rows] = csvRows(text);
    const at = header.findIndex((name) => name.trim().toLowerCase() === column.toLowerCase());
    if (at < 0) throw new MatchInputError(`${source} has no column "${column}"; its columns are: ${header.map((name) => `"${name.trim()}"`).join(', ')}. Name the title's column with --column.`);
    const skillsAt = header.findIndex((name) => name.trim().toLowerCase() === 'skills');
    return [
      [...header, 'role', 'strength', 'score', 'reason'].map(csvField).join(','),
      ...rows.map((row) => {
        const found = match(row[at] ?? '', skillsAt >= 0 ? row[skillsAt] : undefined);
        const { role, strength, score, reason } = jsonFields(found);
        return [...row, role ?? '', strength ?? '', score === null ? '' : String(score), row[at]?.trim() ? reason : 'no title'].map(csvField).join(',');
      }),
    ];
  }

  const lines = text.split(/\r?\n/);
  if (format === 'jsonl') {
    return lines.flatMap((line, number) => {
      if (!line.trim()) return [];
      let posting: unknown;
      try {
        posting = JSON.parse(line);
      } catch {
        return [JSON.stringify({ line: number + 1, error: 'not valid JSON', ...jsonFields(undefined) })];
      }
      if (typeof posting !== 'object' || posting === null || Array.isArray(posting)) return [JSON.stringify({ line: number + 1, error: 'not a JSON object', ...jsonFields(undefined) })];
      const record = posting as Record<string, unknown>;
      const title = typeof record[column] === 'string' ? (record[column] as string) : '';
      const found = match(title, record.skills, record.occupationalCategory ?? record.codes);
      return [JSON.stringify({ ...record, ...jsonFields(found), ...(title.trim() ? {} : { reason: `no "${column}"` }) })];
    });
  }
  return lines.filter((line) => line.trim()).map((title) => (options.json ? JSON.stringify({ title, ...jsonFields(match(title)) }) : textLine(title, match(title))));
}
