// A report's period: what its key means in months, and the words a bureau uses for it.
import type { PeriodWords } from './context.ts';
import { CN_ORDINALS } from './phrases/frame.ts';
import type { Rng } from './random.ts';

export interface PeriodPlan {
  key: string;
  asOf?: string;
  year: number;
  kind: PeriodWords['kind'];
  /** Last month the figures cover (1-12). */
  endMonth: number;
  /** Months of flow (money paid, cases handled) the figures add up. */
  months: number;
  quarter?: number;
  /** Set when a year report runs only to some month and says so (1-10月, 截至11月底). */
  partialYear: boolean;
}

const mm = (m: number) => String(m).padStart(2, '0');

export function planPeriod(rng: Rng, periodKey: string): PeriodPlan {
  let m: RegExpMatchArray | null;
  if ((m = periodKey.match(/^(\d{4})$/))) {
    const year = Number(m[1]);
    const partialYear = rng.chance(0.45);
    const endMonth = partialYear ? rng.int(9, 11) : 12;
    return { key: periodKey, year, kind: 'year', endMonth, months: endMonth, partialYear, asOf: partialYear ? `${year}-${mm(endMonth)}` : undefined };
  }
  if ((m = periodKey.match(/^(\d{4})-H([12])$/))) {
    const year = Number(m[1]);
    const endMonth = m[2] === '1' ? 6 : 12;
    return { key: periodKey, year, kind: m[2] === '1' ? 'H1' : 'H2', endMonth, months: 6, partialYear: false, asOf: `${year}-${mm(endMonth)}` };
  }
  if ((m = periodKey.match(/^(\d{4})-Q([1-4])$/))) {
    const year = Number(m[1]);
    const quarter = Number(m[2]);
    return { key: periodKey, year, kind: 'Q', quarter, endMonth: quarter * 3, months: 3, partialYear: false, asOf: `${year}-${mm(quarter * 3)}` };
  }
  if ((m = periodKey.match(/^(\d{4})-(\d{2})$/))) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (month < 1 || month > 12) throw new Error(`bad month in period ${periodKey}`);
    return { key: periodKey, year, kind: 'month', endMonth: month, months: 1, partialYear: false, asOf: periodKey };
  }
  throw new Error(`period ${periodKey} is not YYYY, YYYY-H1/H2, YYYY-Q1..Q4 or YYYY-MM`);
}

const dash = (rng: Rng) => rng.pick(['-', '-', '—', '－', '至']);

export function periodWords(rng: Rng, p: PeriodPlan): PeriodWords {
  const { year: y, endMonth: e } = p;
  switch (p.kind) {
    case 'year':
      return {
        year: y,
        kind: 'year',
        flowLead: p.partialYear ? [`截至${e}月底`, `1${dash(rng)}${e}月`, '今年以来', `截至${y}年${e}月底`] : ['今年以来', `${y}年`, '全年', '年内'],
        stockLead: p.partialYear ? ['截至目前', '目前', `截至${e}月底`] : ['截至年底', '目前', `截至${y}年底`, '截至12月底'],
      };
    case 'H1':
      return { year: y, kind: 'H1', flowLead: ['上半年', '截至6月底', `1${dash(rng)}6月`, '今年以来'], stockLead: ['截至6月底', '目前', '截至目前'] };
    case 'H2':
      return { year: y, kind: 'H2', flowLead: ['下半年', `7${dash(rng)}12月`], stockLead: ['截至年底', '目前'] };
    case 'Q': {
      const q = CN_ORDINALS[(p.quarter ?? 1) - 1];
      return { year: y, kind: 'Q', flowLead: [`${q}季度`, '本季度', `第${q}季度`], stockLead: [`截至${e}月底`, '目前'] };
    }
    case 'month':
      return { year: y, kind: 'month', flowLead: ['本月', `${e}月份`, `${e}月`], stockLead: [`截至${e}月底`, '目前'] };
  }
}

/** Report titles for the period, given the unit as the title names it. */
export function titles(rng: Rng, p: PeriodPlan, u: string): string[] {
  const { year: y, endMonth: e } = p;
  switch (p.kind) {
    case 'year':
      return p.partialYear
        ? [`${y}年1${dash(rng)}${e}月${u}民政工作进展情况`, `${u}民政局${y}年1${dash(rng)}${e}月工作总结`, `${u}民政局关于${y}年1${dash(rng)}${e}月工作情况的汇报`]
        : [`${u}民政局${y}年工作总结`, `${u}民政局${y}年工作总结和${y + 1}年工作计划`, `${u}民政局${y}年重点工作推进情况及下步工作思路`, `关于${u}${y}年民政工作情况的报告`, `${u}民政局${y}年度工作总结`, `${y}年${u}民政工作总结`];
    case 'H1':
      return [`${u}民政局${y}年上半年重点工作进展汇报`, `${u}民政局${y}年上半年工作总结及下半年工作打算`, `关于${u}民政局${y}年上半年工作情况的汇报`, `${u}民政局${y}年上半年工作总结`];
    case 'H2':
      return [`${u}民政局${y}年下半年工作总结`, `${u}民政局${y}年下半年工作情况汇报`];
    case 'Q': {
      const q = CN_ORDINALS[(p.quarter ?? 1) - 1];
      return [`${u}民政局${y}年第${q}季度工作总结`, `${u}民政局${y}年${q}季度工作情况`, `${y}年第${q}季度${u}民政工作开展情况`];
    }
    case 'month':
      return [`${u}民政局${y}年${e}月份工作总结`, `${u}民政局${y}年${e}月工作开展情况`, `${y}年${e}月${u}民政重点工作进展`];
  }
}

/** The opening words of the first paragraph; they carry the period when there is no title. */
export function openingLeads(p: PeriodPlan, titled: boolean): string[] {
  const { year: y, endMonth: e } = p;
  switch (p.kind) {
    case 'year':
      if (p.partialYear) return [`截至${y}年${e}月底`, `${y}年1-${e}月`, ...(titled ? ['今年以来'] : [])];
      return titled ? ['今年以来', `${y}年`, `${y}年以来`] : [`${y}年`, `${y}年以来`];
    case 'H1':
      return [`${y}年上半年`, `${y}年以来`, '上半年'];
    case 'H2':
      return [`${y}年下半年`, '下半年'];
    case 'Q':
      return [`${y}年${CN_ORDINALS[(p.quarter ?? 1) - 1]}季度`, '本季度'];
    case 'month':
      return [`${y}年${e}月`, '本月'];
  }
}
