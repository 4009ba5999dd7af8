// What each column of a statistics table holds, from its header: the reports' tables put the unit
// in a 单位 column and last year beside this year (指标名称 | 单位 | 2020年 | 2021年 | 增减%). Of
// several year columns only the latest (or 本年/本期) holds the report's figures; the others, like
// a 增减/同比 column, a target (全年目标) or a rate of completion (完成率), hold no fact. Used for
// tables pasted as text (textTable.ts) and for tables in documents (read/tableRows.ts).

/**
 * 'part' and 'to-date': this month's or this quarter's column beside the year-to-date one (本月 |
 * 本年累计, 本季度 | 1-12月累计), each the report's own for flows only when its period is that long.
 * 'serial': a row's number (序号), no figure.
 */
export type ColumnKind = 'unit' | 'serial' | 'current' | 'other-period' | 'change' | 'value' | 'part' | 'to-date';

export interface TableColumns {
  kinds: ColumnKind[];
  /** Index of the 单位 column, or -1. */
  unitColumn: number;
  /** How many months the 'part' column covers: 1 (本月) or 3 (本季度). */
  partMonths?: number;
}

const UNIT_HEADER = /^(?:计量)?单位$/;
const SERIAL_HEADER = /^(?:序号|编号|序)$/;
/** 2023年, 2023年末数, and a year's part (2024上半年, 2025年1—6月): the latest year's column is the report's. */
const YEAR_HEADER = /^((?:19|20)\d\d)年?(?:末|底|度|全年|同期|[上下]半年|[一二三四]季度|1\s?[-—–至~～]\s?\d{1,2}\s?月)?(?:数|数据|完成数?)?$/;
const CURRENT_HEADER = /^(?:本年|本期|今年|当年|本年度|本季度|本月)(?:末|底|累计|完成数?|数)?$/;
const OTHER_PERIOD_HEADER = /^(?:上年|上期|去年|上年同期|去年同期|上年度|上季度|上月)(?:末|底|累计|完成数?|数)?$/;
const CHANGE_HEADER = /增减|增长|同比|环比|比上年|比去年|变化|增幅|升降|完成率|完成比例|%|％/;
/**
 * 全年目标, 计划数, 任务, 预算数, 中省补助, 县级配套: what was to be done or spent, or where the money
 * came from, beside what was done or spent (完成数, 执行数, 实际支出).
 */
const TARGET_HEADER = /目标|计划|任务|预计|预算|配套|下达|中省|中央/;
/** 1-9月累计发放资金, 全年: a column over the whole period, beside which… */
const WHOLE_PERIOD_HEADER = /累计|\d{1,2}\s?[-—–至~～]\s?\d{1,2}\s?月|全年/;
/** …a column of one month (9月发放资金) holds only part of it, as one of this quarter (本季度) does. */
const ONE_MONTH_HEADER = /^(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?!底|末)|本月$|当月$)/;
const THIS_QUARTER_HEADER = /^(?:本季度?|当季度?)$/;

/**
 * The columns of a header row (cell texts, trimmed), or null when the header says nothing this
 * reading needs: no 单位 column, no other period and no change.
 */
export function classifyColumns(header: readonly string[]): TableColumns | null {
  const kinds: ColumnKind[] = header.map((cell) => {
    if (UNIT_HEADER.test(cell)) return 'unit';
    if (SERIAL_HEADER.test(cell)) return 'serial';
    if (CHANGE_HEADER.test(cell)) return 'change';
    if (CURRENT_HEADER.test(cell)) return 'current';
    if (OTHER_PERIOD_HEADER.test(cell) || TARGET_HEADER.test(cell)) return 'other-period';
    return 'value';
  });
  // Years: the latest is the report's; an explicit 本年/本期 column wins over any year.
  const years = header.map((cell) => Number(YEAR_HEADER.exec(cell)?.[1] ?? NaN));
  const latest = Math.max(...years.filter((y) => !Number.isNaN(y)));
  const hasCurrent = kinds.includes('current');
  years.forEach((year, i) => {
    if (!Number.isNaN(year)) kinds[i] = !hasCurrent && year === latest ? 'current' : 'other-period';
  });
  let partMonths: number | undefined;
  if (header.some((cell) => WHOLE_PERIOD_HEADER.test(cell))) {
    header.forEach((cell, i) => {
      const quarter = THIS_QUARTER_HEADER.test(cell);
      if ((!quarter && !ONE_MONTH_HEADER.test(cell)) || WHOLE_PERIOD_HEADER.test(cell)) return;
      if (kinds[i] === 'value') kinds[i] = 'other-period';
      else if (kinds[i] === 'current') {
        kinds[i] = 'part';
        partMonths = quarter ? 3 : 1;
        header.forEach((other, j) => {
          if ((kinds[j] === 'current' || kinds[j] === 'value') && WHOLE_PERIOD_HEADER.test(other)) kinds[j] = 'to-date';
        });
      }
    });
  }
  const unitColumn = kinds.indexOf('unit');
  if (unitColumn < 0 && !kinds.some((k) => k === 'other-period' || k === 'change' || k === 'part')) return null;
  return partMonths ? { kinds, unitColumn, partMonths } : { kinds, unitColumn };
}

/** A unit at the end of a row label: 城市低保对象（人） → 人. */
export const LABEL_UNIT = /[（(]([^（）()\d]{1,6})[）)]\s*$/;
