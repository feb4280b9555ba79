// Types for scripts/csv.mjs, which the command line (src/cli/match.ts) bundles.
/** RFC 4180 CSV: rows of fields, blank lines left out. */
export function csvRows(text: string): string[][];
/** Rows as RFC 4180 CSV, fields quoted where they need it, CRLF line ends. */
export function csvText(rows: string[][]): string;
