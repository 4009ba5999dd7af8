// The unit written after a figure, read into what it measures. Monthly standards come in many
// spellings (元/人/月, 元/人·月, 元/月·人, 元/月/人, 每人每月X元); an annual one is not monthly.
import type { Measure } from './lexicon.ts';

export interface UnitReading {
  measure: Measure | 'annualStandard';
  /** Exclusive end of the unit in the text. */
  end: number;
  /** Extra multiplier the unit carries (千元 = 1000 元). */
  factor: number;
}

const SEP = '[/·.・•]';
const MONTHLY_AFTER = new RegExp(
  `^\\s?元(?:${SEP}(?:人${SEP}月|月${SEP}人|人月|月人|月|每月)|每人每月|/人/月)`,
);
const ANNUAL_AFTER = new RegExp(`^\\s?元(?:${SEP}(?:人${SEP}年|年${SEP}人|年)|每人每年)`);
const PER_PERSON_MONTH_BEFORE = /(?:每人每月|每月每人|人均每月|每人月|月人均|每月人均)(?:补助|发放|提高到|提高至|达到|为)?\s?$/;
const PER_PERSON_YEAR_BEFORE = /(?:每人每年|每年每人|人均每年)(?:补助|发放|提高到|提高至|达到|为)?\s?$/;

const SIMPLE: Array<[string, Measure]> = [
  ['人次', 'personTimes'],
  ['人(次)', 'personTimes'],
  ['人', 'persons'],
  ['名', 'persons'],
  ['位', 'persons'],
  ['户', 'households'],
  ['张', 'beds'],
  ['家', 'institutions'],
  ['所', 'institutions'],
  ['个', 'institutions'],
  ['处', 'institutions'],
  ['对', 'couples'],
  ['元', 'money'],
];

/**
 * Reads the unit that starts at `at` (just after a figure). `before` is the text just before
 * the figure, for 每人每月X元.
 */
/** The characters a unit can start with (after an optional space): most numbers have none. */
const UNIT_START = new Set([...'元人名位户张家所个处对千']);

export function readUnit(text: string, at: number, before: string): UnitReading | null {
  const first = text[at] === ' ' ? text[at + 1] : text[at];
  if (first === undefined || !UNIT_START.has(first)) return null;
  const rest = text.slice(at, at + 12);
  if (first === '元') {
    const monthly = MONTHLY_AFTER.exec(rest);
    if (monthly) return { measure: 'monthlyStandard', end: at + monthly[0].length, factor: 1 };
    const annual = ANNUAL_AFTER.exec(rest);
    if (annual) return { measure: 'annualStandard', end: at + annual[0].length, factor: 1 };
  }
  let offset = rest.startsWith(' ') ? 1 : 0;
  let factor = 1;
  if (rest.startsWith('千元', offset)) {
    factor = 1000;
    offset += 1;
  }
  for (const [word, measure] of SIMPLE) {
    if (rest.startsWith(word, offset)) {
      if (measure === 'money') {
        if (PER_PERSON_MONTH_BEFORE.test(before)) return { measure: 'monthlyStandard', end: at + offset + 1, factor };
        if (PER_PERSON_YEAR_BEFORE.test(before)) return { measure: 'annualStandard', end: at + offset + 1, factor };
      }
      // 个 followed by 百分点 is a change in a rate, not a count of institutions.
      if (word === '个' && rest.startsWith('个百分点', offset)) return null;
      return { measure, end: at + offset + word.length, factor };
    }
  }
  return null;
}

/** The catalogue's base unit for a measure. */
export const BASE_UNIT: Record<Measure, string> = {
  persons: '人',
  personTimes: '人次',
  money: '元',
  monthlyStandard: '元/人/月',
  percent: '%',
  beds: '张',
  institutions: '家',
  households: '户',
  couples: '对',
};
