// What a phrase bank sees while it writes: the unit's words, the period's words, the true
// figures, which metrics this report states, and writers for figures and distractors.
import { metricById } from '../catalogue/catalogue.ts';
import type { Figures } from './figures.ts';
import { writeCount, writeMoney, writeRate, writeStandard, type NumberStyle, type Written } from './numbers.ts';
import type { Rng } from './random.ts';
import { parts, type FigurePart, type Part } from './sentence.ts';

export interface PeriodWords {
  year: number;
  /** 'year' | 'H1' | 'H2' | 'Q' | 'month' */
  kind: 'year' | 'H1' | 'H2' | 'Q' | 'month';
  /** Phrases that open a flow figure: 今年以来, 截至11月底, 1-10月, 上半年 ... */
  flowLead: string[];
  /** Phrases that date a stock figure: 截至目前, 目前, 截至6月底 ... */
  stockLead: string[];
}

export class Ctx {
  constructor(
    readonly rng: Rng,
    readonly style: NumberStyle,
    readonly figures: Figures,
    private readonly selected: Set<string>,
    /** 全市, 全县, 全区, 全州, 全旗 */
    readonly area: string,
    /** 市, 县, 区 ... as in 我市, 本县 */
    readonly self: string,
    readonly unitName: string,
    readonly period: PeriodWords,
  ) {}

  has(metric: string): boolean {
    return this.selected.has(metric);
  }

  pick<T>(items: readonly T[]): T {
    return this.rng.pick(items);
  }

  chance(p: number): boolean {
    return this.rng.chance(p);
  }

  /** A clause lead for a flow figure, or nothing. */
  flow(p = 0.4): string {
    return this.rng.chance(p) ? this.rng.pick(this.period.flowLead) + '，' : '';
  }

  stock(p = 0.3): string {
    return this.rng.chance(p) ? this.rng.pick(this.period.stockLead) + '，' : '';
  }

  /** 我市 / 全市 / 本市 as the subject of a sentence. */
  we(): string {
    return this.rng.pick([this.area, this.area, `我${this.self}`, `本${this.self}`]);
  }

  private fig(metric: string, written: Written, tolerateWhy?: string): FigurePart {
    if (!metricById(metric)) throw new Error(`phrase bank names unknown metric ${metric}`);
    return { metric, written, tolerateWhy };
  }

  /** A count figure of `metric`; `measure` defaults from the catalogue unit. */
  n(metric: string, measure?: string): FigurePart {
    const unit = metricById(metric)!.unit;
    const m = measure ?? (unit === '人' ? this.rng.weighted([[3, '人'], [1, '名']] as const) : unit);
    return this.fig(metric, writeCount(this.rng, this.style, this.figures[metric], m));
  }

  /** A count that comes before its noun (766名孤儿). */
  nb(metric: string): FigurePart {
    const unit = metricById(metric)!.unit;
    return this.n(metric, unit === '人' ? '名' : unit);
  }

  m(metric: string): FigurePart {
    return this.fig(metric, writeMoney(this.rng, this.style, this.figures[metric]));
  }

  s(metric: string, opts: { yearly?: boolean; bare?: boolean } = {}): FigurePart {
    return this.fig(metric, writeStandard(this.rng, this.style, this.figures[metric], opts));
  }

  r(metric: string): FigurePart {
    return this.fig(metric, writeRate(this.rng, this.style, this.figures[metric]));
  }

  /** An approximate earlier mention of a figure that is stated exactly elsewhere. */
  roughly(metric: string, measure: string, why: string): FigurePart {
    const v = this.figures[metric];
    const step = 10 ** Math.max(1, Math.floor(Math.log10(v)) - 1);
    const value = Math.max(step, Math.floor(v / step) * step);
    const text = value >= 10000 ? `${value / 10000}万余${measure}` : `${value}余${measure}`;
    return this.fig(metric, { text, value, qualifier: 'lowerBound' }, why);
  }

  /** Distractors: figures written the same way but stating nothing in the catalogue. */
  dn(v: number, measure: string): string {
    return writeCount(this.rng, this.style, v, measure).text;
  }

  dm(yuan: number): string {
    return writeMoney(this.rng, this.style, yuan).text;
  }

  dr(percent: number): string {
    return writeRate(this.rng, this.style, percent).text;
  }

  ds(perMonth: number): string {
    return writeStandard(this.rng, this.style, perMonth).text;
  }

  /** A true figure scaled, for a distractor (a subset, an addition, a target). */
  part(metric: string, lo: number, hi: number): number {
    return this.figures[metric] * this.rng.real(lo, hi);
  }

  t = parts;
}

export type Builder = {
  /** Metrics this sentence states; it is used only when the report states all of them. */
  covers: string[];
  build: (c: Ctx) => Part[];
};
