// How bureaus write a figure: 34600人, 3.46万人, 3.46 万人, 34,600人, ３４６００人, 三万四千余人,
// 9194.32万元, 3.93亿元, 800元/人/月, 每人每月800元, 57%. Each writer rounds the true figure to
// what the written form can say and returns that value, so the truth is exactly what is written.
import type { Qualifier } from '../domain/report.ts';
import type { Rng } from './random.ts';

export interface Written {
  text: string;
  /** The figure the text states, in the catalogue's base unit. */
  value: number;
  qualifier?: Qualifier;
}

/** A report's habits: one bureau tends to write its figures one way, with some drift. */
export interface NumberStyle {
  /** Share of large counts written with 万. */
  wan: number;
  /** Share of money written in 亿元 when it is over 1亿. */
  yi: number;
  commas: number;
  fullWidth: number;
  /** A space between the figure and its unit (3.46 万人). */
  spaced: number;
  /** Share of figures rounded and qualified (余, 约, 近, 超, 不足). */
  qualified: number;
  chinese: number;
}

export function pickNumberStyle(rng: Rng): NumberStyle {
  return {
    wan: rng.pick([0.1, 0.4, 0.7, 0.9]),
    yi: rng.pick([0.3, 0.7, 1]),
    commas: rng.chance(0.15) ? 0.6 : 0.02,
    fullWidth: rng.chance(0.08) ? 0.7 : 0.01,
    spaced: rng.chance(0.1) ? 0.5 : 0.01,
    qualified: rng.pick([0.03, 0.08, 0.15]),
    chinese: rng.chance(0.2) ? 0.25 : 0.03,
  };
}

const pow10 = (n: number) => 10 ** n;

/** `m` with a decimal point `d` digits from the right, trailing zeros dropped unless kept. */
export function decimalText(m: number, d: number, keepZeros = false): string {
  if (d === 0) return String(m);
  const s = String(m).padStart(d + 1, '0');
  let out = `${s.slice(0, s.length - d)}.${s.slice(s.length - d)}`;
  if (!keepZeros) out = out.replace(/\.?0+$/, '');
  return out;
}

const FULL_WIDTH: Record<string, string> = { '.': '．', '%': '％', ',': '，' };
export function toFullWidth(s: string): string {
  return s.replace(/[0-9.%]/g, (c) => FULL_WIDTH[c] ?? String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

export function withCommas(digits: string): string {
  const [int, frac] = digits.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

const DIGITS = '零一二三四五六七八九';

/** 0 < n < 10000 as written in Chinese: 三千五百, 一百零五, 十二. */
function chineseBelowWan(n: number, leadingTwoAsLiang: boolean): string {
  const units = ['千', '百', '十', ''];
  const parts = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = '';
  let zero = false;
  parts.forEach((d, i) => {
    if (d === 0) {
      if (out) zero = true;
      return;
    }
    if (zero) out += '零';
    zero = false;
    const isLead = out === '';
    if (isLead && d === 1 && units[i] === '十') out += '十';
    else if (isLead && d === 2 && leadingTwoAsLiang && (units[i] === '千' || units[i] === '百')) out += '两' + units[i];
    else out += DIGITS[d] + units[i];
  });
  return out;
}

/** A positive integer below 1亿 in Chinese numerals. */
export function toChineseNumeral(n: number, liang = false): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 1e8) throw new Error(`no Chinese numeral for ${n}`);
  const wan = Math.floor(n / 10000);
  const rest = n % 10000;
  if (wan === 0) return chineseBelowWan(rest, liang);
  let out = chineseBelowWan(wan, liang) + '万';
  if (rest > 0) out += (rest < 1000 ? '零' : '') + chineseBelowWan(rest, false);
  return out;
}

/** An integer in 万 with as few decimals as it needs: 35000 → 3.5, 1204000 → 120.4. */
function wanText(value: number): string {
  let d = 0;
  while (d < 4 && value % pow10(4 - d) !== 0) d++;
  return decimalText(value / pow10(4 - d), d);
}

function decorate(style: NumberStyle, rng: Rng, digits: string): string {
  if (rng.chance(style.fullWidth)) return toFullWidth(digits);
  return digits;
}

function space(style: NumberStyle, rng: Rng): string {
  return rng.chance(style.spaced) ? ' ' : '';
}

interface QualifiedForm {
  qualifier: Qualifier;
  /** Rounding direction that keeps the qualifier true of the real figure. */
  round: 'down' | 'up' | 'near';
  before?: string;
  /** After the number, before 万/unit (3500余人, 3.5万余人 puts 余 after 万). */
  after?: string;
}

const QUALIFIED: QualifiedForm[] = [
  { qualifier: 'lowerBound', round: 'down', after: '余' },
  { qualifier: 'lowerBound', round: 'down', after: '多' },
  { qualifier: 'lowerBound', round: 'down', before: '超' },
  { qualifier: 'lowerBound', round: 'down', before: '超过' },
  { qualifier: 'approximate', round: 'near', before: '约' },
  { qualifier: 'approximate', round: 'up', before: '近' },
  { qualifier: 'upperBound', round: 'up', before: '不足' },
];

function roundQualified(v: number, form: QualifiedForm, step: number): number {
  const r = form.round === 'down' ? Math.floor(v / step) * step : form.round === 'up' ? Math.ceil(v / step) * step : Math.round(v / step) * step;
  return Math.max(step, r);
}

/**
 * A count of people, households, beds... `measure` follows the figure (人, 名, 人次, 户, 张, 家).
 * Small figures are written exactly; larger ones in the bureau's style.
 */
export function writeCount(rng: Rng, style: NumberStyle, v: number, measure: string, opts: { exact?: boolean } = {}): Written {
  v = Math.max(1, Math.round(v));
  if (!opts.exact && v >= 30 && rng.chance(style.qualified)) {
    const form = rng.pick(QUALIFIED);
    const step = pow10(Math.max(0, Math.floor(Math.log10(v)) - 1));
    const value = roundQualified(v, form, step);
    const useWan = value >= 10000 && rng.chance(0.7);
    let num: string;
    if (useWan) num = wanText(value) + '万';
    else if (rng.chance(style.chinese * 3) && value < 1e8) num = toChineseNumeral(value, rng.chance(0.5));
    else num = String(value);
    // 余 and 多 sit after 万 (3.5万余人) or after the digits (3500余人).
    const text = `${form.before ?? ''}${num}${form.after ?? ''}${measure}`;
    return { text, value, qualifier: form.qualifier };
  }
  if (!opts.exact && v >= 10000 && rng.chance(style.wan)) {
    const d = rng.weighted([[5, 2], [3, 1], [1, 0], [0.4, 4]] as const);
    const m = Math.round(v / pow10(4 - d));
    const value = m * pow10(4 - d);
    return { text: `${decorate(style, rng, decimalText(m, d))}${space(style, rng)}万${measure}`, value };
  }
  if (v < 100 && rng.chance(style.chinese)) return { text: `${toChineseNumeral(v)}${measure}`, value: v };
  let digits = String(v);
  if (v >= 10000 && rng.chance(style.commas)) digits = withCommas(digits);
  else digits = decorate(style, rng, digits);
  return { text: `${digits}${space(style, rng)}${measure}`, value: v };
}

/** Money in 元, written in 万元, 亿元 or 元. */
export function writeMoney(rng: Rng, style: NumberStyle, yuan: number): Written {
  yuan = Math.max(1, Math.round(yuan));
  if (yuan >= 1e6 && rng.chance(style.qualified)) {
    const form = rng.pick(QUALIFIED);
    if (yuan >= 1e8) {
      const step = 1e7;
      const value = roundQualified(yuan, form, step);
      return { text: `${form.before ?? ''}${decimalText(value / step, 1)}亿${form.after ?? ''}元`, value, qualifier: form.qualifier };
    }
    const step = yuan >= 1e7 ? 1e5 : 1e4;
    const value = roundQualified(yuan, form, step);
    return { text: `${form.before ?? ''}${decimalText(value / 1e4, 0)}${form.after ?? ''}万元`, value, qualifier: form.qualifier };
  }
  if (yuan >= 1e8 && rng.chance(style.yi)) {
    const d = rng.weighted([[6, 2], [2, 4], [1, 1]] as const);
    const m = Math.round(yuan / pow10(8 - d));
    return { text: `${decorate(style, rng, decimalText(m, d))}${space(style, rng)}亿元`, value: m * pow10(8 - d) };
  }
  if (yuan >= 1e4 && !rng.chance(0.06)) {
    const d = rng.weighted([[6, 2], [2, 1], [2, 0], [1, 3], [1, 4]] as const);
    const m = Math.round(yuan / pow10(4 - d));
    return { text: `${decorate(style, rng, decimalText(m, d))}${space(style, rng)}万元`, value: m * pow10(4 - d) };
  }
  let digits = String(yuan);
  if (yuan >= 1e4 && rng.chance(style.commas * 2)) digits = withCommas(digits);
  else digits = decorate(style, rng, digits);
  return { text: `${digits}${space(style, rng)}元`, value: yuan };
}

/** The ways a per-person monthly standard is written around its figure. */
const STANDARD_FORMS: ReadonlyArray<readonly [number, (n: string) => string]> = [
  [6, (n) => `${n}元/人/月`],
  [3, (n) => `${n}元/人·月`],
  [2, (n) => `${n}元/月·人`],
  [1, (n) => `${n}元/人.月`],
  [1, (n) => `${n}元/月/人`],
  [2, (n) => `每人每月${n}元`],
  [1, (n) => `${n}元/月`],
  [1, (n) => `${n}元/人•月`],
];

/**
 * A monthly standard. `yearly` lets a rural standard be written per year (每人每年6000元),
 * as many counties do; the value stays monthly, the catalogue's unit.
 */
export function writeStandard(rng: Rng, style: NumberStyle, perMonth: number, opts: { yearly?: boolean; bare?: boolean } = {}): Written {
  const v = Math.max(1, Math.round(perMonth));
  if (opts.yearly) {
    const year = v * 12;
    // Bare only after words that say it is a year's (农村低保年保障标准达到6960元).
    const text = opts.bare ? `${year}元` : rng.chance(0.5) ? `每人每年${year}元` : `${year}元/人/年`;
    return { text, value: v };
  }
  const n = decorate(style, rng, String(v));
  if (opts.bare) return { text: `${n}元`, value: v };
  return { text: rng.weighted(STANDARD_FORMS)(n), value: v };
}

/** A percentage with up to two decimals. */
export function writeRate(rng: Rng, style: NumberStyle, percent: number): Written {
  const d = rng.weighted([[3, 0], [3, 1], [2, 2]] as const);
  const m = Math.round(percent * pow10(d));
  const value = m / pow10(d);
  const pct = rng.chance(style.fullWidth) ? toFullWidth(`${decimalText(m, d)}%`) : `${decimalText(m, d)}%`;
  return { text: pct, value };
}
