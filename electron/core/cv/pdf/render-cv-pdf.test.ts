import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CV_LABELS } from '../../../../shared/cv/labels';
import type { Cv } from '../../../../shared/cv/model';
import { decodeJpegDataUrl, renderCvPdf } from './render-cv-pdf';
import { ARABIC_INTEREST, LONG_NAME, PHOTO_DATA_URL, longFrenchCv, shortCv } from './test-cvs';

const FONTS_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'resources', 'fonts');

interface ReadBack {
  /** Each page's text, one line of the PDF per line. */
  pages: string[];
  /** Every line, all pages. */
  lines: string[];
  info: Record<string, unknown>;
  /** The file as Latin-1 text, to look at its (uncompressed) object dictionaries. */
  raw: string;
}

/** Reads a PDF back with pdf.js, as a viewer would. */
async function readPdf(pdf: Buffer): Promise<ReadBack> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
    }
    const { info } = await document.getMetadata();
    return { pages, lines: pages.flatMap((page) => page.split('\n').map((line) => line.trim())), info: info as Record<string, unknown>, raw: pdf.toString('latin1') };
  } finally {
    await document.destroy();
  }
}

const headingLines = (read: ReadBack, language: Cv['language']) => read.lines.filter((line) => (Object.values(CV_LABELS[language].sections) as string[]).includes(line));

describe('renderCvPdf', () => {
  let french: ReadBack;
  let frenchPdf: Buffer;
  beforeAll(async () => {
    frenchPdf = await renderCvPdf(longFrenchCv('sober'), { fontsDir: FONTS_DIR });
    french = await readPdf(frenchPdf);
  });

  it('produces a multi-page PDF of real text in the CV’s language', () => {
    expect(frenchPdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(french.pages.length).toBeGreaterThanOrEqual(2);
    const text = french.pages.join('\n');
    for (const heading of ['Profil', 'Expérience professionnelle', 'Formation', 'Compétences', 'Langues', 'Centres d’intérêt', 'Références']) expect(french.lines).toContain(heading);
    for (const month of ['janvier', 'février', 'mars', 'août', 'décembre']) expect(text).toContain(month);
    expect(text).toContain('aujourd’hui');
    expect(text).toContain('À mon compte');
    expect(text).toContain('Courant (C1)');
    // Accents and ligatures come back as written.
    expect(text).toContain('Ferme des Œillets');
    expect(text).toContain('Supérette Çà et là');
    expect(text).toContain('« à plat »');
    expect(text).toMatch(/Téléphone\s:\s\+221\s77\s123\s45\s67/);
    // The long name, wrapped over several lines, is all there.
    expect(text.replace(/\s/g, '')).toContain(LONG_NAME);
    // The last page is not empty.
    expect(french.pages[french.pages.length - 1]?.trim()).not.toBe('');
  });

  it('draws Arabic words that a reader gets back as written', () => {
    // pdf.js puts a right-to-left glyph run back in logical order: the word comes back as written only if it was drawn right to left,
    // and without stray characters only if the glyphs that stand for no letter (the separate dots) map to nothing visible.
    const text = french.pages.join('\n');
    expect(text).toContain(ARABIC_INTEREST);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });

  it('embeds the Noto fonts and never uses Helvetica', () => {
    const { raw } = french;
    expect(raw).not.toMatch(/Helvetica/);
    expect(raw).toMatch(/\/FontFile2 /);
    for (const name of ['NotoSans-Regular', 'NotoSans-Bold', 'NotoSansArabic-Regular', 'NotoSansNKo-Regular']) expect(raw).toMatch(new RegExp(`/FontName /[A-Z]{6}\\+${name}\\b`));
    expect(raw).not.toMatch(/\/Subtype \/Type1/);
  });

  it('sets the title, language and creator', () => {
    expect(french.info.Title).toBe(`CV – ${LONG_NAME} Diop`);
    expect(french.info.Creator).toBe('Foras Atelier');
    expect(french.raw).toContain('/Lang (fr)');
  });

  it('writes an English CV with English headings and months, and no French heading', async () => {
    const english = await readPdf(await renderCvPdf({ ...longFrenchCv('sober'), language: 'en' }, { fontsDir: FONTS_DIR }));
    const text = english.pages.join('\n');
    for (const heading of ['Profile', 'Work experience', 'Education and training', 'Skills', 'Languages', 'Interests', 'References']) expect(english.lines).toContain(heading);
    for (const month of ['January', 'February', 'March', 'August', 'December']) expect(text).toContain(month);
    expect(text).toContain('present');
    expect(headingLines(english, 'fr')).toEqual([]);
    expect(text).not.toMatch(/janvier|février|aujourd’hui|À mon compte/);
    expect(english.raw).toContain('/Lang (en)');
  });

  it('leaves hidden sections out and follows the section order', async () => {
    const cv: Cv = {
      ...shortCv('modern'),
      sectionOrder: ['languages', 'interests', 'education', 'summary', 'experience', 'skills', 'references', 'drivingLicence'],
      hiddenSections: ['summary', 'skills', 'references'],
    };
    const read = await readPdf(await renderCvPdf(cv, { fontsDir: FONTS_DIR }));
    const labels = CV_LABELS.fr.sections;
    expect(headingLines(read, 'fr')).toEqual([labels.languages, labels.interests, labels.education, labels.experience, labels.drivingLicence]);
    const text = read.pages.join('\n');
    expect(text).not.toContain('Couturière expérimentée'); // the summary
    expect(text).not.toContain('Broderie'); // a skill
    expect(text).not.toContain('Mme Fatou Fall'); // a reference
  });

  it('draws both templates, with and without the photo', async () => {
    for (const template of ['sober', 'modern'] as const) {
      const withPhoto = await renderCvPdf(shortCv(template), { fontsDir: FONTS_DIR });
      const withoutPhoto = await renderCvPdf(shortCv(template), { fontsDir: FONTS_DIR, photo: false });
      expect(withPhoto.toString('latin1')).toMatch(/\/Subtype \/Image/);
      expect(withPhoto.toString('latin1')).toMatch(/\/Filter \/DCTDecode/);
      expect(withoutPhoto.toString('latin1')).not.toMatch(/\/Subtype \/Image/);
      const read = await readPdf(withPhoto);
      expect(read.lines).toContain('Aïssatou Diop');
      expect(read.raw).not.toMatch(/Helvetica/);
    }
  });

  it('prints no photo when the data is not a readable JPEG', async () => {
    expect(decodeJpegDataUrl(PHOTO_DATA_URL)).not.toBeNull();
    expect(decodeJpegDataUrl(null)).toBeNull();
    expect(decodeJpegDataUrl('data:image/jpeg;base64,AAAA')).toBeNull();
    const cv = shortCv();
    const pdf = await renderCvPdf({ ...cv, identity: { ...cv.identity, photo: 'data:image/jpeg;base64,/9j/AAAA' } }, { fontsDir: FONTS_DIR });
    expect(pdf.toString('latin1')).not.toMatch(/\/Subtype \/Image/);
  });

  it('makes a PDF of an empty draft, in Noto Sans only', async () => {
    const empty: Cv = { ...shortCv(), identity: { firstName: '', lastName: '', photo: null }, targetJob: '', summary: '', experience: [], education: [], skills: [], languages: [], drivingLicence: '', interests: [], references: [], contact: { phone: '', email: '', city: '', country: '' } };
    const pdf = await renderCvPdf(empty, { fontsDir: FONTS_DIR });
    const read = await readPdf(pdf);
    expect(read.pages).toHaveLength(1);
    expect(read.info.Title).toBe('CV');
    expect(read.raw).not.toMatch(/Helvetica/);
  });

  it('fails clearly when the fonts are missing', async () => {
    await expect(renderCvPdf(shortCv(), { fontsDir: join(FONTS_DIR, 'missing') })).rejects.toThrow(/ENOENT/);
  });
});
