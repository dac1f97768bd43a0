import { COLORS, block, strokeItem, type Block, type PlanItem } from './items';
import { lineHeight, type TextSpec, type Typesetter } from './typeset';

/**
 * A 12-month chart as vector items (no image): a legend, value gridlines
 * labelled in the currency, bars and/or a line with dots, the months under
 * the plot. Zero is always in the range; when values go below it the zero
 * line is drawn darker and thicker, and dots below it in the warning colour.
 */

export interface ChartSeries {
  label: string;
  values: readonly number[];
  color: string;
  kind: 'bars' | 'line';
}

export interface ChartSpec {
  id: string;
  /** Under each month, one or two short lines ("nov.", "2026"). */
  categories: ReadonlyArray<readonly string[]>;
  series: readonly ChartSeries[];
  /** Tick labels: amounts in the plan's currency. */
  formatValue: (value: number) => string;
  height: number;
}

export interface ChartLayout {
  block: Block;
  scale: Scale;
  /** The plot area, relative to the block's top. */
  plot: { left: number; top: number; right: number; bottom: number };
}

export interface Scale {
  low: number;
  high: number;
  ticks: number[];
}

const LEGEND_SIZE = 8;
const AXIS_SIZE = 7;
const DOT_RADIUS = 2;

/** Round tick values (1, 2 or 5 × a power of ten, whole units) covering `min`…`max`, zero included. */
export function niceScale(min: number, max: number, maxTicks = 6): Scale {
  const low0 = Math.min(0, min);
  const high0 = Math.max(0, max);
  if (high0 === low0) return { low: low0, high: low0 + 1, ticks: [low0] };
  const rough = (high0 - low0) / (maxTicks - 1);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough) ?? 10 * magnitude);
  const low = Math.floor(low0 / step) * step;
  const high = Math.ceil(high0 / step) * step;
  const ticks: number[] = [];
  for (let tick = low; tick <= high; tick += step) ticks.push(tick);
  return { low, high, ticks };
}

export function layoutChart(spec: ChartSpec, x: number, width: number, ts: Typesetter): ChartLayout {
  const items: PlanItem[] = [];
  const legendHeight = legend(spec, x, width, ts, items);
  const values = spec.series.flatMap((series) => series.values);
  const scale = niceScale(Math.min(0, ...values), Math.max(0, ...values));
  const axisSpec: TextSpec = { role: 'chartAxisLabel', style: 'regular', size: AXIS_SIZE, color: COLORS.muted };
  const tickLabels = scale.ticks.map((tick) => spec.formatValue(tick));
  const labelWidth = Math.max(0, ...tickLabels.map((label) => ts.width(label, 'regular', AXIS_SIZE)));
  const categoryLines = Math.max(1, ...spec.categories.map((lines) => lines.length));

  const plot = {
    left: x + labelWidth + 6,
    top: legendHeight + 10,
    right: x + width - DOT_RADIUS - 1,
    bottom: spec.height - categoryLines * lineHeight(AXIS_SIZE) - 4,
  };
  const yOf = (value: number) => plot.bottom - ((value - scale.low) / (scale.high - scale.low)) * (plot.bottom - plot.top);
  const negative = scale.low < 0;

  scale.ticks.forEach((tick, i) => {
    const y = yOf(tick);
    if (tick !== 0) items.push(strokeItem('chartGrid', [[plot.left, y], [plot.right, y]], COLORS.rule, 0.4));
    items.push(ts.line(axisSpec, tickLabels[i] ?? '', plot.left - 4, y - lineHeight(AXIS_SIZE) / 2, 'right'));
  });

  const count = Math.max(1, ...spec.series.map((series) => series.values.length));
  const slot = (plot.right - plot.left) / count;
  const centre = (index: number) => plot.left + slot * (index + 0.5);
  const bars = spec.series.filter((series) => series.kind === 'bars');
  const groupWidth = slot * 0.72;
  bars.forEach((series, b) => {
    const barWidth = groupWidth / bars.length;
    series.values.forEach((value, index) => {
      if (value === 0) return;
      const top = yOf(Math.max(0, value));
      const left = centre(index) - groupWidth / 2 + b * barWidth;
      items.push({ kind: 'rect', role: 'chartBar', x: left + 0.4, y: top, width: barWidth - 0.8, height: yOf(Math.min(0, value)) - top, color: series.color });
    });
  });
  // The zero line over the bars' feet, under the lines.
  const zeroY = yOf(0);
  items.push(strokeItem('chartZero', [[plot.left, zeroY], [plot.right, zeroY]], COLORS.ruleDark, negative ? 1.2 : 0.7));
  for (const series of spec.series.filter((candidate) => candidate.kind === 'line')) {
    const points = series.values.map((value, index) => [centre(index), yOf(value)] as const);
    if (points.length > 1) items.push(strokeItem('chartLine', points, series.color, 1.6));
    points.forEach(([px, py], index) => {
      const color = (series.values[index] ?? 0) < 0 ? COLORS.negative : series.color;
      items.push({ kind: 'dot', role: 'chartDot', x: px - DOT_RADIUS, y: py - DOT_RADIUS, width: 2 * DOT_RADIUS, height: 2 * DOT_RADIUS, color });
    });
  }

  const categorySpec: TextSpec = { role: 'chartCategory', style: 'regular', size: AXIS_SIZE, color: COLORS.text };
  spec.categories.forEach((lines, index) => {
    lines.forEach((line, k) => {
      const text = ts.ellipsis(line, 'regular', AXIS_SIZE, slot - 2);
      if (text) items.push(ts.line(categorySpec, text, centre(index), plot.bottom + 3 + k * lineHeight(AXIS_SIZE), 'center'));
    });
  });
  return { block: block(spec.height, items), scale, plot };
}

/** Swatches and labels in a row (wrapping if need be); returns its height. */
function legend(spec: ChartSpec, x: number, width: number, ts: Typesetter, items: PlanItem[]): number {
  const textSpec: TextSpec = { role: 'chartLegend', style: 'regular', size: LEGEND_SIZE, color: COLORS.text };
  const rowHeight = lineHeight(LEGEND_SIZE);
  let left = x;
  let top = 0;
  for (const series of spec.series) {
    const swatch = series.kind === 'bars' ? 10 : 16;
    const label = ts.ellipsis(series.label, 'regular', LEGEND_SIZE, width - swatch - 4);
    const labelWidth = ts.width(label, 'regular', LEGEND_SIZE);
    if (left > x && left + swatch + 4 + labelWidth > x + width) {
      left = x;
      top += rowHeight;
    }
    const middle = top + rowHeight / 2;
    if (series.kind === 'bars') items.push({ kind: 'rect', role: 'chartSwatch', x: left, y: middle - 4, width: swatch, height: 8, color: series.color });
    else {
      // Inset by half the line width: the round caps stay inside the legend.
      items.push(strokeItem('chartSwatch', [[left + 0.8, middle], [left + swatch - 0.8, middle]], series.color, 1.6));
      items.push({ kind: 'dot', role: 'chartSwatch', x: left + swatch / 2 - DOT_RADIUS, y: middle - DOT_RADIUS, width: 2 * DOT_RADIUS, height: 2 * DOT_RADIUS, color: series.color });
    }
    items.push(ts.line(textSpec, label, left + swatch + 4, top));
    left += swatch + 4 + labelWidth + 16;
  }
  return top + rowHeight;
}
