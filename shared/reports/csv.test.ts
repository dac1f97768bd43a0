import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_STYLES, csvField, csvRecord, neutraliseFormula, parseCsv, toCsv, UTF8_BOM } from './csv';

const en = CSV_STYLES.en;
const fr = CSV_STYLES.fr;

describe('CSV writing', () => {
  it('leaves plain text and accents alone', () => {
    expect(csvField('Koné', en)).toBe('Koné');
    expect(csvField('Ouédraogo Aïssatou', fr)).toBe('Ouédraogo Aïssatou');
    expect(csvField('Côte d’Ivoire', en)).toBe('Côte d’Ivoire');
    expect(csvField(null, en)).toBe('');
  });

  it('quotes separators, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('Diallo, Ibrahima', en)).toBe('"Diallo, Ibrahima"');
    expect(csvField('Diallo; Ibrahima', fr)).toBe('"Diallo; Ibrahima"');
    // Either separator is quoted, whichever the file uses.
    expect(csvField('a,b', fr)).toBe('"a,b"');
    expect(csvField('Cohorte "Printemps"', en)).toBe('"Cohorte ""Printemps"""');
    expect(csvField('ligne 1\nligne 2', en)).toBe('"ligne 1\nligne 2"');
    expect(csvField('a\r\nb', en)).toBe('"a\r\nb"');
  });

  it('makes formula-like text inert, and writes numbers as numbers', () => {
    expect(neutraliseFormula('=HYPERLINK("http://x","clic")')).toBe('\'=HYPERLINK("http://x","clic")');
    expect(csvField('=1+1', en)).toBe("'=1+1");
    expect(csvField('+212 600', en)).toBe("'+212 600");
    expect(csvField('-2+3', en)).toBe("'-2+3");
    expect(csvField('@SUM(A1)', en)).toBe("'@SUM(A1)");
    expect(csvField('\t=1', en)).toBe("'\t=1");
    expect(csvField('=A1,B1', en)).toBe('"\'=A1,B1"');
    expect(csvField('Jean-Paul', en)).toBe('Jean-Paul');
    expect(csvField(-3, en)).toBe('-3');
    expect(csvField(24.5, en)).toBe('24.5');
    expect(csvField(24.5, fr)).toBe('24,5');
    expect(csvField(Number.NaN, en)).toBe('');
  });

  it('starts the file with a BOM and ends every record with CRLF', () => {
    const text = toCsv([['Nom', 'Pays'], ['Koné', 'Côte d’Ivoire']], fr);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(text).toBe(`${UTF8_BOM}Nom;Pays\r\nKoné;Côte d’Ivoire\r\n`);
    const bytes = new TextEncoder().encode(text);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvRecord(['a', 1, null], en)).toBe('a,1,');
  });

  it('reads back exactly what was written, whatever the text (formula starts aside)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', ',', ';', '"', '\n', '\r', ' ', 'ß', '’') });
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), fc.constantFrom(en, fr), (rows, style) => {
        const back = parseCsv(toCsv(rows, style), style.separator);
        expect(back).toEqual(rows.map((row) => row.map((value) => neutraliseFormula(value))));
      }),
    );
  });
});
