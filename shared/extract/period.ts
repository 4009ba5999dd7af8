// The period a report covers: the year (and half, quarter or month) from its title or opening,
// inferred from the years the text speaks of when no heading says; `asOf` from 截至X月底,
// 1-10月 and the like. Plan sections are already cut out, so 2022年工作谋划 does not move a
// 2021 report into 2022.
import type { ReportPeriod } from '../domain/report.ts';
import { isInside, type Span } from './structure.ts';
import { charSet, isWhiteSpace } from './charClass.ts';

const CN_DIGIT: Record<string, string> = {
  〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};
const CN_MONTH: Record<string, number> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12,
};

const YEAR = /(20\d\d|二[〇零]\S{2})\s?年/g;
/** A month written in digits or Chinese numerals (11, 十一), or NaN. */
export const monthNumber = (s: string): number => (/^\d+$/.test(s) ? Number(s) : (CN_MONTH[s] ?? NaN));

function yearValue(raw: string): number | null {
  if (/^\d{4}$/.test(raw)) return Number(raw);
  const digits = [...raw].map((c) => CN_DIGIT[c]).join('');
  return /^\d{4}$/.test(digits) ? Number(digits) : null;
}

interface PeriodShape {
  kind: 'year' | 'half' | 'quarter' | 'month';
  n?: number;
  /** The month a year-to-date report runs to (前三季度 → 9). */
  through?: number;
  /** The year the phrase itself names, where it does (2023年5月). */
  year?: number;
}

/**
 * The ways a heading or opening sentence announces its period, each with the shape it gives.
 * A 前N季度 is not the quarter it names.
 */
const SHAPES: Array<[RegExp, (m: RegExpExecArray) => PeriodShape | null]> = [
  [/上半年/, () => ({ kind: 'half', n: 1 })],
  [/下半年/, () => ({ kind: 'half', n: 2 })],
  [/1\s?[-—–至~～]\s?6\s?月/, () => ({ kind: 'half', n: 1 })],
  [/1\s?[-—–至~～]\s?3\s?月/, () => ({ kind: 'quarter', n: 1 })],
  [/前[两二]季度/, () => ({ kind: 'half', n: 1 })],
  [/前三季度/, () => ({ kind: 'year', through: 9 })],
  [/1\s?[-—–至~～]\s?(?:9|1[0-2]|[78])\s?月/, () => ({ kind: 'year' })],
  [/(?<!前)(?:第)?([一二三四1-4])\s?季度/, (m) => ({ kind: 'quarter', n: monthNumber(m[1]) })],
  [/(?<![\d-—–至~～])(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s?月份?(?:全[市县区州盟旗省])?(?:工作|民政)/, (m) => ({ kind: 'month', n: monthNumber(m[1]) })],
  // A line opening on a year and month; a line of that alone under the title (2024年3月) may be when it was published.
  [/(?:^|\n)\s?(20\d\d)\s?年\s?(1[0-2]|[1-9])\s?月(?!底|末|\s?\d{1,2}\s?日|份?(?:以来|起|开始)|[-—–至~～])/, (m) => ({ kind: 'month', n: monthNumber(m[2]), year: Number(m[1]) })],
];
/** A bulletin's first item opening on its month (8月份，全县共发放…; 一、8月份全县城乡低保金…), where nothing above names a period. */
const MONTH_ITEM = /(?:^|\n)\s?(?:[一二三四五六七八九十]{1,2}、)?(1[0-2]|[1-9])\s?月份(?:[，,]|全[市县区州盟旗])/;
/** Words of a whole year's report, which a half-year's summary may use too: asked only when no part of the year is named. */
const YEAR_WORDS = /(?<!去年|上年)全年|年度|工作总结|年工作/;

/**
 * What kind of period a heading or opening sentence announces: the part of the year it names
 * first (●11月份全市民政重点工作 before the 1—11月累计 of its figures), else a whole year.
 */
function shapeOf(s: string): PeriodShape | null {
  let first: { at: number; shape: PeriodShape } | null = null;
  for (const [re, shapeFor] of SHAPES) {
    const m = re.exec(s);
    if (!m || (first && m.index >= first.at)) continue;
    // 一季度：… opening a line is a section of the report, one of its parts, not its period.
    if ((m.index === 0 || s[m.index - 1] === '\n') && /[：:]/.test(s[m.index + m[0].length] ?? '')) continue;
    const shape = shapeFor(m);
    if (shape) first = { at: m.index, shape };
  }
  return first?.shape ?? (YEAR_WORDS.test(s) ? { kind: 'year' } : null);
}

function keyOf(year: number, shape: PeriodShape | null): string {
  if (!shape || shape.kind === 'year' || !shape.n) return String(year);
  if (shape.kind === 'half') return `${year}-H${shape.n}`;
  if (shape.kind === 'quarter') return `${year}-Q${shape.n}`;
  return `${year}-${String(shape.n).padStart(2, '0')}`;
}

/**
 * The opening of a report, where the period is announced: its short title lines, then the
 * first sentence of its first paragraph. Later lines speak of other years in passing.
 */
function opening(text: string): string {
  // Only the first four non-empty lines are read, so the rest of the text is never split.
  const lines: string[] = [];
  for (let from = 0; from <= text.length && lines.length < 4; ) {
    let nl = text.indexOf('\n', from);
    if (nl < 0) nl = text.length;
    const line = text.slice(from, nl).trim();
    if (line) lines.push(line);
    from = nl + 1;
  }
  const parts: string[] = [];
  for (const line of lines.slice(0, 4)) {
    if (line.length <= 60) {
      parts.push(line);
      continue;
    }
    const stop = line.search(/[。；]/);
    parts.push(stop < 0 ? line : line.slice(0, stop));
    break;
  }
  return parts.join('\n').slice(0, 300);
}

/** The year the opening announces (title, first lines), or the one the text says it reviews. */
export function statedYear(text: string): number | null {
  return titleYear(opening(text)) ?? reviewedYear(text, []);
}

/**
 * Whether the text is spoken at a meeting of the year after `year` (在2023年全市民政工作会议上的讲话
 * reviewing 2022), or dated at its head early in that year (时间：2024年1月18日, a press conference
 * on 2023): its 去年 is the period, and its 今年 the year ahead.
 */
export function spokenYearAfter(text: string, year: number): boolean {
  const head = opening(text);
  for (const m of head.matchAll(YEAR)) {
    if (yearValue(m[1]) !== year + 1) continue;
    const after = head.slice(m.index! + m[0].length, m.index! + m[0].length + 14);
    if (MEETING.test(after)) return true;
    const date = FULL_DATE.exec(after);
    if (date && monthNumber(date[1]) <= REVIEW_MONTHS) return true;
  }
  return false;
}

/** `plans`: a plan's year counts too, when nothing else says which year the text is of. */
function titleYear(head: string, plans = false): number | null {
  for (const m of head.matchAll(YEAR)) {
    const y = yearValue(m[1]);
    const after = head.slice(m.index! + m[0].length, m.index! + m[0].length + 14);
    // A year in the opening that is preceded by 自/从 or followed by 以来 is a starting point; a
    // date under the title (（2022年2月16日）) is when it was written, and a meeting's year
    // (在2022年全市民政工作会议上的讲话) is when the year before was reviewed.
    // Nor is a plan's year (关于印发《2024年全市民政工作要点》的通知), nor any after it: its figures
    // are of the year it reviews.
    if (!plans && PLAN_TITLE.test(after)) return null;
    if (y && !/^.{0,2}(?:以来|至今)/.test(after) && !FULL_DATE.test(after) && !MEETING.test(after)) return y;
  }
  return null;
}

export function findPeriod(text: string, excluded: readonly Span[]): ReportPeriod {
  const head = opening(text);
  // The title's year, else the year the text says it reviews (总结2021年工作, a paragraph opening
  // 2021年，…), else the year its figures run to (截至2021年7月底), else one read from all the
  // years it speaks of (which may be a plan's: 预计2022年3月投入使用).
  const year = titleYear(head) ?? reviewedYear(text, excluded) ?? asOfYear(text, excluded) ?? yearSpokenOf(text, excluded) ?? titleYear(head, true);
  if (year === null) return { key: null };

  const asOf = findAsOf(text, excluded, year);
  // A report that names no period but runs to June or March (关于今年以来…的汇报, 截至6月底) is a half or a quarter.
  // A part of the year the title names (2022年第三季度工作情况) outweighs a 1-9月 in the lines below it.
  const titleEnd = head.indexOf('\n');
  const titleShape = shapeOf(titleEnd < 0 ? head : head.slice(0, titleEnd));
  const start = text.slice(0, 600);
  const monthItem = MONTH_ITEM.exec(start);
  // A month of another year (湖州市2023年民政事业发展统计公报 / 2024年3月: its publication) is not the report's.
  const own = (s: PeriodShape | null) => (s && s.year !== undefined && s.year !== year ? null : s);
  const shape =
    own(titleShape?.kind !== 'year' ? titleShape : null) ??
    own(shapeOf(head)) ??
    (monthItem ? { kind: 'month' as const, n: monthNumber(monthItem[1]) } : null) ??
    own(shapeOf(start)) ??
    shapeOfAsOf(asOf);
  const period: ReportPeriod = { key: keyOf(year, shape) };
  // Without a 截至 or 1-N月 in the text, a part of the year still says where its figures run to.
  const through =
    shape?.kind === 'half'
      ? shape.n === 1 ? 6 : 12
      : shape?.kind === 'quarter' && shape.n
        ? shape.n * 3
        : shape?.kind === 'month' && shape.n
          ? shape.n
          : shape?.through;
  if (asOf) period.asOf = asOf;
  else if (through) period.asOf = `${year}-${String(through).padStart(2, '0')}`;
  else if ((!shape || shape.kind === 'year') && opensOnYearEnd(text, excluded, year)) period.asOf = `${year}-12`;
  return period;
}

/**
 * With no year announced: the latest year the text speaks of, or, when it names none but the
 * date it was written (…民政局 2023年11月28日) and reports on 今年, that date's year.
 */
function yearSpokenOf(text: string, excluded: readonly Span[]): number | null {
  const yearsInText = new Set<number>();
  const sinceYears = new Set<number>();
  let latestDateYear: number | null = null;
  let latestDateMonth = 0;
  for (const m of text.matchAll(YEAR)) {
    // A full date (2022年2月22日, 2024年一月十日) is when the report was signed or something happened, not its
    // period; read even in a plan section or a page footer, where a signature or a publication date stands.
    const date = FULL_DATE.exec(text.slice(m.index! + m[0].length, m.index! + m[0].length + 8));
    if (date) {
      const y = yearValue(m[1]);
      if (y && (latestDateYear === null || y > latestDateYear || (y === latestDateYear && monthNumber(date[1]) > latestDateMonth))) {
        latestDateYear = y;
        latestDateMonth = monthNumber(date[1]);
      }
      continue;
    }
    if (isInside(excluded, m.index!)) continue;
    const before = text.slice(Math.max(0, m.index! - 2), m.index!);
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 3);
    if (/[到至于]$/.test(before) || /^(?:底前|前|以前)/.test(after) || /^[-—–]/.test(after)) continue;
    const y = yearValue(m[1]);
    if (y && /^(?:以来|至今)/.test(after)) sinceYears.add(y);
    else if (y) yearsInText.add(y);
  }
  // 2021年以来新增… in a text dated 2023年10月 runs over years up to the one the date reviews; 2020年以来
  // in a text dated 2021年1月 (or undated) is that year so far.
  const dated = latestDateYear === null ? null : latestDateMonth <= REVIEW_MONTHS ? latestDateYear - 1 : latestDateYear;
  for (const y of sinceYears) if (dated === null || y >= dated) yearsInText.add(y);
  if (yearsInText.size) return Math.max(...yearsInText);
  if (sinceYears.size && dated !== null) return dated;
  if (!THIS_YEAR.test(text)) {
    // 全年工作总结…一年来… signed 二〇二四年一月十日: a year's review written early in the next year is of the year before.
    return latestDateYear !== null && latestDateMonth <= REVIEW_MONTHS && YEAR_REVIEWED.test(text.slice(0, 600)) ? latestDateYear - 1 : null;
  }
  // A news page's dateline (2024-10-16 08:42 来源：…) is such a date too.
  for (const m of text.matchAll(NUMERIC_DATE)) {
    if (/\d/.test(text[m.index! - 1] ?? '')) continue;
    const y = Number(m[1]);
    if (latestDateYear === null || y > latestDateYear) latestDateYear = y;
  }
  return latestDateYear;
}

/** 2024-10-16, 2024/10/16, 2024.10.16: a date written in digits alone (led by its year, not a lookbehind a scan would try at every character). */
const NUMERIC_DATE = /(20\d\d)([-/.])(?:0?[1-9]|1[0-2])\2(?:0?[1-9]|[12]\d|3[01])(?!\d)/g;

/** What follows the 年 of a full date: 2022年2月16日, 2024年一月十日 (a signature's year in Chinese numerals is digits by now); the month captured. */
const FULL_DATE = /^\s?(\d{1,2}|十[一二]?|[一二三四五六七八九])\s?月\s?(?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s?日/;
/** The months of a year in which the year before is reviewed: a text dated then speaks of it. */
const REVIEW_MONTHS = 3;
/** A review of a whole year that names none: 一年来, 全年工作总结, 年度工作总结. */
const YEAR_REVIEWED = /一年来|全年工作总结|年度工作总结/;
/** What follows the year of a meeting in a speech's title: 2022年全市民政工作会议. */
const MEETING = /^[^。，,；;]{0,12}会议/;
/** What a plan for the year is called, with no summary of it before (2023年上半年工作总结暨下半年工作打算 is one). */
const PLAN_TITLE = /^(?:(?!总结|回顾|情况|报告)[^。，,；;]){0,8}工作(?:要点|计划|思路|安排)/;
const REVIEWED = /(?:总结|回顾)\s?(20\d\d)\s?年|(?:^|\n)\s*(20\d\d)\s?年[，,]/g;

function reviewedYear(text: string, excluded: readonly Span[]): number | null {
  for (const m of text.slice(0, 1500).matchAll(REVIEWED)) {
    if (!isInside(excluded, m.index!)) return Number(m[1] ?? m[2]);
  }
  return null;
}

const AS_OF_YEAR = /(?:截至|截止到?)\s?(20\d\d)\s?年/g;

/** The latest year an as-of names (截至2021年7月底): the figures run to it. */
function asOfYear(text: string, excluded: readonly Span[]): number | null {
  let latest: number | null = null;
  for (const m of text.matchAll(AS_OF_YEAR)) {
    const y = Number(m[1]);
    if (!isInside(excluded, m.index!) && (latest === null || y > latest)) latest = y;
  }
  return latest;
}

function shapeOfAsOf(asOf: string | undefined): PeriodShape | null {
  const month = asOf ? Number(asOf.slice(5)) : 0;
  if (month === 6) return { kind: 'half', n: 1 };
  if (month === 3) return { kind: 'quarter', n: 1 };
  return null;
}

/** The text speaks of the year it was written in. */
const THIS_YEAR = /今年|本年度/;

/** 截至2021年底, 截至年末: the end of a year. */
const AS_OF_YEAR_END = /(?:截至|截止到?)\s?(?:(20\d\d)\s?)?年(?:底|末)/g;
/**
 * A clause opening on the end of the year (年末全市共有…, 2022年底，全市…): where a year's report
 * counts its stocks. 力争年底前, 上年末 and 比上年末 are not.
 */
const YEAR_END = /(?:(20\d\d)\s?)?年(?:底|末)(?!前)/g;
const CLAUSE_BREAK = charSet('，,。；;：:\n');
const LINE_BREAK = charSet('\n\r\u2028\u2029');

/**
 * Whether a clause opens at `at`: at a line's start, or after a clause's punctuation and any
 * spaces. Asked of YEAR_END's few matches, where a lookbehind would be tried at every character.
 */
export function opensClause(text: string, at: number): boolean {
  if (at === 0 || LINE_BREAK(text.charCodeAt(at - 1))) return true;
  // Back over spaces to the punctuation, which may be a line break that is a space as well.
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (CLAUSE_BREAK(c)) return true;
    if (!isWhiteSpace(c)) return false;
  }
  return false;
}

const AS_OF = [
  // 截至2020年6月, 截至11月底, 截止6月30日, 截至目前 (ignored: no month)
  /(?:截至|截止到?|到)\s?(?:(20\d\d)\s?年)?\s?(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s?月(?:底|末|份|\d{1,2}日|[一二三]?十?[一二三四五六七八九]?日)?/g,
  // 1-10月, 1—10月, 1至10月, 1~9月
  /(?<!\d)1\s?[-—–至~～]\s?(1[0-2]|[2-9])\s?月/g,
];

function opensOnYearEnd(text: string, excluded: readonly Span[], year: number): boolean {
  for (const m of text.matchAll(YEAR_END)) {
    if (opensClause(text, m.index!) && !isInside(excluded, m.index!) && (!m[1] || Number(m[1]) === year)) return true;
  }
  return false;
}

function findAsOf(text: string, excluded: readonly Span[], year: number): string | undefined {
  let best = 0;
  let bestYear = year;
  for (const re of AS_OF) {
    for (const m of text.matchAll(re)) {
      if (isInside(excluded, m.index!)) continue;
      const explicitYear = re === AS_OF[0] && m[1] ? Number(m[1]) : year;
      const month = monthNumber(re === AS_OF[0] ? m[2] : m[1]);
      if (!month || explicitYear !== year) continue;
      if (month > best) {
        best = month;
        bestYear = explicitYear;
      }
    }
  }
  for (const m of text.matchAll(AS_OF_YEAR_END)) {
    if (isInside(excluded, m.index!) || (m[1] && Number(m[1]) !== year)) continue;
    best = 12;
    bestYear = year;
  }
  return best ? `${bestYear}-${String(best).padStart(2, '0')}` : undefined;
}
