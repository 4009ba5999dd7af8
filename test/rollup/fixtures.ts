// Hand-made divisions and unit facts for the rollup tests: small enough to reason about, shaped
// like the real data (prefectures with counties, county-level units directly under the province).
import type { Division } from '#shared/divisions/types.ts';
import type { UnitPeriodFacts } from '#shared/domain/records.ts';
import type { Fact } from '#shared/domain/report.ts';
import type { RollupDivisions } from '#shared/rollup/types.ts';

export function divisionsOf(list: readonly Division[]): RollupDivisions & { all: readonly Division[] } {
  const byCode = new Map(list.map((d) => [d.adcode, d]));
  return {
    all: list,
    get: (code) => byCode.get(code),
    children: (code) => list.filter((d) => d.parentCode === code),
    countUnitsByProvince: (provinceCode) => ({
      prefectures: list.filter((d) => d.provinceCode === provinceCode && d.level === 'prefecture').length,
      counties: list.filter((d) => d.provinceCode === provinceCode && d.level === 'county').length,
    }),
  };
}

/** A province 990000 with prefectures 9901.., each with `countiesPer[i]` counties, and `direct` county-level units under the province. */
export function syntheticProvince(countiesPer: readonly number[], direct = 0): Division[] {
  const provinceCode = '990000';
  const base = { province: '测试省', provinceCode };
  const out: Division[] = [{ adcode: provinceCode, name: '测试省', level: 'province', parentCode: null, ...base }];
  countiesPer.forEach((n, i) => {
    const prefecture = `99${String(i + 1).padStart(2, '0')}00`;
    out.push({ adcode: prefecture, name: `第${i + 1}市`, level: 'prefecture', parentCode: provinceCode, ...base });
    for (let c = 1; c <= n; c++)
      out.push({ adcode: prefecture.slice(0, 4) + String(c).padStart(2, '0'), name: `第${i + 1}市${c}县`, level: 'county', parentCode: prefecture, ...base });
  });
  for (let d = 1; d <= direct; d++)
    out.push({ adcode: `9990${String(d).padStart(2, '0')}`, name: `直辖${d}县`, level: 'county', parentCode: provinceCode, ...base });
  return out;
}

export function fact(metric: string, value: number, extra: Partial<Fact> = {}): Fact {
  return { metric, value, unit: '', quote: `${metric}${value}`, start: 0, end: 1, confidence: 0.9, ...extra };
}

export function unitFacts(division: Division, periodKey: string, facts: Fact[], extra: Partial<UnitPeriodFacts> = {}): UnitPeriodFacts {
  return {
    adcode: division.adcode,
    unitName: division.name,
    level: division.level,
    parentCode: division.parentCode,
    provinceCode: division.provinceCode,
    periodKey,
    reportId: `r-${division.adcode}-${periodKey}`,
    contentHash: `h-${division.adcode}`,
    eventTime: '2024-01-01T00:00:00.000Z',
    sequencer: '0001',
    facts,
    ...extra,
  };
}
