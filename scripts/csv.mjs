// CSV as RFC 4180 writes it, read and written in one place: the official tables in data/sources/ (npm run
// figures), the job feeds `role-widgets match` reads and the translators' files of `role-widgets
// translations` (the command line bundles this file).

/** RFC 4180 CSV: quoted fields, doubled quotes, commas and line breaks inside quotes. */
export function csvRows(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') row.push(field), (field = '');
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.length > 1 || row[0] !== '') rows.push(row);
      (row = []), (field = '');
    } else field += char;
  }
  row.push(field);
  if (row.length > 1 || row[0] !== '') rows.push(row);
  return rows;
}

/**
 * Rows as RFC 4180 CSV: a field with a comma, quote or line break is quoted, quotes doubled; lines
 * end in CRLF, as spreadsheets write them.
 */
export function csvText(rows) {
  const field = (value) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
