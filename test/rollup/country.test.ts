// Country-wide simulation: every prefecture- and county-level unit of China, facts with known truth,
// written to DynamoDB Local and rolled up by a full run. The rollups must equal the truth, computed
// here top-down over the divisions tree (a separate, plain implementation of the rules), exactly.
import { beforeAll, describe, expect, it } from 'vitest';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { divisions } from '#shared/divisions/divisions.ts';
import type { Division } from '#shared/divisions/types.ts';
import { runRollups } from '#shared/rollup/runRollups.ts';
import { dynamoRollupStore, rollupPartitionKey } from '#shared/store/dynamoRollupStore.ts';
import { createTestResources, type TestResources } from '../support/localStack.ts';
import { markDirty, putUnitFacts } from './dynamoSupport.ts';
import { SIM_DISTRIBUTION_METRICS, SIM_SUM_METRICS, simulateCountry, type CountrySimulation } from './countrySimulation.ts';

const d = divisions();

function decimal(minor: bigint): string {
  const sign = minor < 0n ? '-' : '';
  const m = minor < 0n ? -minor : minor;
  const frac = String(m % 100n).padStart(2, '0').replace(/0+$/, '');
  return `${sign}${m / 100n}${frac ? `.${frac}` : ''}`;
}

/** The truth for one province, period and metric, walking the tree from the province down. */
function truth(sim: CountrySimulation, province: Division, periodKey: string) {
  const figure = (u: Division, metric: string) => sim.figures.get(`${u.adcode}|${periodKey}|${metric}`);
  const reported = (u: Division) => sim.facts.some((f) => f.adcode === u.adcode && f.periodKey === periodKey);
  const top = d.children(province.adcode);
  const prefectures = top.filter((u) => u.level === 'prefecture');
  const direct = top.filter((u) => u.level === 'county');
  const below = [...prefectures, ...prefectures.flatMap((p) => d.children(p.adcode)), ...direct];

  const sums: Record<string, { total: string; contributing: number }> = {};
  for (const metric of SIM_SUM_METRICS) {
    let total = 0n;
    let contributing = 0;
    for (const p of prefectures) {
      const own = figure(p, metric);
      if (own) {
        total += own.minor;
        contributing++;
        continue;
      }
      for (const c of d.children(p.adcode)) {
        const f = figure(c, metric);
        if (f) (total += f.minor), contributing++;
      }
    }
    for (const c of direct) {
      const f = figure(c, metric);
      if (f) (total += f.minor), contributing++;
    }
    if (below.some((u) => figure(u, metric))) sums[metric] = { total: decimal(total), contributing };
  }

  const distributions: Record<string, { min: number; max: number; median: number; mean: number; n: number }> = {};
  for (const metric of SIM_DISTRIBUTION_METRICS) {
    // Hundredths → the rollup's 10^-4 scale: ×100; halves of an even median or a mean round up.
    const xs = below.map((u) => figure(u, metric)?.minor).filter((x): x is bigint => x !== undefined).map((x) => x * 100n);
    if (xs.length === 0) continue;
    xs.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const n = BigInt(xs.length);
    const halfUp = (num: bigint, den: bigint) => (2n * num + den) / (2n * den);
    const median = xs.length % 2 ? xs[(xs.length - 1) / 2] : halfUp(xs[xs.length / 2 - 1] + xs[xs.length / 2], 2n);
    const mean = halfUp(xs.reduce((a, b) => a + b, 0n), n);
    const toNumber = (x: bigint) => Number(x) / 10_000;
    distributions[metric] = { min: toNumber(xs[0]), max: toNumber(xs[xs.length - 1]), median: toNumber(median), mean: toNumber(mean), n: xs.length };
  }

  const coverage = {
    prefecturesCovered: prefectures.filter((p) => reported(p) || d.children(p.adcode).some(reported)).length,
    prefecturesTotal: prefectures.length,
    countiesReporting: below.filter((u) => u.level === 'county' && reported(u)).length,
    countiesTotal: below.filter((u) => u.level === 'county').length,
  };
  return { sums, distributions, coverage };
}

describe('country-wide simulation', () => {
  let res: TestResources;
  let sim: CountrySimulation;
  let runSeconds = 0;

  beforeAll(async () => {
    res = await createTestResources('rollup-country');
    sim = simulateCountry(d);
    await putUnitFacts(res.dynamo, res.tableNames.Reports, sim.facts);
    for (const p of sim.partitions) await markDirty(res.dynamo, res.tableNames.Reports, p, new Date().toISOString());
    const store = dynamoRollupStore({ client: res.dynamo, reportsTableName: res.tableNames.Reports, rollupsTableName: res.tableNames.Rollups });
    const started = performance.now();
    const result = await runRollups({ store, divisions: d, clock: { now: () => new Date() } }, { full: true });
    runSeconds = (performance.now() - started) / 1000;
    expect(result.partitions.every((p) => p.outcome === 'written')).toBe(true);
    expect(result.partitions).toHaveLength(sim.partitions.length);
  }, 120_000);

  it('covers every prefecture- and county-level unit of the country', () => {
    const units = d.all().filter((u) => u.level !== 'province');
    expect(units.length).toBeGreaterThan(3000);
    expect(new Set(sim.facts.map((f) => f.adcode)).size).toBeGreaterThan(1000);
    expect(runSeconds).toBeGreaterThan(0);
  });

  it('rollups equal the independently computed truth, exactly, for every province and period', async () => {
    let compared = 0;
    for (const p of sim.partitions) {
      const province = d.get(p.provinceCode)!;
      const expected = truth(sim, province, p.periodKey);
      const items = (
        await res.dynamo.send(
          new QueryCommand({ TableName: res.tableNames.Rollups, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': rollupPartitionKey(p) } }),
        )
      ).Items!;
      const byMetric = Object.fromEntries(items.filter((i) => String(i.sk).startsWith('METRIC#')).map((i) => [i.metric, i]));
      expect(Object.keys(byMetric).sort()).toEqual([...Object.keys(expected.sums), ...Object.keys(expected.distributions)].sort());
      for (const [metric, t] of Object.entries(expected.sums)) {
        expect({ metric, total: byMetric[metric].totalDecimal, n: byMetric[metric].contributingUnits }).toEqual({ metric, total: t.total, n: t.contributing });
        expect(byMetric[metric].total).toBe(Number(t.total));
        compared++;
      }
      for (const [metric, t] of Object.entries(expected.distributions)) {
        const got = byMetric[metric];
        expect({ min: got.min, max: got.max, median: got.median, mean: got.mean, n: got.contributingUnits }).toEqual(t);
        compared++;
      }
      const summary = items.find((i) => i.sk === 'SUMMARY')!;
      expect(summary.coverage).toMatchObject(expected.coverage);
    }
    expect(compared).toBeGreaterThan(200);
  });
});
