// The unit written after a figure, read into what it measures. Monthly standards come in many
// spellings (元/人/月, 元/人·月, 元/月·人, 元/月/人, 每人每月X元); an annual one is not monthly.
import type { Measure } from './lexicon.ts';

export interface UnitReading {
  measure: Measure | 'annualStandard';
  /** Exclusive end of the unit in the text. */
  end: number;
  /** Extra multiplier the unit carries (千元 = 1000 元). */
  factor: number;
  /** 316户(人): households of one person each, so as many people. */
  onePersonEach?: true;
}

const SEP = '[/·.・•]';
const MONTHLY_AFTER = new RegExp(
  `^\\s?元(?:${SEP}(?:人${SEP}月|月${SEP}人|人月|月人|月|每月)|每人每月|/人/月)`,
);
const ANNUAL_AFTER = new RegExp(`^\\s?元(?:${SEP}(?:人${SEP}年|年${SEP}人|年)|每人每年)`);
/** What stands between a standard and its amount: 标准提高到720元, 标准分别为, 标准由…. */
const STANDARD_TO = '(?:分别)?(?:由|为|是|达|达到|提高到|提高至|提升到|提升至|调整为|调整到|调整至|上调到|上调至|上调为|统一为|统一提高到|统一提高至|统一调整为|提标至|提标到)?';
/** 月保障标准, 年标准: a period word of the standard itself, not a date (10月起…标准, 今年…标准). */
const PERIOD_OF_STANDARD = (period: string) =>
  `(?<![\\d〇零一二三四五六七八九十今本全去明上下当同往])${period}度?(?:保障|救助|供养|生活|基本生活)?标准${STANDARD_TO}`;
/** 每人每月发放高龄津贴50元: what is paid to each, named between. */
const PAID_EACH = '(?:发放|补助|补贴|给予|享受)[一-龥]{0,8}';
/**
 * The text before an amount that makes it a standard per person and `period` (月 or 年): 每人每月,
 * 月人均保障标准达到, 每人每月发放高龄津贴, 标准为每月, 月保障标准. 月人均补助水平420元 (an average
 * payment) is not one.
 */
const perPersonBefore = (period: '月' | '年') =>
  new RegExp(
    `(?:(?:每人每${period}|每${period}每人|人均每${period}|每人${period}|${period}人均|每${period}人均)(?:[一-龥]{0,4}标准)?(?:补助|发放)?${STANDARD_TO}` +
      `|(?:每人每${period}|每${period}每人)${PAID_EACH}|标准${STANDARD_TO}每${period}|${PERIOD_OF_STANDARD(period)})\\s?$`,
  );
const PER_PERSON_MONTH_BEFORE = perPersonBefore('月');
const PER_PERSON_YEAR_BEFORE = perPersonBefore('年');
/**
 * 城市低保标准提高到720元: a standard with no period written. It is never money paid; whether it is
 * monthly is for figures.ts to judge.
 */
export const STANDARD_BEFORE = new RegExp(`标准${STANDARD_TO}\\s?$`);

const SIMPLE: Array<[string, Measure]> = [
  ['人次', 'personTimes'],
  ['户次', 'householdTimes'],
  ['人(次)', 'personTimes'],
  ['人/次', 'personTimes'],
  // 462人(户), 407户(人): as many people as households, each of one person.
  ['人(户)', 'persons'],
  ['人', 'persons'],
  ['户(人)', 'households'],
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

/** SIMPLE by its words' first character, in SIMPLE's order (人次 before 人). */
const SIMPLE_BY_FIRST = new Map<number, Array<[string, Measure]>>();
for (const entry of SIMPLE) {
  const first = entry[0].charCodeAt(0);
  SIMPLE_BY_FIRST.set(first, [...(SIMPLE_BY_FIRST.get(first) ?? []), entry]);
}
const NO_WORDS: Array<[string, Measure]> = [];

/** The characters a unit can start with (after an optional space): most numbers have none. */
const UNIT_START = new Set([...'元人名位户张家所个处对千('].map((c) => c.charCodeAt(0)));
const C_PAREN = 0x28;
/** A statistical bulletin's unit in parentheses after the figure: 1.86（万人）, 670（元/人·月）. */
const PAREN_MULTIPLIER: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const C_SPACE = 0x20;
const C_YUAN = '元'.charCodeAt(0);
const C_SLASH = 0x2f;
/** After 元/: a case or a household (人次, 户次, 次, 户), which makes the money an average. */
const PER_CASE_AFTER_SLASH = /^(?:人次|户次|次|户)/;

// Sticky forms of the patterns after a figure, tried in place instead of on a slice of the text
// (every match is far shorter than the 12 characters the slice used to hold).
const MONTHLY_AT = new RegExp(MONTHLY_AFTER.source.replace(/^\^/, ''), 'y');
const ANNUAL_AT = new RegExp(ANNUAL_AFTER.source.replace(/^\^/, ''), 'y');

function matchLengthAt(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0].length : -1;
}

/**
 * Reads the unit that starts at `at` (just after a figure). `before` is the text just before
 * the figure (or a function giving it, as only units of money need it), for 每人每月X元.
 */
export function readUnit(text: string, at: number, before: string | (() => string)): UnitReading | null {
  const spaced = text.charCodeAt(at) === C_SPACE;
  const first = spaced ? text.charCodeAt(at + 1) : text.charCodeAt(at);
  if (!UNIT_START.has(first)) return null;
  if (first === C_PAREN) {
    if (spaced) return null;
    const multiplier = PAREN_MULTIPLIER[text[at + 1]] ?? 1;
    const inner = readUnit(text, at + (multiplier === 1 ? 1 : 2), before);
    if (!inner || inner.measure === 'annualStandard' || text.charCodeAt(inner.end) !== 0x29) return null;
    return { ...inner, end: inner.end + 1, factor: inner.factor * multiplier };
  }
  if (first === C_YUAN) {
    const monthly = matchLengthAt(MONTHLY_AT, text, at);
    if (monthly >= 0) return { measure: 'monthlyStandard', end: at + monthly, factor: 1 };
    const annual = matchLengthAt(ANNUAL_AT, text, at);
    if (annual >= 0) return { measure: 'annualStandard', end: at + annual, factor: 1 };
  }
  let offset = spaced ? 1 : 0;
  let factor = 1;
  if (text.startsWith('千元', at + offset)) {
    factor = 1000;
    offset += 1;
  }
  for (const [word, measure] of SIMPLE_BY_FIRST.get(text.charCodeAt(at + offset)) ?? NO_WORDS) {
    if (text.startsWith(word, at + offset)) {
      if (measure === 'money') {
        // 平均救助水平1801元/人次, 户均1200元/户: an average per case or household, no sum of money.
        if (text.charCodeAt(at + offset + 1) === C_SLASH && PER_CASE_AFTER_SLASH.test(text.slice(at + offset + 2, at + offset + 4))) return null;
        if (typeof before !== 'string') before = before();
        if (PER_PERSON_MONTH_BEFORE.test(before)) return { measure: 'monthlyStandard', end: at + offset + 1, factor };
        if (PER_PERSON_YEAR_BEFORE.test(before)) return { measure: 'annualStandard', end: at + offset + 1, factor };
      }
      // 个 followed by 百分点 is a change in a rate, not a count of institutions; 家次 counts visits to them.
      if ((word === '个' && text.startsWith('个百分点', at + offset)) || (measure === 'institutions' && text.startsWith('次', at + offset + 1))) return null;
      return word === '户(人)' ? { measure, end: at + offset + word.length, factor, onePersonEach: true } : { measure, end: at + offset + word.length, factor };
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
  householdTimes: '户次',
};
