import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CV_LABELS } from '../../../../shared/cv/labels';
import { visibleSections, type Cv } from '../../../../shared/cv/model';
import { CV_PAGE, layoutCv, type CvLayout, type LayoutItem, type TextItem } from './layout';
import { createMeasurer, type TextMeasurer } from './measure';
import { ARABIC_INTEREST, LONG_NAME, NKO_INTEREST, longFrenchCv, shortCv } from './test-cvs';

const FONTS_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'resources', 'fonts');
const EPSILON = 0.01;
const HEADING_ROLES = new Set(['heading', 'headingRule', 'headingAccent']);

let measurer: TextMeasurer;
beforeAll(async () => {
  measurer = await createMeasurer(FONTS_DIR);
});

const texts = (layout: CvLayout): TextItem[] => layout.pages.flatMap((page) => page.items.filter((item): item is TextItem => item.kind === 'text'));
const headings = (layout: CvLayout): string[] => texts(layout).filter((item) => item.role === 'heading').map((item) => item.text);

/** Every item inside the margins; text runs adding up to their line. */
function outsidePrintableArea(layout: CvLayout): string[] {
  const { width, height, margin } = CV_PAGE;
  const problems: string[] = [];
  for (const [pageIndex, page] of layout.pages.entries()) {
    for (const item of page.items) {
      const where = `page ${pageIndex + 1}, ${item.kind} ${item.role}${item.kind === 'text' ? ` "${item.text.slice(0, 40)}"` : ''}`;
      if (item.x < margin.left - EPSILON) problems.push(`${where}: left of the margin`);
      if (item.x + item.width > width - margin.right + EPSILON) problems.push(`${where}: right of the margin`);
      if (item.y < margin.top - EPSILON) problems.push(`${where}: above the margin`);
      if (item.y + item.height > height - margin.bottom + EPSILON) problems.push(`${where}: below the margin`);
      if (item.kind === 'text') {
        if (!(item.baseline > item.y && item.baseline < item.y + item.height)) problems.push(`${where}: baseline outside its line`);
        const first = item.runs[0];
        const last = item.runs[item.runs.length - 1];
        if (!first || !last || Math.abs(first.x - item.x) > 1e-6 || Math.abs(last.x + last.width - (item.x + item.width)) > 1e-6) problems.push(`${where}: runs do not add up`);
      }
    }
  }
  return problems;
}

/** A heading (its text, rule or accent) is never the last thing on a page: at least one line of its section follows it there. */
function headingsAloneAtBottom(layout: CvLayout): string[] {
  const problems: string[] = [];
  for (const [pageIndex, page] of layout.pages.entries()) {
    const content = page.items.filter((item) => item.role !== 'footer');
    const last = content[content.length - 1];
    if (!last || HEADING_ROLES.has(last.role)) problems.push(`page ${pageIndex + 1} ends with a heading (or is empty)`);
    content.forEach((item, i) => {
      if (item.kind !== 'text' || item.role !== 'heading') return;
      const after = content.slice(i + 1).find((next) => next.kind === 'text' && !HEADING_ROLES.has(next.role));
      if (!after) problems.push(`heading "${item.text}" alone at the bottom of page ${pageIndex + 1}`);
    });
  }
  return problems;
}

/** No two text lines of a page overlap. */
function overlaps(layout: CvLayout): string[] {
  const problems: string[] = [];
  for (const [pageIndex, page] of layout.pages.entries()) {
    const lines = page.items.filter((item): item is TextItem => item.kind === 'text');
    for (let i = 0; i < lines.length; i++) {
      for (let j = i + 1; j < lines.length; j++) {
        const a = lines[i] as TextItem;
        const b = lines[j] as TextItem;
        const apart = a.x + a.width <= b.x + EPSILON || b.x + b.width <= a.x + EPSILON || a.y + a.height <= b.y + EPSILON || b.y + b.height <= a.y + EPSILON;
        if (!apart) problems.push(`page ${pageIndex + 1}: "${a.text.slice(0, 30)}" overlaps "${b.text.slice(0, 30)}"`);
      }
    }
  }
  return problems;
}

function expectWellLaidOut(layout: CvLayout): void {
  expect([...outsidePrintableArea(layout), ...headingsAloneAtBottom(layout), ...overlaps(layout)]).toEqual([]);
}

describe('layoutCv', () => {
  for (const template of ['sober', 'modern'] as const) {
    describe(`${template} template`, () => {
      it('lays a long CV out on several pages, every line inside the printable area', () => {
        const layout = layoutCv(longFrenchCv(template), measurer, { photo: false });
        expect(layout.pages.length).toBeGreaterThanOrEqual(2);
        for (const page of layout.pages) expect(page.items.some((item) => item.kind === 'text' && item.role !== 'footer')).toBe(true);
        expectWellLaidOut(layout);
        // Numbered pages.
        expect(texts(layout).filter((item) => item.role === 'footer').map((item) => item.text)).toEqual(layout.pages.map((_, i) => `${i + 1} / ${layout.pages.length}`));
      });

      it('wraps (and shrinks) a 200-character name without a space inside the page', () => {
        const layout = layoutCv(longFrenchCv(template), measurer, { photo: true });
        const name = texts(layout).filter((item) => item.role === 'name');
        expect(name.length).toBeGreaterThan(1);
        expect(name.map((item) => item.text).join('')).toBe(`${LONG_NAME} Diop`);
        expectWellLaidOut(layout);
        const photo = layout.pages[0]?.items.find((item) => item.kind === 'photo');
        expect(photo).toBeDefined();
        for (const line of name) {
          const clear = line.x + line.width <= (photo?.x ?? 0) + EPSILON || line.x >= (photo?.x ?? 0) + (photo?.width ?? 0) - EPSILON;
          expect(clear, 'the name runs into the photo').toBe(true);
        }
      });

      it('never leaves a heading alone at the bottom of a page, whatever the length', () => {
        const cv = longFrenchCv(template);
        for (let count = 0; count <= cv.experience.length; count++) {
          for (const summary of ['', cv.summary, `${cv.summary} ${cv.summary}\n${cv.summary}`]) {
            const layout = layoutCv({ ...cv, summary, experience: cv.experience.slice(0, count) }, measurer, { photo: count % 2 === 0 });
            expectWellLaidOut(layout);
          }
        }
      });
    });
  }

  it('places only the visible sections, in the participant’s order, with the CV language’s headings', () => {
    const cv: Cv = {
      ...longFrenchCv('modern'),
      sectionOrder: ['languages', 'skills', 'experience', 'summary', 'interests', 'education', 'references', 'drivingLicence'],
      hiddenSections: ['summary', 'references'],
    };
    const labels = CV_LABELS.fr.sections;
    expect(headings(layoutCv(cv, measurer))).toEqual(['languages', 'skills', 'experience', 'interests', 'education', 'drivingLicence'].map((id) => labels[id as keyof typeof labels]));
    const english = layoutCv({ ...cv, language: 'en' }, measurer);
    expect(headings(english)).toEqual(visibleSections(cv).map((id) => CV_LABELS.en.sections[id]));
  });

  it('leaves out an empty section, heading included', () => {
    const cv: Cv = { ...shortCv(), references: [], interests: ['  '] };
    const found = headings(layoutCv(cv, measurer));
    expect(found).not.toContain(CV_LABELS.fr.sections.references);
    expect(found).not.toContain(CV_LABELS.fr.sections.interests);
    expect(found).toContain(CV_LABELS.fr.sections.skills);
  });

  it('writes periods, levels and “self-employed” in the CV language', () => {
    const cv = longFrenchCv();
    const french = texts(layoutCv(cv, measurer)).map((item) => item.text);
    expect(french).toContain('janvier\u00a02000 –');
    expect(french.some((line) => line.includes('aujourd’hui'))).toBe(true);
    expect(french).toContain('Courant (C1)');
    expect(french).toContain('Langue maternelle'); // no CEFR level for a mother tongue
    expect(french).toContain('Intermédiaire'); // CEFR not asked for
    expect(french.some((line) => line.startsWith('À mon compte'))).toBe(true);
    const english = texts(layoutCv({ ...cv, language: 'en' }, measurer)).map((item) => item.text);
    expect(english).toContain('January\u00a02000 –');
    expect(english.some((line) => line.includes('present'))).toBe(true);
    expect(english).toContain('Fluent (C1)');
    expect(english).toContain('Native speaker');
    expect(english.some((line) => line.startsWith('Self-employed'))).toBe(true);
    expect(english.join('\n')).not.toMatch(/janvier|aujourd’hui|Courant|À mon compte/);
  });

  it('sets Arabic and N’Ko interests in their own fonts', () => {
    const layout = layoutCv(longFrenchCv(), measurer);
    const runs = texts(layout).flatMap((item) => item.runs);
    expect(runs).toContainEqual(expect.objectContaining({ text: ARABIC_INTEREST, face: 'arabic' }));
    expect(runs).toContainEqual(expect.objectContaining({ text: NKO_INTEREST, face: 'nko' }));
    expect(runs.filter((run) => run.face !== 'arabic' && run.face !== 'arabicBold').some((run) => /[\u0600-\u06ff]/.test(run.text))).toBe(false);
  });

  it('wraps a long task inside its column and keeps every word', () => {
    const cv = longFrenchCv();
    const task = cv.experience[0]?.tasks[1] ?? '';
    const layout = layoutCv(cv, measurer);
    const lines = texts(layout).filter((item) => item.role === 'body');
    const start = lines.findIndex((item) => task.startsWith(item.text));
    expect(start).toBeGreaterThanOrEqual(0);
    const wrapped = lines.slice(start, start + 2);
    expect(wrapped.map((item) => item.text).join(' ')).toBe(task);
    expect(wrapped[1]?.x).toBe(wrapped[0]?.x);
  });

  it('draws the band and the accents of the modern template in light and dark colours only', () => {
    const layout = layoutCv(shortCv('modern'), measurer, { photo: true });
    const items: LayoutItem[] = layout.pages.flatMap((page) => page.items);
    const band = items.find((item) => item.role === 'band');
    expect(band?.kind).toBe('box');
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    if (band?.kind === 'box') expect(luminance(band.color)).toBeGreaterThan(0.75);
    // Text is dark: at least 7:1 against white (and so against the light band, once printed in grey).
    for (const item of texts(layout)) expect((1.05 / (luminance(item.color) + 0.05)), item.text).toBeGreaterThan(7);
  });
});
