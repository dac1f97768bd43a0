import type { PlanStatus } from '../../../shared/business-plan/model';
import { countryName, type ReturnCountry } from '../../../shared/domain/countries';
import type { Language } from '../../../shared/domain/roles';
import type { OrientationTopic } from '../../../shared/orientation/schemas';
import { SIZES, bulletBlocks, headingBlock, keepAll, lineBlocks, paragraphBlocks } from '../business-plan/pdf/blocks';
import { A4_PORTRAIT, COLORS, block, contentWidth, type Block, type PlanItem } from '../business-plan/pdf/items';
import { addFooters, paginate } from '../business-plan/pdf/paginate';
import { formatIssuedOn } from '../business-plan/pdf/pdf-labels';
import { lineHeight, typesetterFor, type TextSpec, type Typesetter } from '../business-plan/pdf/typeset';
import { loadCvFonts } from '../cv/pdf/fonts';
import { drawItem } from '../pdf/draw-items';
import { openNotoDocument } from '../pdf/noto-document';
import { HANDOVER_LABELS, fill, type HandoverLabels } from './labels';

/** A document of the pack, as the cover lists it. */
export type HandoverEntry =
  | { kind: 'certificate'; fileName: string; number: string; certificateKind: 'participation' | 'completion' }
  | { kind: 'cv'; fileName: string; title: string; language: Language }
  | { kind: 'plan'; fileName: string; title: string; status: Exclude<PlanStatus, 'draft'> };

export interface HandoverSession {
  date: string;
  topics: readonly OrientationTopic[];
  notes: string;
  followUp: string;
}

export interface HandoverCoverData {
  /** The language of the cover: the participant's. */
  language: Language;
  participantName: string;
  country: ReturnCountry;
  city: string | null;
  workshop: { name: string; place: string; startDate: string; endDate: string } | null;
  /** 'YYYY-MM-DD' */
  issuedOn: string;
  organisation: string;
  programme: string;
  /** When the participant agreed to share (ISO time). */
  consentGivenAt: string;
  coverFileName: string;
  entries: readonly HandoverEntry[];
  sessions: readonly HandoverSession[];
}

export interface RenderCoverOptions {
  /** Folder holding the Noto TTF files (resources/fonts). */
  fontsDir: string;
}

const PAGE = A4_PORTRAIT;
const LEFT = PAGE.margin.left;
const WIDTH = contentWidth(PAGE);
const LABEL_WIDTH = 140;
const VALUE_SIZE = 10.5;

/**
 * The cover of a hand-over pack: who the person is and where they return,
 * who prepared the pack and when, the consent it rests on, the list of the
 * documents in the ZIP, then the notes of the orientation sessions they
 * attended. Laid out with the business plan's blocks and typesetter (Noto
 * fonts through the CV's loader, never Helvetica), paginated with footers.
 */
export async function renderHandoverCover(data: HandoverCoverData, options: RenderCoverOptions): Promise<Buffer> {
  const fonts = await loadCvFonts(options.fontsDir);
  const ts = typesetterFor(fonts);
  const labels = HANDOVER_LABELS[data.language];
  const pages = addFooters(
    paginate([{ geometry: PAGE, blocks: coverBlocks(data, labels, ts), footer: true }]),
    `${labels.documentTitle} – ${data.participantName}`,
    labels.page,
    ts,
  );

  const { doc, fontName, finish } = openNotoDocument(fonts, {
    lang: data.language,
    info: { Title: `${labels.documentTitle} – ${data.participantName}`, Author: data.organisation || data.participantName, Creator: 'Foras Atelier' },
  });
  for (const page of pages) {
    doc.addPage({ size: [page.geometry.width, page.geometry.height], margin: 0 });
    for (const item of page.items) drawItem(doc, item, fontName);
  }
  return finish();
}

/** The cover as blocks, for the paginator (exported for tests). */
export function coverBlocks(data: HandoverCoverData, labels: HandoverLabels, ts: Typesetter): Block[] {
  const blocks: Block[] = [];
  const date = (iso: string) => formatIssuedOn(iso.slice(0, 10), data.language);
  const organisation = [data.organisation.trim(), data.programme.trim()].filter(Boolean).join(' · ');
  if (organisation) {
    blocks.push(...lineBlocks(ts, ts.clamp(organisation, 'bold', 10, WIDTH, 3), { role: 'coverOrganisation', style: 'bold', size: 10, color: COLORS.muted }, LEFT));
  }

  const titleSpec: TextSpec = { role: 'coverTitle', style: 'regular', size: 26, color: COLORS.accent };
  const title = ts.wrap(labels.documentTitle, titleSpec.style, titleSpec.size, WIDTH);
  const titleHeight = title.length * lineHeight(titleSpec.size);
  blocks.push(block(titleHeight + 8, [
    ...title.map((line, i) => ts.line(titleSpec, line, LEFT, i * lineHeight(titleSpec.size))),
    { kind: 'rect', role: 'coverRule', x: LEFT, y: titleHeight + 3, width: 64, height: 2.5, color: COLORS.accent },
  ], organisation ? 28 : 0, true));
  const officeSpec: TextSpec = { role: 'coverProject', style: 'bold', size: 13, color: COLORS.accentDark };
  blocks.push(...lineBlocks(ts, ts.wrap(fill(labels.forOffice, { country: countryName(data.country, data.language) }), officeSpec.style, officeSpec.size, WIDTH), officeSpec, LEFT, 6));

  const facts: [string, string][] = [
    [labels.participant, data.participantName],
    [labels.country, countryName(data.country, data.language)],
    [labels.city, data.city?.trim() || labels.none],
    ...(data.workshop
      ? [[labels.workshop, fill(labels.workshopValue, { name: data.workshop.name, place: data.workshop.place, from: date(data.workshop.startDate), to: date(data.workshop.endDate) })] as [string, string]]
      : []),
    [labels.date, date(data.issuedOn)],
    [labels.preparedBy, organisation || labels.none],
    [labels.consent, fill(labels.consentValue, { date: date(data.consentGivenAt) })],
  ];
  facts.forEach(([label, value], i) => blocks.push(factBlock(ts, label, value, i === 0 ? 18 : 5)));

  blocks.push(headingBlock(ts, labels.contents, 1, LEFT, WIDTH));
  blocks.push(...paragraphBlocks(ts, labels.contentsIntro, { role: 'caption', style: 'regular', size: SIZES.caption + 0.5, color: COLORS.muted }, LEFT, WIDTH));
  blocks.push(...entryBlocks(ts, labels.cover, data.coverFileName, labels, 6));
  const certificates = data.entries.filter((entry) => entry.kind === 'certificate');
  const cvs = data.entries.filter((entry) => entry.kind === 'cv');
  const plans = data.entries.filter((entry) => entry.kind === 'plan');
  for (const entry of certificates) {
    blocks.push(...entryBlocks(ts, fill(labels.certificate, { kind: labels.certificateKinds[entry.certificateKind], number: entry.number }), entry.fileName, labels, 6));
  }
  if (certificates.length === 0) blocks.push(...missingBlocks(ts, labels.noCertificate));
  for (const entry of cvs) blocks.push(...entryBlocks(ts, fill(labels.cv, { title: entry.title, language: labels.languages[entry.language] }), entry.fileName, labels, 6));
  if (cvs.length === 0) blocks.push(...missingBlocks(ts, labels.noCv));
  for (const entry of plans) blocks.push(...entryBlocks(ts, fill(labels.plan, { title: entry.title, status: labels.planStatuses[entry.status] }), entry.fileName, labels, 6));
  if (plans.length === 0) blocks.push(...missingBlocks(ts, labels.noPlan));

  blocks.push(headingBlock(ts, labels.orientation, 1, LEFT, WIDTH));
  if (data.sessions.length === 0) blocks.push(...missingBlocks(ts, labels.noOrientation));
  data.sessions.forEach((session, index) => {
    blocks.push(headingBlock(ts, `${date(session.date)} — ${countryName(data.country, data.language)}`, 2, LEFT, WIDTH, index === 0 ? 4 : 14));
    blocks.push(factBlock(ts, labels.topics, session.topics.map((topic) => labels.topicNames[topic]).join(', ') || labels.none, 2));
    blocks.push(...textSection(ts, labels.notes, session.notes, labels));
    blocks.push(...textSection(ts, labels.followUp, session.followUp, labels));
  });

  const privacy = lineBlocks(ts, ts.wrap(labels.privacy, 'regular', SIZES.caption + 0.5, WIDTH), { role: 'notice', style: 'regular', size: SIZES.caption + 0.5, color: COLORS.muted }, LEFT, 22);
  blocks.push(...keepAll(privacy));
  return blocks;
}

/** A label on the left, its value wrapped beside it. */
function factBlock(ts: Typesetter, label: string, value: string, spaceBefore: number): Block {
  const labelSpec: TextSpec = { role: 'coverLabel', style: 'bold', size: SIZES.field, color: COLORS.muted };
  const valueSpec: TextSpec = { role: 'coverValue', style: 'regular', size: VALUE_SIZE, color: COLORS.text };
  const labelLines = ts.wrap(label, labelSpec.style, labelSpec.size, LABEL_WIDTH - 10);
  const valueLines = ts.wrap(value, valueSpec.style, valueSpec.size, WIDTH - LABEL_WIDTH);
  const items: PlanItem[] = [
    // The label's baseline sits on the value's first baseline.
    ...labelLines.map((line, i) => ts.line(labelSpec, line, LEFT, (VALUE_SIZE - SIZES.field) + i * lineHeight(labelSpec.size))),
    ...valueLines.map((line, i) => ts.line(valueSpec, line, LEFT + LABEL_WIDTH, i * lineHeight(valueSpec.size))),
  ];
  const height = Math.max(labelLines.length * lineHeight(labelSpec.size), valueLines.length * lineHeight(valueSpec.size));
  return block(height, items, spaceBefore);
}

/** A document of the pack: what it is, with its file name below. */
function entryBlocks(ts: Typesetter, text: string, fileName: string, labels: HandoverLabels, spaceBefore: number): Block[] {
  const blocks = bulletBlocks(ts, text, LEFT, WIDTH, spaceBefore);
  const file = lineBlocks(ts, ts.wrap(fill(labels.inFile, { file: fileName }), 'regular', SIZES.caption + 0.5, WIDTH - 12), { role: 'caption', style: 'regular', size: SIZES.caption + 0.5, color: COLORS.muted }, LEFT + 12);
  return keepAll([...blocks, ...file]);
}

function missingBlocks(ts: Typesetter, text: string): Block[] {
  return lineBlocks(ts, ts.wrap(text, 'regular', SIZES.body, WIDTH - 12), { role: 'empty', style: 'regular', size: SIZES.body, color: COLORS.muted }, LEFT + 12, 6);
}

/** A titled piece of written text (the session's notes, its follow-up); a dash when empty. */
function textSection(ts: Typesetter, title: string, text: string, labels: HandoverLabels): Block[] {
  const heading = lineBlocks(ts, [title], { role: 'fieldLabel', style: 'bold', size: SIZES.field, color: COLORS.accentDark }, LEFT, 8);
  heading.forEach((one) => (one.keepWithNext = true));
  const body = text.trim()
    ? paragraphBlocks(ts, text.trim(), { role: 'body', style: 'regular', size: SIZES.body, color: COLORS.text }, LEFT, WIDTH, 2)
    : lineBlocks(ts, [labels.none], { role: 'empty', style: 'regular', size: SIZES.body, color: COLORS.muted }, LEFT, 2);
  return [...heading, ...body];
}
