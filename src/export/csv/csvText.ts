/** RFC 4180 CSV text: quoting on write, a strict table reader with line-numbered errors. */
import { InputFormatError } from '../../core/errors';

/**
 * Format one CSV cell: numbers in shortest round-trip form, NaN/null as an empty cell, text quoted when needed.
 * @param value - the cell value
 * @returns the cell text
 */
export function formatCsvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Format rows as CSV text with CRLF line ends (RFC 4180) and a header row.
 * @param header - column names
 * @param rows - cell values per row
 * @returns the CSV text, ending with a line break
 */
export function formatCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  const lines = [header.map(formatCsvCell).join(',')];
  for (const row of rows) lines.push(row.map(formatCsvCell).join(','));
  return lines.join('\r\n') + '\r\n';
}

/**
 * Split CSV text into rows of cells (RFC 4180: quoted cells may hold commas, quotes and line breaks).
 * @param text - the CSV text
 * @returns rows of cells; a trailing empty line is dropped
 * @throws InputFormatError `schema` for an unterminated quoted cell
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (quoted)
    throw new InputFormatError(
      'schema',
      'A quoted CSV cell is not closed (truncated file?)',
      `line ${rows.length + 1}`,
    );
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/**
 * Read a CSV table whose header must equal the expected columns.
 * @param text - the CSV text
 * @param header - expected column names, in order
 * @param what - what the file should be, for messages
 * @returns data rows (without the header), each with exactly `header.length` cells
 * @throws InputFormatError `wrong-format` for another header, `schema` for a row with the wrong cell count
 */
export function readCsvTable(text: string, header: readonly string[], what: string): string[][] {
  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  const found = rows[0]?.join(',') ?? '';
  if (found !== header.join(',')) {
    throw new InputFormatError(
      'wrong-format',
      `This is not a ${what}: expected header "${header.join(',')}", found "${found.slice(0, 120)}"`,
      'line 1',
    );
  }
  const data = rows.slice(1);
  data.forEach((r, i) => {
    if (r.length !== header.length) {
      throw new InputFormatError(
        'schema',
        `Expected ${header.length} cells, found ${r.length}`,
        `line ${i + 2}`,
      );
    }
  });
  return data;
}

/**
 * Parse a numeric cell.
 * @param cell - the cell text
 * @param where - location for the error, e.g. `line 5, column x_m`
 * @returns the number, or NaN for an empty cell
 * @throws InputFormatError `schema` for text that is not a finite number
 */
export function parseNumberCell(cell: string, where: string): number {
  if (cell === '') return NaN;
  const v = Number(cell);
  if (!Number.isFinite(v) || cell.trim() !== cell)
    throw new InputFormatError('schema', `"${cell.slice(0, 40)}" is not a finite number`, where);
  return v;
}
