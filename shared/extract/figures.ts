// Figures: every number the reader finds that carries a unit the catalogue counts in (人, 元,
// 元/人/月, 张 ...), with the unit borrowed along a list (800、650元) and annual standards
// normalised to monthly ones.
import type { Qualifier } from '../domain/report.ts';
import type { NumberReading } from './numbers.ts';
import type { Measure } from './lexicon.ts';
import { charSet } from './charClass.ts';
import { unitLineAt } from './unitLine.ts';
import { readUnit, STANDARD_BEFORE } from './units.ts';
import { isInside, rowLabelUnitAt, THIS_PERIOD_COLUMN, type Span } from './structure.ts';
import { mayHoldTextTables, textTableCell, type TableCellInfo } from './textTable.ts';

export interface Figure {
  reading: NumberReading;
  start: number;
  end: number;
  measure: Measure;
  value: number;
  qualifier?: Qualifier;
  /** Written as an annual standard and divided by 12. */
  annual?: boolean;
  /** A standard written with no period (标准提高到720元), read as monthly. */
  assumedMonthly?: boolean;
  /** Households of one person each (407户(人)): a count of people as well. */
  onePersonEach?: true;
}

/**
 * The highest monthly standard a bureau writes without saying so (标准提高到720元). Monthly 低保,
 * 特困 and orphan standards stay below it; a standard above it (农村低保标准5040元) is annual or
 * unknown, and no fact.
 */
const MONTHLY_WITHOUT_PERIOD_BELOW = 3000;

/** A raise to an amount in a clause about a standard (标准…同步提高至1001元): the standard's new level. */
const STANDARD_RAISED_TO = /标准[^，,；;。\n]*(?:提高|提升|上调|调整|提标)(?:到|至|为)\s?$/;

/** A count of people, households, places or cases, as against money, a standard or a rate. */
export const isCountMeasure = (measure: Measure): boolean => measure !== 'money' && measure !== 'monthlyStandard' && measure !== 'percent';

/** What happens over a period (money paid, person-times, marriages, homes adapted), as against a stock. */
export const isFlowMeasure = (measure: Measure): boolean =>
  measure === 'money' || measure === 'personTimes' || measure === 'householdTimes' || measure === 'couples' || measure === 'households';

/**
 * 每人每月780元、620元 / 由每人每月700元(统一)提高到760元 / 由2020年的每人每月775元提高到2025年的955元 /
 * 目标不低于每人每月1600元，实际执行1700元: the later figure shares the earlier one's per-month unit.
 */
const LIST_LINK = /^\s?(?:、|，|,|和|及|与|至|到|~|～|-|—|(?:分别|统一|均|再次|进一步)?(?:提高|提升|增加|调整|上调|增长|提标)(?:到|至|为)|达到|为|[，,][^，,；;。\d]{0,8}?实际(?:执行|达到)(?:标准)?为?)\s?(?:20\d\d\s?年(?:底|末)?的?)?(?:每人每月|每月)?\s?$/;

/**
 * 每人每月705元至740元之间, 3000元-5000元: a range with its unit at both ends. Not after 由/从 (由每人每月700元至760元
 * is a change, read by LIST_LINK), nor before a year (…775元至2025年的955元).
 */
const RANGE_AFTER_UNIT = /^\s?[至~～—－-]\s?(?:每人每月|每月)?(?=\d)(?!20\d\d\s?年)/;
const FROM_BEFORE = /[由从][^，,；;。\d]{0,8}$/;

/** 分别为120、150、180人 / 800，650元: the unit written once after a list belongs to each item. */
const LIST_SEPARATOR = /^\s?(?:、|，|,|和|及|与)\s?$/;

function listUnits(text: string, numbers: NumberReading[]): Map<NumberReading, number> {
  const unitAt = new Map<NumberReading, number>();
  let nextUnitAt = -1;
  for (let i = numbers.length - 1; i >= 0; i--) {
    const r = numbers[i];
    const own = readUnit(text, r.end, '');
    if (own || r.percent) {
      nextUnitAt = own ? r.end : -1;
      continue;
    }
    const next = numbers[i + 1];
    // 3、5041名…: an enumerator opening a line or sentence, not a list item.
    const opensLine = () => r.start === 0 || /[\n。；;:：]\s*$/.test(text.slice(Math.max(0, r.start - 3), r.start));
    if (nextUnitAt >= 0 && next && !opensLine() && LIST_SEPARATOR.test(text.slice(r.end, next.start)) && !r.range) unitAt.set(r, nextUnitAt);
    else nextUnitAt = -1;
  }
  return unitAt;
}

const LABEL_SCALE: Record<string, number> = { 千: 1e3, 万: 1e4, 亿: 1e8 };

const COLUMN_WORD = new RegExp(`${THIS_PERIOD_COLUMN}$`);
/** Back past the column a figure stands in (（人）：本季度 38642) to what stands before it. */
function beforeColumnWord(text: string, at: number): number {
  const word = COLUMN_WORD.exec(text.slice(Math.max(0, at - 3), at + 1));
  if (!word) return at;
  let i = at - word[0].length;
  while (i >= 0 && ' \t\u3000:：'.includes(text[i])) i--;
  return i;
}

/**
 * The unit of a bare figure that ends its line after a row label's unit (城市低保对象（人）\t1013,
 * 资金（万元）：1867.45; see rowLabelUnitAt): where the unit word starts, past a 万/亿 that scales
 * the figure. Prose with a parenthesis never reads this way.
 */
function rowLabelUnit(text: string, reading: NumberReading): { at: number; scale: number } | undefined {
  if (reading.chinese || reading.qualifier) return undefined;
  const after = text.charCodeAt(reading.end);
  // It ends its line, or its column before the next (：本季度 38642；1—9月累计 39105).
  if (reading.end < text.length && after !== 10 && after !== 13 && after !== 9 && after !== 32 && after !== 0x3b && after !== 0xff1b) return undefined;
  // Back over the gap to the closing parenthesis, then to its opening one a few characters before.
  let close = reading.start - 1;
  while (close >= 0 && ' \t\u3000:：'.includes(text[close])) close--;
  close = beforeColumnWord(text, close);
  if (text[close] !== '）' && text[close] !== ')') return undefined;
  let open = close - 1;
  while (open >= 0 && close - open <= 7 && text[open] !== '（' && text[open] !== '(') open--;
  if (open < 0 || close - open > 7) return undefined;
  const unit = rowLabelUnitAt(text, open);
  if (!unit || unit.figureAt !== reading.start) return undefined;
  const at = open + 1;
  const scale = LABEL_SCALE[text[at]];
  return scale && unit.close - at > 1 ? { at: at + 1, scale } : { at, scale: 1 };
}

/** A label's pair of units before its colon: （户/人）：. */
const UNIT_PAIR_BEFORE = /[（(]([户人])\/([户人])[)）][:：]\s?$/;

/** 城市低保对象（户/人）：1862/3410: a pair of figures under a pair of units, each taking the one in its place. */
function pairedLabelUnit(text: string, reading: NumberReading): { at: number; scale: number } | undefined {
  const second = text.charCodeAt(reading.start - 1) === 0x2f;
  if (!second && text.charCodeAt(reading.end) !== 0x2f) return undefined;
  let start = reading.start;
  if (second) for (start -= 1; start > 0 && isDigitOrDot(text.charCodeAt(start - 1)); ) start--;
  const from = Math.max(0, start - 8);
  const pair = UNIT_PAIR_BEFORE.exec(text.slice(from, start));
  if (!pair) return undefined;
  // The units stand at the pair's second and fourth characters: （户/人）.
  return { at: from + pair.index + (second ? 3 : 1), scale: 1 };
}

const isDigitOrDot = charSet('0123456789.');

/**
 * The unit a text table gives a bare figure: the row's 单位 cell or the column header's, past a
 * 万/亿 that scales it. (Its own in a parenthesis after it, 2361(人次), readUnit reads.)
 */
function tableUnit(text: string, reading: NumberReading, cell: TableCellInfo | undefined): { at: number; scale: number } | undefined {
  if (cell?.unitAt === undefined) return undefined;
  const scale = LABEL_SCALE[text[cell.unitAt]];
  return scale && /[^\t\n]/.test(text[cell.unitAt + 1] ?? '\n') ? { at: cell.unitAt + 1, scale } : { at: cell.unitAt, scale: 1 };
}

/** The unit a bulletin's 单位： line gives a bare figure ending its line (18. 年末孤儿 1042), past a 万/亿 that scales it. */
function bulletinUnit(text: string, reading: NumberReading): { at: number; scale: number } | undefined {
  if (reading.chinese || reading.qualifier) return undefined;
  const at = unitLineAt(text, reading.start, reading.end);
  if (at === undefined) return undefined;
  const scale = LABEL_SCALE[text[at]];
  return scale ? { at: at + 1, scale } : { at, scale: 1 };
}

const isPercentSign = (c: number) => c === 0x25 || c === 0xff05;

const WAN_OR_YI = new Set([0x4e07, 0x4ebf]); // 万, 亿
/** What is counted in people when it is a population: 老年人口, 户籍人口数为, 60岁以上老年人. */
const POPULATION_BEFORE = /(?:人口(?:总?数)?|老年人|老人)(?:为|达到?|约|共)?\s?$/;

/** `periodMonths`: how many months the report's period covers, which picks its flows from a 本月 | 本年累计 or 本季度 | 1-12月累计 pair of columns. */
export function figuresOf(text: string, numbers: NumberReading[], excluded: readonly Span[], periodMonths = 12): Figure[] {
  const figures: Figure[] = [];
  const mayHoldTables = mayHoldTextTables(text);
  const borrowed = listUnits(text, numbers);
  let lastStandard: { end: number; annual: boolean; assumed: boolean } | null = null;
  let rangeHighAt = -1;
  for (const reading of numbers) {
    if (reading.range || reading.start === rangeHighAt) continue;
    if (isInside(excluded, reading.start)) continue;
    // 一户一表, 四个不摘: a lone small Chinese numeral in an idiom is not a figure, unless the text
    // leads up to it as one (全区共有养老机构七家, 救助流浪乞讨人员四人次).
    if (reading.chinese && reading.value < 10 && reading.end - reading.start <= 2) {
      const lead = text.slice(Math.max(0, reading.start - 3), reading.start);
      if (!/(?:共有?|达到?|计|为|有|分布在|分布于|机构|人员|对象|儿童|老人|救助|保障|接收|惠及|安置|资助)$/.test(lead)) continue;
    }
    const tableCell = mayHoldTables ? textTableCell(text, reading.start) : undefined;
    if (tableCell?.skip) continue; // last year's column, or the change
    let measure: Measure;
    let end = reading.end;
    let factor = 1;
    let annual = false;
    let assumedMonthly = false;
    let onePersonEach = false;
    if (reading.percent) measure = 'percent';
    else {
      // The text before the figure, for 每人每月X元: only a unit of money asks for it.
      let leadText: string | undefined;
      const lead = () => (leadText ??= text.slice(Math.max(0, reading.start - 14), reading.start));
      const listUnitAt = borrowed.get(reading);
      const ownUnit = readUnit(text, reading.end, lead);
      const rowUnit = ownUnit || listUnitAt !== undefined ? undefined : (rowLabelUnit(text, reading) ?? pairedLabelUnit(text, reading) ?? tableUnit(text, reading, tableCell) ?? bulletinUnit(text, reading));
      const unitAt = listUnitAt ?? rowUnit?.at;
      const unit = ownUnit ?? (unitAt !== undefined ? readUnit(text, unitAt, lead) : null);
      if (!unit) {
        // 老年人口127.6万: a population in 万 needs no 人.
        if (unitAt === undefined && WAN_OR_YI.has(text.charCodeAt(reading.end - 1)) && POPULATION_BEFORE.test(lead())) measure = 'persons';
        // A rate in a table: % in its 单位 cell, row label or header (集中供养率 | % | 58.6).
        else if (unitAt === undefined || !isPercentSign(text.charCodeAt(unitAt))) continue;
        else measure = 'percent';
      } else {
        measure = unit.measure === 'annualStandard' ? 'monthlyStandard' : unit.measure;
        if (unit.measure === 'annualStandard') {
          // 每人每年6324元 is the same standard as 527元/人/月: normalised to the catalogue's monthly unit.
          factor = unit.factor / 12;
          annual = true;
        }
        // 由每人每月700元提高到760元, 每人每年8280元提高到8820元: the second amount is written as the first.
        if (measure === 'money' && lastStandard && LIST_LINK.test(text.slice(lastStandard.end, reading.start))) {
          measure = 'monthlyStandard';
          if (lastStandard.annual) {
            factor = unit.factor / 12;
            annual = true;
          }
          assumedMonthly = lastStandard.assumed;
        } else if (measure === 'money' && (STANDARD_BEFORE.test(lead()) || STANDARD_RAISED_TO.test(text.slice(Math.max(0, reading.start - 40), reading.start)))) {
          // A standard is never money paid: monthly when it can only be, else no figure.
          if (reading.value * unit.factor >= MONTHLY_WITHOUT_PERIOD_BELOW) continue;
          measure = 'monthlyStandard';
          assumedMonthly = true;
        }
        end = ownUnit ? unit.end : reading.end; // a borrowed unit stays with its own figure
        onePersonEach = ownUnit?.onePersonEach === true;
        if (!annual) factor = unit.factor;
        if (rowUnit) factor *= rowUnit.scale;
      }
    }
    // 本月 | 本年累计: what was paid in the month is not a year-to-date report's, nor the year so far a month's.
    if (tableCell?.span && isFlowMeasure(measure) && (tableCell.span === 'part') !== (periodMonths === tableCell.partMonths)) continue;
    // A range written with its unit at both ends is no one figure either.
    const range = end > reading.end ? RANGE_AFTER_UNIT.exec(text.slice(end, end + 8)) : null;
    if (range && !FROM_BEFORE.test(text.slice(Math.max(0, reading.start - 10), reading.start))) {
      rangeHighAt = end + range[0].length;
      continue;
    }
    let qualifier = reading.qualifier;
    const above = text.startsWith('以上', end);
    if (above || text.startsWith('以下', end)) {
      // 150张以上床位养老机构: a threshold describing something else.
      const c = text.charCodeAt(end + 2);
      if (c >= 0x4e00 && c <= 0x9fa5) continue;
      qualifier ??= above ? 'lowerBound' : 'upperBound';
      end += 2;
    }
    const value = annual ? Math.round(reading.value * factor * 100) / 100 : round(reading.value * factor);
    const figure: Figure = { reading, start: reading.start, end, measure, value, qualifier };
    if (annual) figure.annual = annual;
    if (assumedMonthly) figure.assumedMonthly = true;
    if (onePersonEach) figure.onePersonEach = true;
    figures.push(figure);
    lastStandard = measure === 'monthlyStandard' ? { end, annual, assumed: assumedMonthly } : null;
  }
  return figures;
}

const round = (v: number): number => Math.round(v * 1e6) / 1e6;

