import { countryName } from '../../../../shared/domain/countries';
import { formatPhone } from '../../../../shared/domain/phone';
import { CV_LABELS, formatPeriod, type CvLabels } from '../../../../shared/cv/labels';
import { CEFR_FOR_LEVEL, visibleSections, type Cv, type Education, type Experience, type SectionId } from '../../../../shared/cv/model';
import { glue } from '../../pdf/french-typography';
import { measureLine, type MeasuredRun, type TextMeasurer } from './measure';
import type { TextStyle } from './text-runs';

/**
 * The CV as positioned data: pages of text lines, rules, boxes and the
 * photo, in PDF points from the page's top-left corner. Pure: the only
 * outside input is the measurer (backed by the real fonts), so tests check
 * the layout without reading PDFs, and render-cv-pdf.ts only draws it.
 */

export interface PageGeometry {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** A4 portrait. Everything is placed inside the margins. */
export const CV_PAGE: PageGeometry = { width: 595.28, height: 841.89, margin: { top: 48, right: 50, bottom: 42, left: 50 } };

export type ItemRole =
  | 'band'
  | 'photo'
  | 'name'
  | 'targetJob'
  | 'contact'
  | 'heading'
  | 'headingRule'
  | 'headingAccent'
  | 'period'
  | 'title'
  | 'subtitle'
  | 'bullet'
  | 'body'
  | 'footer';

export interface TextItem {
  kind: 'text';
  role: ItemRole;
  /** The line as written (logical order), for tests and search. */
  text: string;
  /** Top-left of the line box; the glyphs sit on `baseline`. */
  x: number;
  y: number;
  width: number;
  height: number;
  baseline: number;
  size: number;
  color: string;
  /** Runs by font, left to right, with absolute x. */
  runs: MeasuredRun[];
}

export interface RuleItem {
  kind: 'rule';
  role: ItemRole;
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
}

export interface BoxItem {
  kind: 'box';
  role: ItemRole;
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  radius: number;
}

/** The participant's photo, cropped to fill the box. */
export interface PhotoItem {
  kind: 'photo';
  role: 'photo';
  x: number;
  y: number;
  width: number;
  height: number;
}

export type LayoutItem = TextItem | RuleItem | BoxItem | PhotoItem;

export interface LayoutPage {
  /** In drawing order (backgrounds first; the footer, if any, comes first too). */
  items: LayoutItem[];
}

export interface CvLayout {
  page: PageGeometry;
  pages: LayoutPage[];
}

export interface LayoutOptions {
  /** Whether to leave room for (and place) the photo. */
  photo: boolean;
}

interface Theme {
  text: string;
  muted: string;
  name: string;
  heading: string;
  rule: string;
  ruleHeight: number;
  /** Light background behind the header (dark text on it), or none. */
  band: string | null;
  accent: string | null;
}

// Modern: dark teal on white and on a very light tint, so a black-and-white
// print keeps dark text on white or on a pale grey.
const THEMES: Record<Cv['template'], Theme> = {
  sober: { text: '#000000', muted: '#000000', name: '#000000', heading: '#000000', rule: '#000000', ruleHeight: 0.6, band: null, accent: null },
  modern: { text: '#1a1a1a', muted: '#24343a', name: '#0b3b47', heading: '#0b4a5a', rule: '#0b4a5a', ruleHeight: 0.9, band: '#e3eef0', accent: '#0b4a5a' },
};

const LINE_HEIGHT = 1.32;
/** Baseline below the top of the line box (Noto Sans: ascender 1.069 em, accented capitals ~0.93 em). */
const ASCENT = 1.02;
const lineHeight = (size: number) => size * LINE_HEIGHT;

const BODY = 10;
const SMALL = 9.5;
const TITLE = 10.5;
const HEADING = 12;
const NAME = 24;
const NAME_MIN = 13;
const TARGET_JOB = 13;
const CONTACT = 9.5;
const FOOTER = 8;
const FOOTER_ZONE = 16;

const DATE_WIDTH = 104;
const COLUMN_GAP = 14;
const BULLET_INDENT = 11;
const PHOTO = { width: 76, height: 95 };
const BAND_PADDING = 16;

const SECTION_GAP = 15;
const ENTRY_GAP = 8;

/** One line of a row, before placement. */
interface Cell {
  role: ItemRole;
  text: string;
  x: number;
  style: TextStyle;
  size: number;
  color: string;
}

/** A piece that is never split across pages: a line, a row of lines, the header. */
interface Block {
  height: number;
  /** Positions relative to the block's top. */
  items: LayoutItem[];
  /** Space above, dropped at the top of a page. */
  spaceBefore: number;
  /** Kept on the same page as the next block (headings, entry titles). */
  keepWithNext: boolean;
}

class Builder {
  readonly labels: CvLabels;
  readonly theme: Theme;
  readonly left = CV_PAGE.margin.left;
  readonly right = CV_PAGE.width - CV_PAGE.margin.right;
  readonly width = CV_PAGE.width - CV_PAGE.margin.left - CV_PAGE.margin.right;

  constructor(
    readonly cv: Cv,
    readonly measurer: TextMeasurer,
  ) {
    this.labels = CV_LABELS[cv.language];
    this.theme = THEMES[cv.template];
  }

  /** Lines of `text` no wider than `maxWidth`: broken at spaces and line breaks, inside a word only when the word alone is too wide. */
  wrap(text: string, style: TextStyle, size: number, maxWidth: number): string[] {
    const lines: string[] = [];
    for (const paragraph of normalise(text).split('\n')) {
      const words = glue(paragraph.split(' ').filter(Boolean));
      if (words.length === 0) continue;
      const space = this.measurer.width(' ', style === 'bold' ? 'sansBold' : 'sans', size);
      let line: string[] = [];
      let lineWidth = 0;
      const flush = () => {
        if (line.length > 0) lines.push(...this.fit(line, style, size, maxWidth));
        line = [];
        lineWidth = 0;
      };
      for (const word of words) {
        const width = this.lineWidth(word, style, size);
        if (width > maxWidth) {
          flush();
          const pieces = this.breakWord(word, style, size, maxWidth);
          const last = pieces.pop() ?? '';
          lines.push(...pieces);
          line = [last];
          lineWidth = this.lineWidth(last, style, size);
        } else if (line.length > 0 && lineWidth + space + width <= maxWidth) {
          line.push(word);
          lineWidth += space + width;
        } else {
          flush();
          line = [word];
          lineWidth = width;
        }
      }
      flush();
    }
    return lines;
  }

  /** Words summed with spaces can differ from the measured line by a kerning pair: move the last words on if so. */
  private fit(words: string[], style: TextStyle, size: number, maxWidth: number): string[] {
    const lines: string[] = [];
    let rest = words;
    while (rest.length > 0) {
      let count = rest.length;
      while (count > 1 && this.lineWidth(rest.slice(0, count).join(' '), style, size) > maxWidth) count--;
      lines.push(rest.slice(0, count).join(' '));
      rest = rest.slice(count);
    }
    return lines;
  }

  /** A word wider than the line, cut between characters (never inside a character and its combining marks). */
  private breakWord(word: string, style: TextStyle, size: number, maxWidth: number): string[] {
    const clusters = word.match(/\P{M}\p{M}*|\p{M}+/gu) ?? [word];
    const pieces: string[] = [];
    let start = 0;
    while (start < clusters.length) {
      // Grow a piece cluster by cluster (estimated), then check it measured as a whole.
      let end = start + 1;
      let estimate = this.lineWidth(clusters[start] ?? '', style, size);
      while (end < clusters.length) {
        const next = this.lineWidth(clusters[end] ?? '', style, size);
        if (estimate + next > maxWidth) break;
        estimate += next;
        end++;
      }
      while (end - start > 1 && this.lineWidth(clusters.slice(start, end).join(''), style, size) > maxWidth) end--;
      pieces.push(clusters.slice(start, end).join(''));
      start = end;
    }
    return pieces;
  }

  lineWidth(text: string, style: TextStyle, size: number): number {
    return measureLine(text, style, size, this.measurer).width;
  }

  /** Wrapped lines as cells at `x`. */
  cells(text: string, spec: Omit<Cell, 'text' | 'x'>, x: number, maxWidth: number): Cell[] {
    return this.wrap(text, spec.style, spec.size, maxWidth).map((line) => ({ ...spec, text: line, x }));
  }

  /** A positioned text line. */
  textItem(cell: Cell, y: number, align: 'left' | 'right' = 'left'): TextItem {
    const measured = measureLine(cell.text, cell.style, cell.size, this.measurer);
    const x = align === 'right' ? cell.x - measured.width : cell.x;
    return {
      kind: 'text',
      role: cell.role,
      text: cell.text,
      x,
      y,
      width: measured.width,
      height: lineHeight(cell.size),
      baseline: y + cell.size * ASCENT,
      size: cell.size,
      color: cell.color,
      runs: measured.runs.map((run) => ({ ...run, x: x + run.x })),
    };
  }

  /** Cells side by side on one baseline. */
  row(cells: Cell[], spaceBefore = 0): Block {
    const ascent = Math.max(...cells.map((cell) => cell.size * ASCENT));
    const height = Math.max(...cells.map((cell) => lineHeight(cell.size)));
    const items = cells.map((cell) => this.textItem(cell, ascent - cell.size * ASCENT));
    return { height, items, spaceBefore, keepWithNext: false };
  }

  /** Columns of lines zipped into rows: row k holds line k of every column. */
  rows(columns: Cell[][], spaceBefore: number): Block[] {
    const count = Math.max(0, ...columns.map((column) => column.length));
    const blocks: Block[] = [];
    for (let k = 0; k < count; k++) {
      const cells = columns.map((column) => column[k]).filter((cell): cell is Cell => cell !== undefined);
      blocks.push(this.row(cells, k === 0 ? spaceBefore : 0));
    }
    return blocks;
  }

  // ——— Header ———

  header(photo: boolean): Block {
    const { theme, cv } = this;
    const band = theme.band !== null;
    const padding = band ? BAND_PADDING : 0;
    const items: LayoutItem[] = [];
    const photoBox = photo ? { ...PHOTO, x: band ? this.left + padding : this.right - PHOTO.width, y: padding } : null;
    const textX = this.left + padding + (photoBox && band ? PHOTO.width + 18 : 0);
    const textWidth = this.width - 2 * padding - (photoBox ? PHOTO.width + 18 : 0);

    const cells: Array<{ cell: Cell; gap: number }> = [];
    const name = [cv.identity.firstName.trim(), cv.identity.lastName.trim()].filter(Boolean).join(' ');
    if (name) {
      const size = this.fitSize(name, 'bold', NAME, NAME_MIN, textWidth);
      for (const cell of this.cells(name, { role: 'name', style: 'bold', size, color: theme.name }, textX, textWidth)) cells.push({ cell, gap: 0 });
    }
    const job = this.cells(cv.targetJob, { role: 'targetJob', style: 'regular', size: TARGET_JOB, color: theme.name }, textX, textWidth);
    job.forEach((cell, i) => cells.push({ cell, gap: i === 0 && cells.length > 0 ? 2 : 0 }));
    this.contactLines(textWidth).forEach((line, i) => {
      const cell: Cell = { role: 'contact', text: line, x: textX, style: 'regular', size: CONTACT, color: theme.text };
      cells.push({ cell, gap: i === 0 && cells.length > 0 ? 7 : 0 });
    });

    let y = padding;
    const texts: TextItem[] = [];
    for (const { cell, gap } of cells) {
      y += gap;
      texts.push(this.textItem(cell, y));
      y += lineHeight(cell.size);
    }
    const contentHeight = Math.max(y - padding, photoBox ? PHOTO.height : 0);
    const height = contentHeight + 2 * padding;
    if (band && theme.band) items.push({ kind: 'box', role: 'band', x: this.left, y: 0, width: this.width, height, color: theme.band, radius: 4 });
    if (photoBox) items.push({ kind: 'photo', role: 'photo', ...photoBox });
    items.push(...texts);
    return { height, items, spaceBefore: 0, keepWithNext: false };
  }

  /** The largest size ≤ `size` (not below `min`) at which every word of `text` fits `maxWidth`. */
  fitSize(text: string, style: TextStyle, size: number, min: number, maxWidth: number): number {
    const widest = Math.max(0, ...normalise(text).split(/[\s]+/).map((word) => this.lineWidth(word, style, size)));
    if (widest <= maxWidth) return size;
    return Math.max(min, Math.floor(((size * maxWidth) / widest) * 10) / 10);
  }

  /** Phone, e-mail and place: on one line when they fit, else one per line. */
  contactLines(maxWidth: number): string[] {
    const { cv, labels } = this;
    const labelled = (label: string, value: string) => `${label}${cv.language === 'fr' ? '\u00a0:' : ':'} ${value}`;
    const items: string[] = [];
    const phone = cv.contact.phone.trim();
    // No-break spaces keep a phone number on one line.
    if (phone) items.push(labelled(labels.phone, formatPhone(phone).replaceAll(' ', '\u00a0')));
    const email = cv.contact.email.trim();
    if (email) items.push(labelled(labels.email, email));
    const place = [cv.contact.city.trim(), cv.contact.country ? countryName(cv.contact.country, cv.language) : ''].filter(Boolean).join(', ');
    if (place) items.push(place);
    const joined = items.join('   ·   ');
    if (items.length === 0) return [];
    if (this.lineWidth(joined, 'regular', CONTACT) <= maxWidth) return [joined];
    return items.flatMap((item) => this.wrap(item, 'regular', CONTACT, maxWidth));
  }

  // ——— Sections ———

  heading(section: SectionId): Block {
    const { theme } = this;
    const indent = theme.accent ? 10 : 0;
    const text = this.textItem({ role: 'heading', text: this.labels.sections[section], x: this.left + indent, style: 'bold', size: HEADING, color: theme.heading }, 0);
    // Headings are short, but a very long label would still be kept inside the line.
    const items: LayoutItem[] = [];
    if (theme.accent) items.push({ kind: 'box', role: 'headingAccent', x: this.left, y: text.baseline - HEADING * 0.78, width: 4, height: HEADING * 0.86, color: theme.accent, radius: 1 });
    items.push(text);
    const ruleY = text.y + text.height + 1;
    items.push({ kind: 'rule', role: 'headingRule', x: this.left, y: ruleY, width: this.width, height: theme.ruleHeight, color: theme.rule });
    return { height: ruleY + theme.ruleHeight + 7, items, spaceBefore: SECTION_GAP, keepWithNext: true };
  }

  section(section: SectionId): Block[] {
    const { cv } = this;
    switch (section) {
      case 'summary':
        return this.paragraphs(cv.summary);
      case 'experience':
        return cv.experience.flatMap((entry, i) => this.experience(entry, i === 0));
      case 'education':
        return cv.education.flatMap((entry, i) => this.education(entry, i === 0));
      case 'skills':
        return this.bullets(cv.skills);
      case 'languages':
        return this.languages();
      case 'drivingLicence':
        return this.paragraphs(cv.drivingLicence);
      case 'interests':
        return this.bullets(cv.interests);
      case 'references':
        return this.references();
    }
  }

  /** Whether a section has anything to show (an empty one is left out, heading included). */
  hasContent(section: SectionId): boolean {
    const { cv } = this;
    const filled = (texts: string[]) => texts.some((text) => text.trim() !== '');
    switch (section) {
      case 'summary':
        return filled([cv.summary]);
      case 'experience':
        return cv.experience.some((e) => filled([e.role, e.employer, e.place, e.start, e.end, ...e.tasks]) || e.selfEmployed || e.current);
      case 'education':
        return cv.education.some((e) => filled([e.title, e.institution, e.place, e.start, e.end, e.details]));
      case 'skills':
        return filled(cv.skills);
      case 'languages':
        return filled(cv.languages.map((language) => language.name));
      case 'drivingLicence':
        return filled([cv.drivingLicence]);
      case 'interests':
        return filled(cv.interests);
      case 'references':
        return cv.references.some((reference) => filled([reference.name, reference.relation, reference.phone]));
    }
  }

  paragraphs(text: string): Block[] {
    const spec = { role: 'body', style: 'regular', size: BODY, color: this.theme.text } as const;
    return normalise(text)
      .split('\n')
      .flatMap((paragraph, i) => keepLines(this.cells(paragraph, spec, this.left, this.width).map((cell, k) => this.row([cell], k === 0 && i > 0 ? 3 : 0))));
  }

  /**
   * An experience or a training: dates on the left; title, where, then
   * groups of detail lines (a task, a paragraph) on the right. Row k holds
   * line k of both columns.
   */
  entry(period: string, title: string, subtitle: string, groups: Cell[][][], first: boolean): Block[] {
    const { theme } = this;
    const textX = this.left + DATE_WIDTH + COLUMN_GAP;
    const textWidth = this.width - DATE_WIDTH - COLUMN_GAP;
    const dates = this.cells(period, { role: 'period', style: 'regular', size: SMALL, color: theme.muted }, this.left, DATE_WIDTH);
    const head = [
      ...this.cells(title, { role: 'title', style: 'bold', size: TITLE, color: theme.text }, textX, textWidth),
      ...this.cells(subtitle, { role: 'subtitle', style: 'regular', size: BODY, color: theme.muted }, textX, textWidth),
    ];
    const lines: Cell[][] = [...head.map((cell) => [cell]), ...groups.flat()];
    const blocks: Block[] = [];
    const count = Math.max(lines.length, dates.length);
    for (let k = 0; k < count; k++) {
      const date = dates[k];
      const cells = [...(date ? [date] : []), ...(lines[k] ?? [])];
      // A little air between the head and the details.
      const spaceBefore = k === 0 ? (first ? 0 : ENTRY_GAP) : k === head.length && k < lines.length ? 2 : 0;
      blocks.push(this.row(cells, spaceBefore));
    }
    // The head (and the dates) stay together and with the first details; each group keeps its first and last two lines together.
    keepAll(blocks.slice(0, Math.max(head.length + 1, dates.length)));
    let start = head.length;
    for (const group of groups) {
      keepLines(blocks.slice(start, start + group.length));
      start += group.length;
    }
    return blocks;
  }

  experience(entry: Experience, first: boolean): Block[] {
    const { labels, cv } = this;
    const employer = entry.employer.trim();
    const organisation = entry.selfEmployed ? (employer ? `${employer} (${labels.selfEmployed})` : labels.selfEmployed) : employer;
    let title = entry.role.trim();
    let subtitle = [organisation, entry.place.trim()].filter(Boolean).join(', ');
    if (!title) [title, subtitle] = [subtitle, ''];
    const textX = this.left + DATE_WIDTH + COLUMN_GAP;
    const textWidth = this.width - DATE_WIDTH - COLUMN_GAP;
    const tasks = entry.tasks.filter((task) => task.trim() !== '').map((task) => this.bulletLines(task, textX, textWidth));
    return this.entry(unbreakableMonths(formatPeriod(entry.start, entry.end, entry.current, cv.language)), title, subtitle, tasks, first);
  }

  education(entry: Education, first: boolean): Block[] {
    const textX = this.left + DATE_WIDTH + COLUMN_GAP;
    const textWidth = this.width - DATE_WIDTH - COLUMN_GAP;
    let title = entry.title.trim();
    let subtitle = [entry.institution.trim(), entry.place.trim()].filter(Boolean).join(', ');
    if (!title) [title, subtitle] = [subtitle, ''];
    const spec = { role: 'body', style: 'regular', size: BODY, color: this.theme.text } as const;
    const details = normalise(entry.details)
      .split('\n')
      .map((paragraph) => this.cells(paragraph, spec, textX, textWidth).map((cell) => [cell]))
      .filter((group) => group.length > 0);
    return this.entry(unbreakableMonths(formatPeriod(entry.start, entry.end, false, this.cv.language)), title, subtitle, details, first);
  }

  /** A bulleted item: the bullet on its first line, the text hanging. */
  bulletLines(text: string, x: number, width: number): Cell[][] {
    const { theme } = this;
    const lines = this.cells(text, { role: 'body', style: 'regular', size: BODY, color: theme.text }, x + BULLET_INDENT, width - BULLET_INDENT);
    return lines.map((cell, i) => (i === 0 ? [{ role: 'bullet', text: '•', x: x + 1, style: 'regular', size: BODY, color: theme.heading }, cell] : [cell]));
  }

  /** Short items (skills, interests) in two columns, read top to bottom, when each fits on one line; else one column. */
  bullets(items: string[]): Block[] {
    const texts = items.map((item) => item.trim()).filter(Boolean);
    const half = (this.width - COLUMN_GAP) / 2;
    const twoColumns = texts.length > 2 && texts.every((text) => this.lineWidth(text, 'regular', BODY) <= half - BULLET_INDENT);
    if (!twoColumns) return keepShortList(texts.flatMap((text) => keepLines(this.bulletLines(text, this.left, this.width).map((cells) => this.row(cells)))));
    const blocks: Block[] = [];
    const rowCount = Math.ceil(texts.length / 2);
    for (let k = 0; k < rowCount; k++) {
      const pair = [texts[k], texts[k + rowCount]].filter((text): text is string => text !== undefined);
      const cells = pair.flatMap((text, column) => this.bulletLines(text, this.left + column * (half + COLUMN_GAP), half)[0] ?? []);
      blocks.push(this.row(cells));
    }
    return keepShortList(keepLines(blocks));
  }

  languages(): Block[] {
    const { theme, labels } = this;
    const nameWidth = 150;
    const levelX = this.left + nameWidth + COLUMN_GAP;
    const blocks = this.cv.languages
      .filter((language) => language.name.trim() !== '')
      .flatMap((language) => {
        const cefr = CEFR_FOR_LEVEL[language.level];
        const level = labels.levels[language.level] + (language.showCefr && cefr !== null ? ` (${cefr})` : '');
        const names = this.cells(language.name, { role: 'title', style: 'bold', size: BODY, color: theme.text }, this.left, nameWidth);
        const levels = this.cells(level, { role: 'body', style: 'regular', size: BODY, color: theme.text }, levelX, this.right - levelX);
        return keepAll(this.rows([names, levels], 0));
      });
    return keepShortList(blocks);
  }

  references(): Block[] {
    const { theme, labels, cv } = this;
    return cv.references.flatMap((reference, i) => {
      const phone = reference.phone.trim();
      const lines = [
        ...this.cells(reference.name, { role: 'title', style: 'bold', size: BODY, color: theme.text }, this.left, this.width),
        ...this.cells(reference.relation, { role: 'subtitle', style: 'regular', size: BODY, color: theme.muted }, this.left, this.width),
        ...(phone
          ? this.cells(`${labels.phone}${cv.language === 'fr' ? '\u00a0:' : ':'} ${formatPhone(phone).replaceAll(' ', '\u00a0')}`, { role: 'body', style: 'regular', size: BODY, color: theme.text }, this.left, this.width)
          : []),
      ];
      return keepAll(lines.map((cell, k) => this.row([cell], k === 0 && i > 0 ? ENTRY_GAP : 0)));
    });
  }

  footer(page: number, pages: number): TextItem {
    const y = CV_PAGE.height - CV_PAGE.margin.bottom - lineHeight(FOOTER);
    return this.textItem({ role: 'footer', text: `${page} / ${pages}`, x: this.right, style: 'regular', size: FOOTER, color: '#444444' }, y, 'right');
  }
}

/** "janvier 2000 – juin 2001": never a month without its year at the end of a line. */
function unbreakableMonths(period: string): string {
  return period.replace(/(\S) (\d{4})/g, '$1\u00a0$2');
}

/** Keeps consecutive blocks on one page (the last one may still part from what follows). */
function keepAll(blocks: Block[]): Block[] {
  blocks.slice(0, -1).forEach((block) => (block.keepWithNext = true));
  return blocks;
}

/** Lines of one paragraph or item: no first line alone at the bottom of a page, no last line alone at the top. */
function keepLines(blocks: Block[]): Block[] {
  if (blocks.length < 2) return blocks;
  const first = blocks[0];
  const beforeLast = blocks[blocks.length - 2];
  if (first) first.keepWithNext = true;
  if (beforeLast) beforeLast.keepWithNext = true;
  return blocks;
}

/** A short list (languages, a few skills) is not split across pages. */
function keepShortList(blocks: Block[]): Block[] {
  return blocks.length <= 6 ? keepAll(blocks) : blocks;
}

function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\t\u2028\u2029]/g, ' ');
}

function offset(item: LayoutItem, dy: number): LayoutItem {
  return item.kind === 'text' ? { ...item, y: item.y + dy, baseline: item.baseline + dy } : { ...item, y: item.y + dy };
}

/**
 * Blocks onto pages, top to bottom: a block never splits, and a block kept
 * with the next one (a heading, an entry's title) moves to a new page when
 * the pair would not fit.
 */
function paginate(blocks: Block[], top: number, bottom: number): LayoutItem[][] {
  const pages: LayoutItem[][] = [[]];
  let y = top;
  const chainHeight = (from: number): number => {
    let height = 0;
    for (let i = from; i < blocks.length; i++) {
      const block = blocks[i];
      if (!block) break;
      height += (i === from ? 0 : block.spaceBefore) + block.height;
      if (!block.keepWithNext) break;
    }
    return height;
  };
  blocks.forEach((block, i) => {
    const atTop = y === top;
    const space = atTop ? 0 : block.spaceBefore;
    const needed = block.keepWithNext ? chainHeight(i) : block.height;
    const fitsOnEmptyPage = needed <= bottom - top;
    if (!atTop && y + space + (fitsOnEmptyPage ? needed : block.height) > bottom) {
      pages.push([]);
      y = top;
    } else {
      y += space;
    }
    pages[pages.length - 1]?.push(...block.items.map((item) => offset(item, y)));
    y += block.height;
  });
  return pages;
}

/** Lays the CV out on A4 pages: only the visible, non-empty sections, in the participant's order. */
export function layoutCv(cv: Cv, measurer: TextMeasurer, options: LayoutOptions = { photo: false }): CvLayout {
  const builder = new Builder(cv, measurer);
  const blocks: Block[] = [builder.header(options.photo)];
  for (const section of visibleSections(cv)) {
    if (!builder.hasContent(section)) continue;
    blocks.push(builder.heading(section), ...builder.section(section));
  }
  const top = CV_PAGE.margin.top;
  const contentBottom = CV_PAGE.height - CV_PAGE.margin.bottom - FOOTER_ZONE;
  const pages = paginate(blocks, top, contentBottom);
  return {
    page: CV_PAGE,
    pages: pages.map((items, i) => ({ items: pages.length > 1 ? [builder.footer(i + 1, pages.length), ...items] : items })),
  };
}
