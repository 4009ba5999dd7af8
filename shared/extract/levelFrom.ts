// A level set from a date (自2023年7月1日起…低保标准由每人每月1095元提高到1165元) is the level
// from that date on. When the date falls after the report's period, the new level is the next
// period's and the old one is still the period's.
import type { ReportPeriod } from '../domain/report.ts';
import { monthSpan, parsePeriodKey } from '../domain/periods.ts';

/** 自2023年7月1日起, 从7月份起, 于10月1日开始, and a date a raise is carried out from (7月1日起执行). */
const FROM_DATE = /(?:(20\d\d)\s?年)?\s?(1[0-2]|0?[1-9])\s?月(?:份|\s?\d{1,2}\s?日)?\s?(?:起|开始)/g;
/** A clause that only says from when (，自2023年7月1日起执行): the date is the clause before's. */
const DATE_CLAUSE_OPENS = /^\s?(?:并|均|将|统一)?(?:自|从|于)/;

/** The last month of the period as year × 12 + month, or null when the period is not known. */
export function periodEndMonth(period: ReportPeriod): number | null {
  const parsed = parsePeriodKey(period.key ?? '');
  return parsed ? parsed.year * 12 + monthSpan(parsed)[1] : null;
}

/**
 * Whether [from, to) names a date a level starts from that falls after the period's last month:
 * 'dated' when the date has its year (自2023年7月1日起), 'undated' when it is a month of the period's
 * year only by assumption (7月1日起: a month report of February may mean last July), else null.
 */
export function startsAfterPeriod(text: string, from: number, to: number, endMonth: number | null): 'dated' | 'undated' | null {
  if (endMonth === null) return null;
  const stretch = text.slice(from, to);
  if (!stretch.includes('月') || !(stretch.includes('起') || stretch.includes('开始'))) return null;
  const year = Math.floor((endMonth - 1) / 12);
  for (const m of stretch.matchAll(FROM_DATE)) {
    const at = (m[1] ? Number(m[1]) : year) * 12 + Number(m[2]);
    if (at > endMonth) return m[1] ? 'dated' : 'undated';
  }
  return null;
}

/** Whether the clause after a level only says from when it holds (…提高到1165元，自7月1日起执行). */
export function opensOnDate(text: string, from: number): boolean {
  return DATE_CLAUSE_OPENS.test(text.slice(from, from + 4));
}
