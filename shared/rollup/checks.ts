// Consistency checks stored with a rollup and shown to analysts. They flag, they never change figures.
import { monthsCovered } from '../domain/periods.ts';
import type { PlacedUnit } from './placedUnit.ts';
import type { MetricRollup, RollupCheck } from './types.ts';

/** A total reported beside its parts (urban + rural, institutional + at home, ...). */
const partsOfTotals: ReadonlyArray<{ total: string; parts: readonly [string, string] }> = [
  { total: 'dibao_recipients', parts: ['dibao_recipients_urban', 'dibao_recipients_rural'] },
  { total: 'dibao_funds', parts: ['dibao_funds_urban', 'dibao_funds_rural'] },
  { total: 'tekun_recipients', parts: ['tekun_recipients_urban', 'tekun_recipients_rural'] },
  { total: 'tekun_recipients', parts: ['tekun_centralized', 'tekun_dispersed'] },
  { total: 'tekun_funds', parts: ['tekun_funds_urban', 'tekun_funds_rural'] },
  { total: 'orphans_and_defacto', parts: ['orphans', 'defacto_orphans'] },
  { total: 'disability_subsidy_funds', parts: ['disability_living_subsidy_funds', 'disability_care_subsidy_funds'] },
];

/** Bureaus round 万元/亿元 and 万人 figures independently, so parts and totals may differ a little. */
const PARTS_TOLERANCE = 0.01;

export function partsAgainstTotals(units: readonly PlacedUnit[]): RollupCheck[] {
  const checks: RollupCheck[] = [];
  for (const u of units)
    for (const { total, parts } of partsOfTotals) {
      const [t, a, b] = [total, ...parts].map((m) => u.figures.get(m)?.value);
      if (t === undefined || a === undefined || b === undefined) continue;
      const sum = a + b;
      if (Math.abs(sum - t) > Math.max(1, Math.abs(t) * PARTS_TOLERANCE))
        checks.push({
          code: 'parts-differ-from-total',
          severity: 'warning',
          message: `${u.unit.unitName}: ${parts[0]} + ${parts[1]} = ${sum}，与上报合计 ${total} = ${t} 不符`,
          detail: { adcode: u.unit.adcode, total, parts, reportedTotal: t, partsSum: sum },
        });
    }
  return checks;
}

/**
 * Money paid over the period, per recipient per month, against the monthly standard. A 低保 payment
 * tops income up to the standard, so the average payment sits below it; one far above it means the
 * fund, the head count or the standard was misread or misreported.
 */
const paymentPrograms: ReadonlyArray<{ funds: string; recipients: string; standards: readonly string[] }> = [
  { funds: 'dibao_funds', recipients: 'dibao_recipients', standards: ['dibao_standard', 'dibao_standard_urban', 'dibao_standard_rural'] },
  { funds: 'dibao_funds_urban', recipients: 'dibao_recipients_urban', standards: ['dibao_standard_urban', 'dibao_standard'] },
  { funds: 'dibao_funds_rural', recipients: 'dibao_recipients_rural', standards: ['dibao_standard_rural', 'dibao_standard'] },
  { funds: 'tekun_funds', recipients: 'tekun_recipients', standards: ['tekun_standard_urban', 'tekun_standard_rural'] },
  { funds: 'tekun_funds_urban', recipients: 'tekun_recipients_urban', standards: ['tekun_standard_urban'] },
  { funds: 'tekun_funds_rural', recipients: 'tekun_recipients_rural', standards: ['tekun_standard_rural'] },
];

export const PAYMENT_ABOVE_STANDARD_FACTOR = 1.5;

export function fundsAgainstStandards(
  units: readonly PlacedUnit[],
  periodKey: string,
  rollups: Readonly<Record<string, MetricRollup>>,
): RollupCheck[] {
  const checks: RollupCheck[] = [];
  for (const u of units)
    for (const program of paymentPrograms) {
      const funds = u.figures.get(program.funds)?.value;
      const recipients = u.figures.get(program.recipients)?.value;
      const months = monthsCovered(periodKey, u.unit.asOf);
      if (funds === undefined || !recipients || !months) continue;
      // The unit's own standard; where it gave none, the province's median standard. The highest of
      // the candidates, so a combined urban+rural fund is held to the more generous standard.
      const own = program.standards.map((m) => u.figures.get(m)?.value).filter((v): v is number => v !== undefined);
      const provincial = program.standards
        .map((m) => rollups[m])
        .filter((r) => r?.rule === 'distribution')
        .map((r) => (r as Extract<MetricRollup, { rule: 'distribution' }>).median);
      const candidates = own.length > 0 ? own : provincial;
      if (candidates.length === 0) continue;
      const standard = Math.max(...candidates);
      const monthly = funds / recipients / months;
      if (standard > 0 && monthly > standard * PAYMENT_ABOVE_STANDARD_FACTOR)
        checks.push({
          code: 'payment-above-standard',
          severity: 'warning',
          message: `${u.unit.unitName}: ${program.funds} ÷ ${program.recipients} ÷ ${months}个月 = 每人每月 ${monthly.toFixed(2)} 元，远高于标准 ${standard} 元`,
          detail: {
            adcode: u.unit.adcode,
            funds: program.funds,
            recipients: program.recipients,
            months,
            impliedMonthlyPayment: Math.round(monthly * 100) / 100,
            standard,
            standardSource: own.length > 0 ? 'unit' : 'province-median',
          },
        });
    }
  return checks;
}

/**
 * Units far from the other units of the same level in the province, by the robust z-score
 * 0.6745·(x − median)/MAD > 3.5 (Iglewicz and Hoaglin). Sums are compared on a log scale, since a
 * provincial capital is naturally ten times a small prefecture; standards and rates on their own scale.
 */
export const OUTLIER_Z = 3.5;
export const OUTLIER_MIN_UNITS = 5;

export function outliers(units: readonly PlacedUnit[], rollups: Readonly<Record<string, MetricRollup>>): RollupCheck[] {
  const checks: RollupCheck[] = [];
  const levels = [
    { level: 'prefecture', member: (u: PlacedUnit) => u.placement.role === 'prefecture' },
    {
      level: 'county',
      member: (u: PlacedUnit) => u.placement.role === 'county-in-prefecture' || u.placement.role === 'direct-county',
    },
  ];
  for (const metric of Object.keys(rollups).sort()) {
    const logScale = rollups[metric].rule === 'sum';
    for (const { level, member } of levels) {
      const points = units
        .filter((u) => member(u) && u.figures.has(metric))
        .map((u) => ({ u, value: u.figures.get(metric)!.value }))
        .filter((p) => !logScale || p.value > 0);
      if (points.length < OUTLIER_MIN_UNITS) continue;
      const scale = (v: number) => (logScale ? Math.log10(v) : v);
      const xs = points.map((p) => scale(p.value));
      const med = median(xs);
      const mad = median(xs.map((x) => Math.abs(x - med)));
      if (mad === 0) continue;
      for (const p of points) {
        const z = (0.6745 * (scale(p.value) - med)) / mad;
        if (Math.abs(z) > OUTLIER_Z)
          checks.push({
            code: 'outlier',
            severity: 'info',
            message: `${p.u.unit.unitName} 的 ${metric} = ${p.value}，与省内其他${level === 'prefecture' ? '地市' : '县区'}相差悬殊`,
            detail: {
              adcode: p.u.unit.adcode,
              metric,
              value: p.value,
              level,
              provinceMedian: logScale ? Number((10 ** med).toPrecision(6)) : med,
              robustZ: Math.round(z * 100) / 100,
              units: points.length,
            },
          });
      }
    }
  }
  return checks;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 === 1 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}
