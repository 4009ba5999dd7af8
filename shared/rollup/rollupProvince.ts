// The pure core: the current facts of a province's units for one period in, the provincial rollup out.
import { metricById } from '../catalogue/catalogue.ts';
import type { UnitPeriodFacts } from '../domain/records.ts';
import { fundsAgainstStandards, outliers, partsAgainstTotals } from './checks.ts';
import { SUM_SCALE, scaledToNumber, toScaled } from './decimal.ts';
import { distributionMetric, sumMetric } from './metricRollups.ts';
import { countiesOf } from './placement.ts';
import { placeUnits, type PlacedUnit } from './placedUnit.ts';
import type {
  Coverage,
  MetricRollup,
  ProvinceReport,
  ProvinceRollup,
  RollupCheck,
  RollupDivisions,
} from './types.ts';

export interface RollupProvinceInput {
  provinceCode: string;
  periodKey: string;
  unitFacts: readonly UnitPeriodFacts[];
  divisions: RollupDivisions;
}

/** A province report that differs from the rollup by more than this share is pointed out. */
const PROVINCE_REPORT_TOLERANCE = 0.01;

export function rollupProvince({ provinceCode, periodKey, unitFacts, divisions }: RollupProvinceInput): ProvinceRollup {
  const units = placeUnits(unitFacts, divisions, provinceCode, periodKey);
  const checks: RollupCheck[] = [];

  const metricIds = new Set<string>();
  for (const u of units) for (const m of u.figures.keys()) metricIds.add(m);
  const metrics: Record<string, MetricRollup> = {};
  for (const id of [...metricIds].sort()) {
    const metric = metricById(id);
    if (!metric) {
      checks.push({
        code: 'unknown-metric',
        severity: 'info',
        message: `指标 ${id} 不在指标目录中，未汇总`,
        detail: { metric: id, units: units.filter((u) => u.figures.has(id)).map((u) => u.unit.adcode) },
      });
      continue;
    }
    const rollup =
      metric.rollup === 'sum'
        ? sumMetric(id, metric.unit, units, divisions, checks)
        : distributionMetric(id, metric.unit, units);
    if (rollup) metrics[id] = rollup;
  }

  for (const u of units)
    for (const metric of u.conflicting)
      checks.push({
        code: 'conflicting-figures',
        severity: 'info',
        message: `${u.unit.unitName} 的报告对 ${metric} 给出了不同数值，取置信度最高者`,
        detail: { adcode: u.unit.adcode, metric, values: u.unit.facts.filter((f) => f.metric === metric).map((f) => f.value) },
      });

  const provinceReport = compareProvinceReport(units, metrics, checks);
  checks.push(...partsAgainstTotals(units), ...fundsAgainstStandards(units, periodKey, metrics), ...outliers(units, metrics));

  return {
    provinceCode,
    periodKey,
    metrics,
    coverage: coverage(units, provinceCode, divisions),
    asOfRange: asOfRange(units),
    provinceReport,
    checks: checks.sort(checkOrder),
  };
}

function coverage(units: readonly PlacedUnit[], provinceCode: string, divisions: RollupDivisions): Coverage {
  const reportingPrefectures = new Set<string>();
  const countiesByPrefecture = new Map<string, number>();
  let countiesReporting = 0;
  for (const { placement: p, unit } of units) {
    if (p.role === 'prefecture') reportingPrefectures.add(unit.adcode);
    if (p.role === 'county-in-prefecture' || p.role === 'direct-county') countiesReporting++;
    if (p.role === 'county-in-prefecture')
      countiesByPrefecture.set(p.prefectureCode, (countiesByPrefecture.get(p.prefectureCode) ?? 0) + 1);
  }
  const throughCounties = [...countiesByPrefecture.keys()].filter((code) => !reportingPrefectures.has(code));
  const totals = divisions.countUnitsByProvince(provinceCode);
  return {
    prefecturesCovered: reportingPrefectures.size + throughCounties.length,
    prefecturesReporting: reportingPrefectures.size,
    prefecturesPartial: throughCounties.filter((code) => countiesByPrefecture.get(code)! < countiesOf(code, divisions)).length,
    prefecturesTotal: totals.prefectures,
    countiesReporting,
    countiesTotal: totals.counties,
  };
}

function asOfRange(units: readonly PlacedUnit[]): ProvinceRollup['asOfRange'] {
  const months = units.map((u) => u.unit.asOf).filter((m): m is string => !!m).sort();
  return months.length ? { from: months[0], to: months[months.length - 1] } : null;
}

/** The province department's own figures: kept beside the rollup and compared, never added. */
function compareProvinceReport(
  units: readonly PlacedUnit[],
  metrics: Readonly<Record<string, MetricRollup>>,
  checks: RollupCheck[],
): ProvinceReport | null {
  const province = units.find((u) => u.placement.role === 'province');
  if (!province) return null;
  const comparisons = [...province.figures.values()]
    .filter((f) => metricById(f.metric))
    .sort((a, b) => (a.metric < b.metric ? -1 : 1))
    .map((f) => {
      const rollup = metrics[f.metric];
      if (!rollup) return { metric: f.metric, reported: f.value, rollup: null, difference: null };
      if (rollup.rule === 'distribution') return { metric: f.metric, reported: f.value, rollup: rollup.median, difference: null };
      const difference = scaledToNumber(
        toScaled(f.value, SUM_SCALE).minor - BigInt(Math.round(rollup.total * 10 ** SUM_SCALE)),
        SUM_SCALE,
      );
      if (Math.abs(difference) > Math.abs(f.value) * PROVINCE_REPORT_TOLERANCE)
        checks.push({
          code: 'province-report-differs',
          severity: 'info',
          message: `省级报告的 ${f.metric} = ${f.value}，下级汇总为 ${rollup.totalDecimal}`,
          detail: { metric: f.metric, reported: f.value, rollup: rollup.total, difference, contributingUnits: rollup.contributingUnits },
        });
      return { metric: f.metric, reported: f.value, rollup: rollup.total, difference };
    });
  return {
    adcode: province.unit.adcode,
    reportId: province.unit.reportId,
    ...(province.unit.asOf ? { asOf: province.unit.asOf } : {}),
    comparisons,
  };
}

const checkKey = (c: RollupCheck) => `${c.code}\u0000${String(c.detail.adcode ?? '')}\u0000${String(c.detail.metric ?? '')}\u0000${JSON.stringify(c.detail)}`;
const checkOrder = (a: RollupCheck, b: RollupCheck) => (checkKey(a) < checkKey(b) ? -1 : checkKey(a) > checkKey(b) ? 1 : 0);

