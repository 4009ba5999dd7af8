// Whose period a figure is: the time a sentence names before it (2020年…, 上年同期…, 12月份…,
// 一季度…) holds until the next one. A figure under another year, or a flow under a part of the
// report's period (an annual report's 12月份 money), is not a figure of the report's period.
import type { ReportPeriod } from '../domain/report.ts';
import type { Measure } from './lexicon.ts';

type TimeKind = 'this' | 'other' | 'part';

interface TimePhrase {
  end: number;
  kind: TimeKind;
}

/**
 * Time phrases: an as-of (截至2020年6月, 截至年底: the point the figures run to, of its year), a
 * year with what part of it follows (2020年全年; not the end of a range, 以来 or a comparison's
 * 比2020年: another year's part is another year's), last year (上年, 去年同期), one
 * month (12月份; not 月底, a date, a range or a start: 1月起), a quarter or half, and the words
 * that return to the report's own time (今年, 全年, 1-11月).
 */
const TIME =
  /(?:截至|截止到?)\s?(?:(20\d\d)\s?年)?\s?(?:(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s?月)?(?:份|底|末|\d{1,2}日)?|(?<![比较与同至到由从~～—–-])(20\d\d)\s?年(?!以来|至今|\s?[-—–至~～])(?:度|全年|底|末|上半年|下半年|第?[一二三四]季度)?|(?<![比较与同由从])(?:上年|去年|上一年)(?:同期|底|末)?(?!度?[相比])|(?<![\d-—–至~～])(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s?月份?(?![底末]|\s?\d{1,2}\s?日|\s?[-—–至~～]|(?:起|以来|开始|至今))|(第?[一二三四1-4]\s?季度|上半年|下半年)|(今年|本年|全年|年内|当年|(?<!\d)1\s?[-—–至~～]\s?(?:1[0-2]|[2-9])\s?月)/g;

/** The report's period in the terms the phrases are judged by. */
function periodParts(period: ReportPeriod): { year: number | null; months: number } {
  const key = period.key ?? '';
  const year = /^\d{4}/.test(key) ? Number(key.slice(0, 4)) : null;
  if (/-H\d$/.test(key)) return { year, months: 6 };
  if (/-Q\d$/.test(key)) return { year, months: 3 };
  if (/-\d\d$/.test(key)) return { year, months: 1 };
  return { year, months: 12 };
}

export class TimeScopes {
  private readonly phrases: TimePhrase[] = [];

  constructor(text: string, period: ReportPeriod) {
    const { year, months } = periodParts(period);
    TIME.lastIndex = 0;
    for (let m = TIME.exec(text); m; m = TIME.exec(text)) {
      const phrase = m[0];
      const named = m[1] ?? m[2];
      let kind: TimeKind;
      if (named) kind = year === null || Number(named) === year ? 'this' : 'other';
      else if (phrase.startsWith('截')) kind = 'this';
      else if (m[3]) kind = months > (/季度/.test(m[3]) ? 3 : 6) ? 'part' : 'this';
      else if (m[4]) kind = 'this';
      else if (/月/.test(phrase)) kind = months > 1 ? 'part' : 'this'; // 12月份 of an annual report
      else kind = 'other'; // 上年, 去年同期
      this.phrases.push({ end: m.index + m[0].length, kind });
    }
  }

  /**
   * Whether a figure of `measure` at `at` falls under a time that is not the report's: another
   * year or last year for any figure; part of the period for money and person-times (a stock or a
   * standard at a month still stands). `from` is where the sentence begins: a time holds to its
   * end, not past a ； (上年同期全县临时救助401人次；城市低保保障面为3%).
   */
  isOtherTime(from: number, at: number, measure: Measure): boolean {
    // The last phrase ending at or before `at`, by binary search.
    let lo = 0;
    let hi = this.phrases.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.phrases[mid].end <= at) lo = mid + 1;
      else hi = mid;
    }
    const last = this.phrases[lo - 1];
    if (!last || last.end <= from) return false;
    if (last.kind === 'other') return true;
    return last.kind === 'part' && isFlow(measure);
  }
}

const isFlow = (measure: Measure): boolean => measure === 'money' || measure === 'personTimes' || measure === 'householdTimes' || measure === 'couples';
