import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../../../shared/business-plan/labels';
import { loadCvFonts } from '../../cv/pdf/fonts';
import { layoutChart, niceScale, type ChartSpec } from './chart';
import type { StrokeItem, TextItem } from './items';
import { Typesetter, typesetterFor } from './typeset';

const FONTS_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'resources', 'fonts');
const EPSILON = 0.01;

let ts: Typesetter;
beforeAll(async () => {
  ts = typesetterFor(await loadCvFonts(FONTS_DIR));
});

const months = Array.from({ length: 12 }, (_, i) => [`M${i + 1}`]);
const money = (amount: number) => formatMoney(amount, 'XOF', 'fr');

function chart(series: ChartSpec['series']): ChartSpec {
  return { id: 'test', categories: months, series, formatValue: money, height: 200 };
}

describe('niceScale', () => {
  it('gives round ticks that cover the values and include zero', () => {
    expect(niceScale(0, 1_210_000).ticks).toEqual([0, 500_000, 1_000_000, 1_500_000]);
    expect(niceScale(-54_618, 190_539)).toEqual({ low: -100_000, high: 200_000, ticks: [-100_000, -50_000, 0, 50_000, 100_000, 150_000, 200_000] });
    expect(niceScale(3, 7).ticks).toEqual([0, 2, 4, 6, 8]);
    expect(niceScale(-900, -100).ticks).toEqual([-1000, -800, -600, -400, -200, 0]);
    // Nothing to show: a single zero line.
    expect(niceScale(0, 0)).toEqual({ low: 0, high: 1, ticks: [0] });
    for (const [min, max] of [[0, 7], [0, 999_999_999_999 * 12], [-123_456, 7_654_321]] as const) {
      const { ticks, low, high } = niceScale(min, max);
      expect(low).toBeLessThanOrEqual(min);
      expect(high).toBeGreaterThanOrEqual(max);
      expect(ticks).toContain(0);
      expect(ticks.length).toBeLessThanOrEqual(7);
      expect(ticks.every(Number.isInteger)).toBe(true);
    }
  });
});

describe('layoutChart', () => {
  it('draws grouped bars from the zero line, a legend and currency tick labels, all inside its box', () => {
    const sales = [395_000, 650_000, 790_000, 0, 856_500, 930_000, 790_000, 790_000, 856_500, 930_000, 1_070_000, 1_210_000];
    const costs = sales.map((value) => Math.round(value * 0.9));
    const { block, plot, scale } = layoutChart(chart([
      { label: 'Ventes', values: sales, color: '#0b7285', kind: 'bars' },
      { label: 'Coûts', values: costs, color: '#a3aab0', kind: 'bars' },
    ]), 48, 499, ts);
    const bars = block.items.filter((item) => item.role === 'chartBar');
    expect(bars).toHaveLength(22); // 24 months of values, two of them zero
    const zero = block.items.find((item): item is StrokeItem => item.role === 'chartZero')!;
    for (const bar of bars) expect(bar.y + bar.height).toBeCloseTo(zero.points[0]![1], 6);
    // The tallest bar reaches its value on the scale.
    const tallest = Math.min(...bars.map((bar) => bar.y));
    expect(tallest).toBeCloseTo(plot.bottom - (1_210_000 / scale.high) * (plot.bottom - plot.top), 6);
    const labels = block.items.filter((item): item is TextItem => item.kind === 'text');
    expect(labels.filter((item) => item.role === 'chartAxisLabel').map((item) => item.text)).toEqual(scale.ticks.map(money));
    expect(labels.filter((item) => item.role === 'chartLegend').map((item) => item.text)).toEqual(['Ventes', 'Coûts']);
    expect(labels.filter((item) => item.role === 'chartCategory')).toHaveLength(12);
    for (const item of block.items) {
      expect(item.x).toBeGreaterThanOrEqual(48 - EPSILON);
      expect(item.x + item.width).toBeLessThanOrEqual(48 + 499 + EPSILON);
      expect(item.y).toBeGreaterThanOrEqual(-EPSILON);
      expect(item.y + item.height).toBeLessThanOrEqual(block.height + EPSILON);
    }
  });

  it('draws the zero line thicker, and the dots below it in the warning colour, when cash goes negative', () => {
    const closing = [-44_559, -54_618, -45_427, -36_236, -17_795, 10_646, 19_837, 29_028, 47_469, 75_910, 123_601, 190_539];
    const negative = layoutChart(chart([{ label: 'Trésorerie', values: closing, color: '#0b7285', kind: 'line' }]), 48, 499, ts);
    const positive = layoutChart(chart([{ label: 'Trésorerie', values: closing.map(Math.abs), color: '#0b7285', kind: 'line' }]), 48, 499, ts);
    const zeroOf = (layout: typeof negative) => layout.block.items.find((item): item is StrokeItem => item.role === 'chartZero')!;
    expect(zeroOf(negative).lineWidth).toBeGreaterThan(zeroOf(positive).lineWidth);
    expect(negative.scale.low).toBeLessThan(0);
    const zeroY = zeroOf(negative).points[0]![1];
    const dots = negative.block.items.filter((item) => item.role === 'chartDot');
    expect(dots).toHaveLength(12);
    dots.forEach((dot, i) => {
      expect(dot.y + dot.height / 2 > zeroY).toBe(closing[i]! < 0);
      expect(dot.kind === 'dot' && dot.color !== '#0b7285').toBe(closing[i]! < 0);
    });
    const line = negative.block.items.find((item): item is StrokeItem => item.role === 'chartLine')!;
    expect(line.points).toHaveLength(12);
  });

  it('copes with a plan without any figures', () => {
    const { block, scale } = layoutChart(chart([{ label: 'Ventes', values: Array(12).fill(0), color: '#0b7285', kind: 'bars' }]), 48, 499, ts);
    expect(scale.ticks).toEqual([0]);
    expect(block.items.filter((item) => item.role === 'chartBar')).toHaveLength(0);
    expect(block.items.some((item) => item.role === 'chartZero')).toBe(true);
  });
});
