import { formatDateRange, formatLongDate } from '../../../../shared/certificates/wording';
import { countryName, COUNTRY_FACTS, type ReturnCountry } from '../../../../shared/domain/countries';
import type { Language } from '../../../../shared/domain/roles';
import { hoursOf, percentOf } from '../../../../shared/reports/aggregate';
import { fillReportLabel, formatReportNumber, formatReportPercent, formatReportPeriod, REPORT_LABELS } from '../../../../shared/reports/labels';
import type { ReportDto } from '../../../../shared/reports/types';
import { captionBlock, headingBlock, lineBlocks } from '../../business-plan/pdf/blocks';
import { layoutChart, type ChartSpec } from '../../business-plan/pdf/chart';
import { A4_PORTRAIT, COLORS, block, contentWidth, type Block, type PlanItem, type PlanLayout } from '../../business-plan/pdf/items';
import { addFooters, paginate } from '../../business-plan/pdf/paginate';
import { layoutTable, type TableSpec } from '../../business-plan/pdf/table';
import { lineHeight, type TextSpec, type Typesetter } from '../../business-plan/pdf/typeset';

/**
 * The report summary as pages of positioned items, with the business plan's
 * building blocks (headings, tables that repeat their header on a new page,
 * vector bar charts, the paginator and its footers): pure, the typesetter
 * being the only outside input, so tests can check every item's box.
 */

export interface ReportPdfContext {
  language: Language;
  organisation: string;
  programme: string;
  /** 'YYYY-MM-DD' */
  madeOn: string;
}

const LEFT = A4_PORTRAIT.margin.left;
const WIDTH = contentWidth(A4_PORTRAIT);
const CHART_HEIGHT = 190;
const TABLE_SIZE = 9.5;
const BEFORE_COLOUR = '#8a949c';
/** Module names wrap within this; the figures' headings get the rest of the width. */
const MODULE_COLUMN = 170;

export function layoutReport(report: ReportDto, context: ReportPdfContext, ts: Typesetter): PlanLayout {
  const { language } = context;
  const labels = REPORT_LABELS[language];
  const number = (value: number) => formatReportNumber(value, language);
  const period = formatReportPeriod(report.filter.from, report.filter.to, language);
  const table = (spec: Omit<TableSpec, 'titleLevel' | 'continuedTitle' | 'size'>): Block[] =>
    layoutTable({ ...spec, titleLevel: 1, continuedTitle: fillReportLabel(labels.continued, { title: spec.title }), size: TABLE_SIZE }, LEFT, WIDTH, ts);
  const moduleTitle = (module: ReportDto['modules'][number]) => module.title[language];

  const blocks: Block[] = [...headerBlocks(report, context, period, ts)];

  blocks.push(
    ...table({
      id: 'key-figures',
      title: labels.keyFigures,
      columns: [{ header: '', align: 'left', weight: 1 }, { header: '', align: 'right' }],
      showHeader: false,
      stripes: true,
      rows: [
        { cells: [labels.participants, number(report.participants)], kind: 'subtotal' },
        { cells: [labels.women, withShare(report.bySex.F, report.participants, language)] },
        { cells: [labels.men, withShare(report.bySex.M, report.participants, language)] },
        { cells: [labels.sexNotGiven, withShare(report.bySex.notGiven, report.participants, language)] },
        { cells: [labels.cohorts, number(report.cohorts.length)] },
        { cells: [labels.certificatesIssued, number(report.certificates.issued)] },
        { cells: [labels.certificatesRevoked, number(report.certificates.revoked)] },
      ],
    }),
  );

  // Participants by country: the chart, then its figures.
  const countries = report.byCountry;
  const countryLabel = (code: string) => (code in COUNTRY_FACTS ? countryName(code as ReturnCountry, language) : code);
  blocks.push(headingBlock(ts, labels.byCountry, 1, LEFT, WIDTH));
  blocks.push(
    chartBlock(
      {
        id: 'countries',
        categories: countries.map((row) => [countryLabel(row.country), number(row.participants)]),
        series: [{ label: labels.participants, values: countries.map((row) => row.participants), color: COLORS.accent, kind: 'bars' }],
        formatValue: number,
        height: CHART_HEIGHT,
      },
      ts,
    ),
  );
  blocks.push(
    ...table({
      id: 'countries',
      title: labels.byCountry,
      columns: [{ header: labels.country, align: 'left', weight: 1, maxWidth: 220 }, { header: labels.participants, align: 'right' }, { header: labels.share, align: 'right' }],
      stripes: true,
      rows: countries.map((row) => ({ cells: [countryLabel(row.country), number(row.participants), formatReportPercent(percentOf(row.participants, report.participants), language)] })),
    }).slice(1), // the heading is the chart's
  );

  blocks.push(
    ...table({
      id: 'completion',
      title: labels.modules,
      columns: [
        { header: labels.module, align: 'left', weight: 1, maxWidth: MODULE_COLUMN },
        { header: labels.lessons, align: 'right' },
        { header: labels.completedAll, align: 'right' },
        { header: labels.share, align: 'right' },
        { header: labels.averageLessons, align: 'right' },
      ],
      rows: report.modules.map((module) => ({
        cells: [
          moduleTitle(module),
          number(module.completion.lessons),
          number(module.completion.completedAll),
          formatReportPercent(module.completion.percent, language),
          module.completion.averageLessons === null ? '—' : formatReportNumber(module.completion.averageLessons, language, 2),
        ],
      })),
    }),
  );

  blocks.push(
    ...table({
      id: 'attendance',
      title: labels.attendanceTitle,
      caption: labels.attendanceNote,
      columns: [
        { header: labels.module, align: 'left', weight: 1, maxWidth: MODULE_COLUMN },
        { header: labels.hoursScheduled, align: 'right' },
        { header: labels.hoursAttended, align: 'right' },
        { header: labels.attendanceRate, align: 'right' },
      ],
      rows: report.modules.map((module) => ({
        cells: [
          moduleTitle(module),
          number(hoursOf(module.attendance.minutesScheduled)),
          number(hoursOf(module.attendance.minutesAttended)),
          formatReportPercent(module.attendance.percent, language),
        ],
      })),
    }),
  );

  const assessed = report.modules.filter((module) => module.selfAssessment.pairs > 0);
  blocks.push(
    ...table({
      id: 'self-assessment',
      title: labels.selfAssessmentTitle,
      caption: labels.selfAssessmentNote,
      columns: [
        { header: labels.module, align: 'left', weight: 1, maxWidth: MODULE_COLUMN },
        { header: labels.before, align: 'right' },
        { header: labels.after, align: 'right' },
        { header: labels.pairs, align: 'right' },
      ],
      rows: report.modules.map((module) => ({
        cells: [
          moduleTitle(module),
          module.selfAssessment.averageBefore === null ? '—' : formatReportNumber(module.selfAssessment.averageBefore, language, 2),
          module.selfAssessment.averageAfter === null ? '—' : formatReportNumber(module.selfAssessment.averageAfter, language, 2),
          number(module.selfAssessment.pairs),
        ],
      })),
    }),
  );
  if (assessed.length > 0) {
    blocks.push(
      { ...chartBlock(
        {
          id: 'self-assessment',
          categories: assessed.map((module) => [moduleTitle(module)]),
          series: [
            { label: labels.before, values: assessed.map((module) => module.selfAssessment.averageBefore ?? 0), color: BEFORE_COLOUR, kind: 'bars' },
            { label: labels.after, values: assessed.map((module) => module.selfAssessment.averageAfter ?? 0), color: COLORS.accent, kind: 'bars' },
          ],
          formatValue: number,
          height: CHART_HEIGHT - 30,
        },
        ts,
      ), spaceBefore: 10 },
    );
  } else {
    blocks.push(...lineBlocks(ts, ts.wrap(labels.noPairs, 'regular', 10, WIDTH), { role: 'body', style: 'regular', size: 10, color: COLORS.muted }, LEFT, 6));
  }

  const certificateRows = [
    { cells: [labels.kinds.participation, number(report.certificates.participation)] },
    { cells: [labels.kinds.completion, number(report.certificates.completion)] },
    { cells: [labels.certificatesIssued, number(report.certificates.issued)], kind: 'total' as const },
    { cells: [labels.certificatesRevoked, number(report.certificates.revoked)] },
  ];
  blocks.push(
    ...table({
      id: 'certificates',
      title: labels.certificatesTitle,
      caption: labels.revokedNote,
      columns: [{ header: labels.kind, align: 'left', weight: 1 }, { header: labels.count, align: 'right' }],
      rows: certificateRows,
    }),
  );

  if (report.cohorts.length > 0) {
    blocks.push(
      ...table({
        id: 'cohorts',
        title: labels.cohortsTitle,
        columns: [
          { header: labels.cohort, align: 'left', weight: 2 },
          { header: labels.place, align: 'left', weight: 1 },
          { header: labels.dates, align: 'left', weight: 2 },
          { header: labels.participants, align: 'right' },
        ],
        stripes: true,
        rows: report.cohorts.map((cohort) => ({ cells: [cohort.name, cohort.place, formatDateRange(cohort.startDate, cohort.endDate, language), number(cohort.participants)] })),
      }),
    );
  }

  const pages = paginate([{ geometry: A4_PORTRAIT, blocks, footer: true }]);
  return { pages: addFooters(pages, `${labels.documentTitle} – ${period}`, labels.page, ts) };
}

function withShare(count: number, total: number, language: Language): string {
  const share = percentOf(count, total);
  const text = formatReportNumber(count, language);
  return share === null ? text : `${text} (${formatReportPercent(share, language)})`;
}

/** Organisation, title, then the period, the cohort and the date, label beside value. */
function headerBlocks(report: ReportDto, context: ReportPdfContext, period: string, ts: Typesetter): Block[] {
  const labels = REPORT_LABELS[context.language];
  const blocks: Block[] = [];
  const organisation = [context.organisation.trim(), context.programme.trim()].filter(Boolean).join(' · ');
  if (organisation) {
    const spec: TextSpec = { role: 'coverOrganisation', style: 'bold', size: 10, color: COLORS.muted };
    blocks.push(...lineBlocks(ts, ts.clamp(organisation, spec.style, spec.size, WIDTH, 2), spec, LEFT));
  }
  const titleSpec: TextSpec = { role: 'coverTitle', style: 'regular', size: 24, color: COLORS.accent };
  const title = ts.clamp(labels.documentTitle, titleSpec.style, titleSpec.size, WIDTH, 2);
  const titleItems: PlanItem[] = title.map((line, i) => ts.line(titleSpec, line, LEFT, i * lineHeight(titleSpec.size)));
  const titleHeight = title.length * lineHeight(titleSpec.size);
  titleItems.push({ kind: 'rect', role: 'coverRule', x: LEFT, y: titleHeight + 6, width: 56, height: 3, color: COLORS.accent });
  blocks.push(block(titleHeight + 18, titleItems, organisation ? 8 : 0));

  const cohort = report.cohortName ?? fillReportLabel(labels.allCohorts, { count: formatReportNumber(report.cohorts.length, context.language) });
  const facts: Array<[string, string]> = [
    [labels.period, period],
    [labels.cohort, cohort],
    [labels.madeOn, formatLongDate(context.madeOn, context.language)],
  ];
  const labelWidth = 110;
  const labelSpec: TextSpec = { role: 'coverLabel', style: 'regular', size: 10, color: COLORS.muted };
  const valueSpec: TextSpec = { role: 'coverValue', style: 'bold', size: 11, color: COLORS.text };
  for (const [label, value] of facts) {
    const values = ts.clamp(value, valueSpec.style, valueSpec.size, WIDTH - labelWidth, 3);
    const items: PlanItem[] = [
      ts.line(labelSpec, ts.ellipsis(label, labelSpec.style, labelSpec.size, labelWidth - 8), LEFT, (valueSpec.size - labelSpec.size) * 1.02),
      ...values.map((line, i) => ts.line(valueSpec, line, LEFT + labelWidth, i * lineHeight(valueSpec.size))),
    ];
    blocks.push(block(Math.max(1, values.length) * lineHeight(valueSpec.size), items, 4));
  }
  if (report.includesSample) blocks.push(...captionBlock(ts, labels.sampleNotice, LEFT, WIDTH, 'notice').map((one, i) => (i === 0 ? { ...one, spaceBefore: 8 } : one)));
  return blocks;
}

function chartBlock(spec: ChartSpec, ts: Typesetter): Block {
  const chart = layoutChart(spec, LEFT, WIDTH, ts).block;
  return { ...chart, keepWithNext: false, spaceBefore: 4 };
}
