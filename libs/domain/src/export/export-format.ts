import { EXPORT_COLUMNS, type ExportRow } from './export-row';

/** UTF-8 byte order mark: spreadsheets then read accents right. */
export const CSV_BOM = '\uFEFF';

// A cell a spreadsheet would run as a formula is prefixed with ' (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180: CRLF line ends, quoted when needed, `tags` joined with `;`. */
export function csvHeader(): string {
  return `${EXPORT_COLUMNS.join(',')}\r\n`;
}

export function csvLine(row: ExportRow): string {
  return `${EXPORT_COLUMNS.map((c) => csvCell(c === 'tags' ? row.tags.join(';') : row[c])).join(',')}\r\n`;
}

export function ndjsonLine(row: ExportRow): string {
  return `${JSON.stringify(Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, row[c]])))}\n`;
}
