/**
 * CSV as RFC 4180 writes it (fields quoted when they hold a separator, a
 * quote or a line break; quotes doubled; CRLF between records), with what
 * spreadsheets need besides:
 * - a UTF-8 byte order mark first, or Excel reads "Koné" as "KonÃ©";
 * - text that starts like a formula (= + - @, tab, carriage return) gets a
 *   leading apostrophe, so a name typed as "=HYPERLINK(…)" stays text
 *   (OWASP's advice against CSV injection). Numbers are written as numbers.
 * - a separator to match the reader's Excel: French Excel splits on ';'
 *   (the comma is its decimal sign), English Excel on ','.
 */

export type CsvValue = string | number | null;

export interface CsvStyle {
  /** Between fields. */
  separator: ',' | ';';
  /** In numbers with a fraction. */
  decimal: '.' | ',';
}

export const CSV_STYLES = {
  /** Excel in French (and most of continental Europe and North Africa). */
  fr: { separator: ';', decimal: ',' },
  /** Excel in English; also plain RFC 4180. */
  en: { separator: ',', decimal: '.' },
} as const satisfies Record<string, CsvStyle>;

export const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r\n]/;
/** Quoted when present: either separator (so the file reads the same whichever is chosen), a quote, a line break. */
const NEEDS_QUOTES = /[",;\r\n]/;

/** Text that a spreadsheet would run as a formula, made inert with a leading apostrophe. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field: '' for null, numbers with the style's decimal sign, text neutralised and quoted when needed. */
export function csvField(value: CsvValue, style: CsvStyle): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const text = String(value);
    return style.decimal === '.' ? text : text.replace('.', style.decimal);
  }
  const text = neutraliseFormula(value);
  if (!NEEDS_QUOTES.test(text) && !text.includes(style.separator)) return text;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvRecord(values: readonly CsvValue[], style: CsvStyle): string {
  return values.map((value) => csvField(value, style)).join(style.separator);
}

/** The whole file: the BOM, then one record per row, each ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvValue[])[], style: CsvStyle): string {
  return UTF8_BOM + rows.map((row) => `${csvRecord(row, style)}\r\n`).join('');
}

/**
 * Reads CSV text back into rows (RFC 4180, the BOM skipped): for tests and
 * checks, not a general importer.
 */
export function parseCsv(text: string, separator: CsvStyle['separator']): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.startsWith(UTF8_BOM) ? 1 : 0;
  for (; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
