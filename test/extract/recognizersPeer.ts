// Measures the number reader against Microsoft Recognizers-Text's Chinese specs (MIT, kept in
// ../shared/peers/recognizers-text): how many cases' resolved values it reproduces, and why it
// differs where it does. Used by test/extract/recognizers.test.ts and bench/numbers.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { normaliseText } from '#shared/extract/normalise.ts';
import { findNumbers } from '#shared/extract/numbers.ts';

export const recognizersDir = resolve(import.meta.dirname, '../../../shared/peers/recognizers-text');
export const recognizersPresent = (): boolean => existsSync(join(recognizersDir, 'NumberModel.json'));

export type PeerModel = 'NumberModel' | 'PercentModel';

interface PeerCase {
  Input: string;
  Results: { Text: string; Resolution: { value: string } }[];
}

export interface Disagreement {
  input: string;
  expected: number[];
  got: number[];
  reason: string;
}

export interface Agreement {
  model: PeerModel;
  total: number;
  agreed: number;
  disagreements: Disagreement[];
}

/**
 * Why the reader differs from the peer on a case, first matching rule wins. Every reason is a
 * deliberate difference except "not read", which lists what a report could plausibly write.
 */
const NUMERAL = '\\d一二三四五六七八九十百千万零〇两壹贰叁肆伍陆柒捌玖拾佰仟萬兩';
const fractionBefore = new RegExp(`[${NUMERAL}]\\s*分\\s*之`);
const includes = (e: number[], g: number[]): boolean => e.every((v) => g.includes(v));

const REASONS: [string, (input: string, expected: number[], got: number[]) => boolean][] = [
  ['URL or code, not prose', (s) => /https?:\/\//.test(s)],
  ['negative number (负, -): reports state decreases in words', (s, e) => /[负負]|(?:^|[^\d])-\s*[\d.]/.test(s) && e.some((v) => v < 0)],
  ['scientific or power notation (2e5, 2^5)', (s) => /\d\s*[eE]\s*[-+]?\s*\d|\^/.test(s)],
  ['per mille and smaller (千分之, 万分之)', (s) => /^[千仟万萬百]+\s*分\s*之/.test(s)],
  ['fraction (三分之一, 一百分之二, 3/5, 又)', (s) => fractionBefore.test(s) || /\d\s*\/\s*\d|又/.test(s)],
  ['percentage points (个百分点): a change, the unit tells the extractor', (s) => /百\s*分\s*[点點]/.test(s)],
  ['tenths and discounts (七成, 九折)', (s) => /[成折]/.test(s)],
  ['Latin suffix (40k, 2.5M)', (s) => /\d\s*[kKmM]/.test(s)],
  ['dozen (打) or half (半)', (s) => /[打半]/.test(s)],
  ['兆 or 万万: not how bureaus write amounts', (s) => /兆|[万萬]\s*[万萬]/.test(s)],
  ['range kept as one figure (5-20%)', (s, e, g) => /\d\s*[-~～至到]\s*\d/.test(s) && g.length > e.length],
  ['numeral inside a word (一切, 四川): the extractor keeps a figure only before a unit', (_s, e, g) => g.length > e.length && includes(e, g)],
  ['colloquial or non-standard forms (百三, 千三, 零十, 两千 四 百 五)', (s) => /^[百千][一二三四五六七八九]|[千百万][一二三四五六七八九][点點]|零十|[千百]\s+[一二三四五六七八九]\s*$/.test(s)],
  ['decimal without integer part (.5)', (s) => /(?:^|[^\d])\.\d/.test(s)],
  ['zero-led 几 (一百零几万)', (s) => /[零〇]\s*[几幾]/.test(s)],
  ['dotted digit groups (2222.2222.22222)', (s) => /\d\.\d+\.\d/.test(s)],
];

function valuesOf(c: PeerCase): number[] {
  return c.Results.map((r) => Number(String(r.Resolution.value).replace('%', '')));
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

function sameValues(expected: number[], got: number[]): boolean {
  const e = [...new Set(expected)];
  const g = [...new Set(got)];
  return e.length === g.length && e.every((v) => g.some((w) => close(v, w)));
}

export function measureAgreement(model: PeerModel): Agreement {
  const raw = readFileSync(join(recognizersDir, `${model}.json`), 'utf8').replace(/^\uFEFF/, '');
  const cases = JSON.parse(raw) as PeerCase[];
  const disagreements: Disagreement[] = [];
  let agreed = 0;
  for (const c of cases) {
    const readings = findNumbers(normaliseText(c.Input)).filter((r) => model === 'NumberModel' || r.percent);
    // A range is two numbers to a peer that does not read ranges.
    const got = readings.flatMap((r) => (r.range ? [r.range.low, r.range.high] : [r.value]));
    const expected = valuesOf(c);
    if (sameValues(expected, got)) {
      agreed++;
      continue;
    }
    const norm = normaliseText(c.Input).replace(/～/g, '~');
    const reason = REASONS.find(([, matches]) => matches(norm, expected, got))?.[0] ?? 'not read';
    disagreements.push({ input: c.Input, expected, got, reason });
  }
  return { model, total: cases.length, agreed, disagreements };
}

/** Disagreements per reason, most frequent first. */
export function reasonCounts(a: Agreement): [string, number][] {
  const counts = new Map<string, number>();
  for (const d of a.disagreements) counts.set(d.reason, (counts.get(d.reason) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
}
