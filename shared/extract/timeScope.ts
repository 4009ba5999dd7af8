// Whose period a figure is: the time a sentence names before it (2020年…, 上年同期…, 12月份…,
// 一季度…) holds until the next one. A figure under another year, or a flow under a part of the
// report's period (an annual report's 12月份 money), is not a figure of the report's period.
//
// Years and months are found from their 年 and 月 and read backwards: a regex that starts on
// their digits would be tried at every figure of the text.
import type { ReportPeriod } from '../domain/report.ts';
import { monthSpan, monthsCovered, parsePeriodKey } from '../domain/periods.ts';
import { charSet, isColon, raw } from './charClass.ts';
import { isFlowMeasure } from './figures.ts';
import { monthNumber } from './period.ts';
import type { Measure } from './lexicon.ts';
import type { Region } from './markers.ts';

/** `season`: a part of the period (疫情期间) that holds only to the end of its clause. */
/** A clause opening on a year (其中2023年…), not a span of years (2021年至2023年). */
const OWN_YEAR_AT = /^\s*(?:其中)?[，,]?\s*(20\d\d)\s?年(?!\s?(?:[至到—–-]|以来|度?以前))/;
type TimeKind = 'this' | 'other' | 'part' | 'season';

interface TimePhrase {
  start: number;
  end: number;
  kind: TimeKind;
  /**
   * How far past a ； it holds: a time that labels its line (一季度：…) to the line's end; another year
   * heading a list (现将2023年同期主要数据列示如下：…；…, 2023年同期，…；…) to the sentence's end.
   */
  reach?: '\n' | '。';
  /** The start of a level set before the period (自2024年7月1日起): a level then is still the period's. */
  inForce?: boolean;
}

/**
 * Time words: an as-of (截至2020年6月, 截至年底: the point the figures run to, of its year, read
 * in full so its year and month are not read again), last year (上年, 去年同期; not a comparison's
 * 比上年), a half, the words that return to the report's own time (今年, 全年), a season
 * within it (疫情期间, 春节期间, 汛期), the month (本月) and the month or quarter before (上月, 上季度).
 * Quarters are found from their 季度.
 */
const WORDS =
  /(?:截至|截止到?)\s?(?:(20\d\d)\s?年)?\s?(?:(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s?月)?(?:份|底|末|\d{1,2}日)?|(?<![比较与同由从])(?:上年|去年|上一年)(?:同期|全年|底|末|上半年|下半年)?(?!度?[相比])|(上半年|下半年)|(今年|本年)|(全年|年内|当年)|((?:疫情|疫情防控|春节|两节|节日|防汛|防汛救灾|抗洪|救灾|汛|寒潮)期间|汛期|当天|当日)|(本月|当月)|(?<![比较与同由从])(上月|上个月|上季度|上一季度)(?!度?[相比])/g;
/** What may follow a year's 年 as part of its phrase: 2020年全年, 2020年上半年, 2020年底. */
const YEAR_PART = /^(?:度|全年|底|末|上半年|下半年|第?[一二三四]季度)/;
/** After 年, what makes it no time phrase: 2015年以来, a range 2019年至2021年. */
const NOT_A_YEAR_AFTER = /^(?:以来|至今|\s?[-—–至~～])/;
/** After 月, what makes it no single month: 月底 (an as-of), a date, a range, a start (1月起). */
const NOT_A_MONTH_AFTER = /^(?:[底末]|\s?\d{1,2}\s?日|\s?[-—–至~～]|份?(?:起|以来|开始|至今))/;
/** Before a year's digits: the end of a range, a comparison (比2020年) or where a change starts (由2020年). */
const NOT_BEFORE_YEAR = new Set([...'比较与同至到由从~～—–-'].map((c) => c.charCodeAt(0)));
const NOT_BEFORE_MONTH = new Set([...'-—–至~～'].map((c) => c.charCodeAt(0)));
const QUARTER_NUMERAL = new Set(['一', '二', '三', '四', '1', '2', '3', '4']);
const CN_MONTH: Record<string, boolean> = { 一: true, 二: true, 三: true, 四: true, 五: true, 六: true, 七: true, 八: true, 九: true };

const isDigit = (c: number) => c >= 48 && c <= 57;
const C_NIAN = '年'.charCodeAt(0);
/** The start of a range of months that ends at the month after it: 1-, 7—, 10至. */
const RANGE_START = /(1[0-2]|[1-9])\s?[-—–至~～]\s?$/;

/** The month written in digits between `start` and the 月 at `at`, or 0. */
function monthNumberAt(text: string, start: number, at: number): number {
  const n = Number(text.slice(start, at).trim());
  return Number.isInteger(n) ? n : 0;
}

/** The report's period in the terms the phrases are judged by: its year and how many months it spans. */
function periodParts(period: ReportPeriod): { year: number | null; months: number; firstMonth: number } {
  const key = period.key ?? '';
  const parsed = parsePeriodKey(key);
  return { year: parsed?.year ?? null, months: monthsCovered(key) ?? 12, firstMonth: parsed ? monthSpan(parsed)[0] : 1 };
}

/** The year written right before the 年 at `at` (2020年, 2020 年), with where it starts; null if none. */
function yearBefore(text: string, at: number): { year: number; start: number } | null {
  let end = at;
  if (text.charCodeAt(end - 1) === 32) end--;
  const start = end - 4;
  if (start < 0 || text.charCodeAt(start) !== 50 || text.charCodeAt(start + 1) !== 48) return null; // 20..
  if (!isDigit(text.charCodeAt(start + 2)) || !isDigit(text.charCodeAt(start + 3))) return null;
  if (start > 0 && isDigit(text.charCodeAt(start - 1))) return null;
  return { year: Number(text.slice(start, end)), start };
}

/** Where the month numeral right before the 月 at `at` starts (12月, 十二月, 3 月), or -1. */
function monthStartBefore(text: string, at: number): number {
  let end = at;
  if (text.charCodeAt(end - 1) === 32) end--;
  const c1 = text.charCodeAt(end - 1);
  if (isDigit(c1)) {
    // 1[0-2] or [1-9], the digit before not another digit.
    const c0 = text.charCodeAt(end - 2);
    if (c0 === 49 && c1 >= 48 && c1 <= 50) return isDigit(text.charCodeAt(end - 3)) ? -1 : end - 2;
    if (c1 === 48 || isDigit(c0)) return -1;
    return end - 1;
  }
  const ch = text[end - 1];
  if (ch === '十') return end - 1;
  if (ch === '一' || ch === '二') return text[end - 2] === '十' ? end - 2 : end - 1;
  return CN_MONTH[ch] ? end - 1 : -1;
}

/** 其中 and a part of the year, up to the end of the sentence: 其中下半年, 其中三季度, 其中7—12月. */
const PART_AFTER = /^[^。；;\n]*?其中\s?(?:(上|下)半年|第?([一二三四1-4])季度|(\d{1,2})\s?[-—–至~～]\s?(\d{1,2})\s?月)/;
const QUARTER_OF: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };

/** Whether the sentence after `at` breaks a figure down to the report's own months (…，其中下半年1052人次). */
function ownPartFollows(text: string, at: number, firstMonth: number, months: number): boolean {
  const m = PART_AFTER.exec(text.slice(at, at + 80));
  if (!m) return false;
  const [first, last] = m[1] ? (m[1] === '上' ? [1, 6] : [7, 12]) : m[2] ? [QUARTER_OF[m[2]] * 3 - 2, QUARTER_OF[m[2]] * 3] : [Number(m[3]), Number(m[4])];
  return first === firstMonth && last === firstMonth + months - 1;
}

const C_LF = 10;
const CLAUSE_BREAK = /[，,；;：:]/;
const C_DUN = '、'.charCodeAt(0);
/** What follows the last of a list of months (3月、7月) whose each had its event: 分别开展, 先后举办. */
const MONTHS_OF_EVENTS = /^份?(?:[，,]\s?)?(?:分别|先后)/;
/** What parts a year from the 全年 after it: a clause's or a sentence's end, or a line's (2020年\n全年…). */
const YEAR_LINK_BREAK = /[，,；;：:。！？!?\n]/;
const CLAUSE_END = /[，,；;]/;
const SINCE_BEFORE = charSet('自从');
/** 7月1日起: the month (and day) a level starts from. */
const MONTH_FROM = raw`\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?\s?起`;
const SINCE_AFTER = new RegExp(`^${MONTH_FROM}`);
const LATER_SINCE = new RegExp(raw`[自从]\s?(?:20\d\d\s?年)?${MONTH_FROM}`);
/** The rest of another year's clause when it heads a list (…主要数据如下：, 2023年同期，): up to a colon, or a few words to a comma. */
const HEADS_LIST = /[^，,；;：:。\n]*[：:]|[^，,；;：:。\n]{0,3}[，,]/y;
const SENTENCE_OPENS_AFTER = charSet('。；;：:\n');

/** An item's number before what a clause says: (9), 3., 二是, ①. */
const ITEM_NUMBER = /^\s*(?:[（(]\d{1,2}[)）]|\d{1,2}[.、)）]|[一二三四五六七八九十]+[、是]|[①-⑳])?\s*/;

/** Whether the phrase at `at` stands inside its clause, more than two characters past where the clause (from `from` on) opens, past an item's number. */
function saidInside(text: string, from: number, at: number): boolean {
  let start = at;
  while (start > from && !CLAUSE_BREAK.test(text[start - 1])) start--;
  const head = text.slice(start, at);
  return head.length - ITEM_NUMBER.exec(head)![0].length > 2;
}

const OPEN_PAREN = new Set([0x28, 0xff08]);
const CLOSE_PAREN = new Set([0x29, 0xff09]);

/**
 * Whether text[from, to) closes a parenthesis opened before `from` after a figure of its own: a
 * note on another time's figure (（2018年为3960元）), not a time that only names another
 * (“十三五”初期（2016年）的每人每月460元).
 */
function closesNoteBetween(text: string, from: number, to: number): boolean {
  // Most stretches close no parenthesis: looked for before reading character by character.
  const close = text.indexOf(')', from);
  const fullClose = text.indexOf('）', from);
  if ((close < 0 || close >= to) && (fullClose < 0 || fullClose >= to)) return false;
  let depth = 0;
  let figure = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) figure = true;
    else if (OPEN_PAREN.has(c)) depth++;
    else if (CLOSE_PAREN.has(c) && depth-- === 0) return figure;
  }
  return false;
}

/**
 * The regions, each reaching back to its line's start when that line may open on a label
 * (一季度：…；…) or when it starts after a ； (2023年同期，…；…): such a time holds past the ；, and
 * the sentences between must then be read too for a time said after it to take over from it.
 */
function readFromLineStart(text: string, regions: readonly Region[]): readonly Region[] {
  let widened: Region[] | undefined;
  regions.forEach((region, i) => {
    const lineStart = text.lastIndexOf('\n', region.start - 1) + 1;
    // …；a sentence after a ；: another year heading the list before it (2023年同期，…；) may reach it.
    if (lineStart >= region.start || (!SEMI(text.charCodeAt(region.start - 1)) && !LABEL_COLON.test(text.slice(lineStart, Math.min(region.start, lineStart + LABEL_REACH))))) return;
    widened ??= regions.slice();
    widened[i] = { start: lineStart, end: region.end };
  });
  if (!widened) return regions;
  // Regions widened over earlier ones on their line are merged, so no phrase is found twice.
  const merged: Region[] = [];
  for (const r of widened.sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}
const LABEL_COLON = /[:：]/;
const SEMI = charSet('；;');
/** How far into a line a label's colon may stand (2023年1—9月：). */
const LABEL_REACH = 16;

/** Calls `found` with each index of `needle` inside `regions`. */
function eachIndexOf(text: string, needle: string, regions: readonly Region[], found: (at: number) => void): void {
  for (const region of regions) {
    for (let at = text.indexOf(needle, region.start); at >= 0 && at < region.end; at = text.indexOf(needle, at + needle.length)) found(at);
  }
}

export class TimeScopes {
  private readonly phrases: TimePhrase[] = [];

  private readonly text: string;
  private readonly year: number | null;

  /**
   * `spokenYearAfter`: the text is spoken in the year after its period, so 去年 is the period's.
   * `regions`: the stretches asked about (sentences with figures, see markers.ts); only their
   * phrases are found, as a figure's time is looked for in its own sentence.
   */
  constructor(text: string, period: ReportPeriod, spokenYearAfter = false, regions: readonly Region[] = [{ start: 0, end: text.length }]) {
    this.text = text;
    const { year, months, firstMonth } = periodParts(period);
    this.year = year;
    const asOfMonth = period.asOf ? Number(period.asOf.slice(5)) : 0;
    // takesYearBefore: 全年, 年内, 当年, which a year said just before makes that year's (2022年全县全年…).
    const found: Array<TimePhrase & { takesYearBefore?: boolean }> = [];
    const sinceJanuary: TimeKind = months === 3 && firstMonth > 1 ? 'part' : 'this';
    regions = readFromLineStart(text, regions);
    for (const region of regions) {
      WORDS.lastIndex = region.start;
      for (let m = WORDS.exec(text); m && m.index < region.end; m = WORDS.exec(text)) {
        let kind: TimeKind;
        // 截至9月底 and 今年 run from January: in a later quarter's report, what was paid since is
        // more than the quarter's (三季度完成215户 is its own); what stands then is its own.
        if (m[0].startsWith('截')) kind = m[1] && year !== null && Number(m[1]) !== year ? 'other' : sinceJanuary;
        // 上半年 in a half's report is its own, or the other half; in a quarter's or a year's, flows
        // over it are not the period's (上半年累计发放低保金… beside 二季度…).
        else if (m[2]) kind = months !== 6 ? 'part' : (m[2] === '上半年') === (firstMonth === 1) ? 'this' : 'other';
        else if (m[3]) kind = spokenYearAfter ? 'other' : sinceJanuary;
        // 全年…2036人次，其中下半年1052人次 in a half-year's report: the whole year is more than its own part.
        // 疫情期间, 春节期间, 汛期, 七夕当天: a season or a day within the period, whose money is a part of the period's.
        else if (m[5]) kind = 'season';
        // 本月: a month's report's own, a part of any longer period.
        else if (m[6]) kind = months === 1 ? 'this' : 'part';
        // 上月发放605.10万元: the month (or quarter) before a month's (or a quarter's) report is another
        // time; within a longer period, a part of it.
        else if (m[7]) kind = (m[7].endsWith('月') ? months === 1 : months === 3) ? 'other' : 'part';
        else if (m[4]) kind = months < 12 && ownPartFollows(text, m.index + m[0].length, firstMonth, months) ? 'other' : 'this';
        else kind = spokenYearAfter && !m[0].endsWith('同期') ? 'this' : 'other'; // 上年, 去年同期
        found.push({ start: m.index, end: m.index + m[0].length, kind, takesYearBefore: m[4] !== undefined });
      }
    }
    // Quarters: 一季度, 第3季度.
    eachIndexOf(text, '季度', regions, (at) => {
      const n = text[at - 1] === ' ' ? at - 2 : at - 1;
      if (!QUARTER_NUMERAL.has(text[n])) return;
      // 前三季度 runs from January, as 1-9月 does.
      if (text[n - 1] === '前') found.push({ start: n - 1, end: at + 2, kind: firstMonth === 1 ? 'this' : 'part' });
      else found.push({ start: text[n - 1] === '第' ? n - 1 : n, end: at + 2, kind: months > 3 ? 'part' : 'this' });
    });
    // Years: 2020年…
    let raisedInPeriod: boolean | undefined;
    eachIndexOf(text, '年', regions, (at) => {
      const y = yearBefore(text, at);
      if (!y || (y.start > 0 && NOT_BEFORE_YEAR.has(text.charCodeAt(y.start - 1)))) return;
      const after = text.slice(at + 1, at + 6);
      if (NOT_A_YEAR_AFTER.test(after)) return;
      const part = YEAR_PART.exec(after);
      const end = at + 1 + (part ? part[0].length : 0);
      // 2023年度…任务600户…，其中四季度完成218户 in a quarter's report: the whole year, as 全年 is, more than its own part.
      const wholeYear = part !== null && (part[0] === '度' || part[0] === '全年') && months < 12 && ownPartFollows(text, end, firstMonth, months);
      const kind = year === null || (y.year === year && !wholeYear) ? 'this' : 'other';
      // 自2024年7月1日起为每人每月1200元 in a 2025 report: a level set before the period, still in force
      // unless the sentence sets another from a later date (…，自2025年1月1日起提高到…).
      const inForce =
        kind === 'other' &&
        y.year < year! &&
        SINCE_BEFORE(text.charCodeAt(y.start - 1)) &&
        SINCE_AFTER.test(text.slice(at + 1, at + 12)) &&
        !LATER_SINCE.test(text.slice(at + 12, at + 120).split('。')[0]) &&
        // …nor the text one from a date in the period (2023年7月起…提高到1200元).
        !(raisedInPeriod ??= new RegExp(`(?:${year}年|今年|本年)${MONTH_FROM}`).test(text));
      found.push(inForce ? { start: y.start, end, kind, inForce } : { start: y.start, end, kind });
    });
    // Months: 12月份…, and the month that ends a range (1-11月) which is the report's own.
    eachIndexOf(text, '月', regions, (at) => {
      const start = monthStartBefore(text, at);
      if (start < 0) return;
      const before = start > 0 ? text.charCodeAt(start - 1) : 0;
      const from = Math.max(0, start - 6);
      const range = RANGE_START.exec(text.slice(from, start));
      if (range !== null && !isDigit(text.charCodeAt(from + range.index - 1))) {
        // 1-11月 runs the report's year to date; 7-12月 is the report's own half, or a part of its
        // year. A quarter's or a second half's report that says 1-9月 speaks of more than its own
        // months: what was paid then is not the period's.
        const first = Number(range[1]);
        const last = monthNumberAt(text, start, at);
        // A year's report that runs to its last quarter (截至12月底) and speaks of 1—6月 or 1—9月 speaks of a part of
        // its year (a quarter short or more); 1—11月 in a report written in December is its year to date.
        const own = first === firstMonth && (firstMonth === 1 || last - first + 1 >= months) && !(months === 12 && asOfMonth >= 9 && last <= asOfMonth - 3);
        // 2022年1—6月 is one phrase, from its year: a clause after it opens under it.
        const rangeStart = from + range.index;
        const y = text.charCodeAt(rangeStart - 1) === C_NIAN ? yearBefore(text, rangeStart - 1) : null;
        const kind: TimeKind = y && year !== null && y.year !== year ? 'other' : own ? 'this' : 'part';
        // 2023年同期（1—11月）: a range just after another year's phrase is that year's months.
        found.push({ start: y ? y.start : rangeStart, end: at + 1, kind, takesYearBefore: !y });
        return;
      }
      if (isDigit(before) || NOT_BEFORE_MONTH.has(before)) return;
      const after = text.slice(at + 1, at + 8);
      if (NOT_A_MONTH_AFTER.test(after)) return;
      // 9月份全县发放… in October's report, 6月份… in the third quarter's: a month outside the period is another time.
      const month = monthNumber(text.slice(start, at).trim());
      const outside = month < firstMonth || month >= firstMonth + months;
      // 3月、7月分别开展…专项行动，…累计救助1436人次: months listed for what was done in each date
      // those events, as a season does, only in their own clause.
      const events = !outside && months > 1 && MONTHS_OF_EVENTS.test(text.slice(at + 1, at + 12)) && text.charCodeAt(start - 1) === C_DUN;
      found.push({ start, end: at + 1 + (after.startsWith('份') ? 1 : 0), kind: outside ? 'other' : events ? 'season' : months > 1 ? 'part' : 'this' });
    });
    // In order; a year or month inside an as-of (截至2020年6月) is that as-of's, not a phrase of its own.
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    let lastEnd = -1;
    for (const p of found) {
      if (p.start < lastEnd) continue;
      const before = this.phrases[this.phrases.length - 1];
      const ofYearBefore = p.takesYearBefore && before?.kind === 'other' && p.start - before.end <= 4 && !YEAR_LINK_BREAK.test(text.slice(before.end, p.start));
      const phrase: TimePhrase = { start: p.start, end: p.end, kind: ofYearBefore ? 'other' : p.kind, inForce: p.inForce };
      if (p.kind === 'part' && isColon(text.charCodeAt(p.end)) && (p.start === 0 || text.charCodeAt(p.start - 1) === C_LF)) phrase.reach = '\n';
      // Another year heads a list when its clause ends on a colon, or when it opens its sentence a few words before a comma.
      HEADS_LIST.lastIndex = p.end;
      const list = phrase.kind === 'other' && HEADS_LIST.exec(text);
      if (list && (isColon(text.charCodeAt(HEADS_LIST.lastIndex - 1)) || p.start === 0 || SENTENCE_OPENS_AFTER(text.charCodeAt(p.start - 1)))) phrase.reach = '。';
      this.phrases.push(phrase);
      lastEnd = p.end;
    }
  }

  /**
   * Whether a figure of `measure` at `at` falls under a time that is not the report's: another
   * year or last year for any figure; part of the period for money and person-times (a stock or a
   * standard at a month still stands), a season (疫情期间) only in its own clause. `from` is where the sentence begins: a time holds to its
   * end, not past a ； (上年同期全县临时救助401人次；城市低保保障面为3%).
   */
  isOtherTime(from: number, at: number, measure: Measure): boolean {
    const last = this.governing(from, at);
    if (!last) return false;
    // 按当地上年度人均消费支出的一定比例确定，集中养育孤儿标准为2796元/人/月: another time said inside a
    // clause, as what something is reckoned from, scopes only that clause.
    // A label's time reaches its value past the colon (农村低保对象上年末数（人）：39867).
    if (last.kind === 'other') return !(last.inForce && measure === 'monthlyStandard') && !(saidInside(this.text, from, last.start) && CLAUSE_END.test(this.text.slice(last.end, at)));
    // 疫情期间开辟救助绿色通道，…，临时救助支出159.7万元: a season scopes only its own clause.
    if (last.kind === 'season' && CLAUSE_BREAK.test(this.text.slice(last.end, at))) return false;
    return last.kind !== 'this' && isFlowMeasure(measure);
  }

  /**
   * Whether the figure at `at` is said of a part of the period (一季度：…在保城市低保对象1138人 in a
   * year's report): a stock then is not the one at the period's end.
   */
  isPartTime(from: number, at: number): boolean {
    return this.governing(from, at)?.kind === 'part';
  }

  /** The time phrase the figure at `at` falls under, in its sentence from `from` or on a line the phrase labels. */
  private governing(from: number, at: number): TimePhrase | undefined {
    // …4236元（2018年为3960元），城市低保标准…585元: a time inside a note closed before the figure scopes only the note.
    let i = this.lastIndexBefore(at);
    while (i >= 0 && this.phrases[i].end > from && closesNoteBetween(this.text, this.phrases[i].end, at)) i--;
    const last = this.phrases[i];
    if (!last) return undefined;
    if (last.end > from) return last;
    const between = this.text.slice(last.end, at);
    return last.reach && !between.includes(last.reach) && !between.includes('\n') ? last : undefined;
  }

  /** Whether a phrase of the report's own time starts within a few characters after `at` (其中下半年…, 其中三季度…). */
  ownTimeOpens(at: number): boolean {
    const next = this.phrases.find((p) => p.start >= at);
    return (next !== undefined && next.start - at <= 3 && next.kind === 'this') || this.ownYearOpens(at);
  }

  /** 2021年至2023年累计完成改造4860户，其中2023年完成1520户: the report's year, by number, opens the clause at `at`: the year's own part of a total over years. */
  ownYearOpens(at: number): boolean {
    const year = OWN_YEAR_AT.exec(this.text.slice(at, at + 10));
    return year !== null && Number(year[1]) === this.year;
  }

  /** Where the last time phrase ending at or before `at` starts, or -1. */
  lastStartBefore(at: number): number {
    return this.lastBefore(at)?.start ?? -1;
  }

  /** The last phrase ending at or before `at`. */
  private lastBefore(at: number): TimePhrase | undefined {
    return this.phrases[this.lastIndexBefore(at)];
  }

  /** The index of the last phrase ending at or before `at` (-1 if none), by binary search. */
  private lastIndexBefore(at: number): number {
    let lo = 0;
    let hi = this.phrases.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.phrases[mid].end <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}
