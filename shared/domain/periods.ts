// A report period's key (2021, 2020-H1, 2021-Q3, 2021-11) read as its year and months: how many
// months of payments its flow figures cover, for the funds-against-standard check (a year report
// that runs to November, asOf 2021-11, has paid eleven months, not twelve), and which times in a
// report's text are a part of its period (extract/timeScope.ts).

export type PeriodShape =
  | { kind: 'year'; year: number }
  | { kind: 'half'; year: number; half: 1 | 2 }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'month'; year: number; month: number };

export function parsePeriodKey(key: string): PeriodShape | null {
  let m = /^(\d{4})$/.exec(key);
  if (m) return { kind: 'year', year: +m[1] };
  m = /^(\d{4})-H([12])$/.exec(key);
  if (m) return { kind: 'half', year: +m[1], half: +m[2] as 1 | 2 };
  m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (m) return { kind: 'quarter', year: +m[1], quarter: +m[2] as 1 | 2 | 3 | 4 };
  m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m && +m[2] >= 1 && +m[2] <= 12) return { kind: 'month', year: +m[1], month: +m[2] };
  return null;
}

/** First and last month (1..12) of the period. */
export function monthSpan(p: PeriodShape): [number, number] {
  switch (p.kind) {
    case 'year':
      return [1, 12];
    case 'half':
      return p.half === 1 ? [1, 6] : [7, 12];
    case 'quarter':
      return [p.quarter * 3 - 2, p.quarter * 3];
    case 'month':
      return [p.month, p.month];
  }
}

/**
 * Months of payments behind a flow figure: the whole period (year 12, half 6, quarter 3, month 1),
 * or up to `asOf` when the report says the figures run to a month inside the period.
 */
export function monthsCovered(periodKey: string, asOf?: string): number | null {
  const period = parsePeriodKey(periodKey);
  if (!period) return null;
  const [first, last] = monthSpan(period);
  const m = asOf ? /^(\d{4})-(\d{2})$/.exec(asOf) : null;
  if (m && +m[1] === period.year && +m[2] >= first && +m[2] <= last) return +m[2] - first + 1;
  return last - first + 1;
}
