// The rollup job against DynamoDB Local: incremental runs touch only marked partitions, full runs
// everything; overlapping runs and changes during a run lose nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { divisions } from '#shared/divisions/divisions.ts';
import type { Division } from '#shared/divisions/types.ts';
import type { UnitPeriodFacts } from '#shared/domain/records.ts';
import { runRollups } from '#shared/rollup/runRollups.ts';
import type { RollupStore } from '#shared/rollup/ports.ts';
import { rollupProvince } from '#shared/rollup/rollupProvince.ts';
import { dynamoRollupStore, rollupPartitionKey } from '#shared/store/dynamoRollupStore.ts';
import { createTestResources, type TestResources } from '../support/localStack.ts';
import { fact, unitFacts } from './fixtures.ts';
import { markDirty, putUnitFacts } from './dynamoSupport.ts';

const PERIOD = '2023';
const d = divisions();
const beijing = '110000';
const ningxia = '640000';

function tickingClock(start = Date.parse('2030-01-01T00:00:00Z')) {
  let t = start;
  return { now: () => new Date((t += 10 * 60_000)) };
}

const unitsOf = (provinceCode: string): Division[] => d.all().filter((u) => u.provinceCode === provinceCode && u.level !== 'province');

function factsFor(provinceCode: string, seed: number): UnitPeriodFacts[] {
  return unitsOf(provinceCode).map((u, i) =>
    unitFacts(u, PERIOD, [fact('dibao_recipients', 1000 + ((i * 7919 + seed) % 5000)), fact('dibao_standard', 600 + (i % 13))]),
  );
}

describe('rollup runs on DynamoDB Local', () => {
  // One clock for ingest's marks and the runs, as in production (both NTP-synced Lambda clocks).
  const clock = tickingClock();
  let res: TestResources;
  const queried: string[] = [];
  let store: ReturnType<typeof dynamoRollupStore>;
  const storeOn = (client = res.dynamo) =>
    dynamoRollupStore({ client, reportsTableName: res.tableNames.Reports, rollupsTableName: res.tableNames.Rollups });

  const summary = async (provinceCode: string) =>
    (await res.dynamo.send(new GetCommand({ TableName: res.tableNames.Rollups, Key: { pk: rollupPartitionKey({ provinceCode, periodKey: PERIOD }), sk: 'SUMMARY' } }))).Item;
  const metricItem = async (provinceCode: string, metric: string) =>
    (await res.dynamo.send(new GetCommand({ TableName: res.tableNames.Rollups, Key: { pk: rollupPartitionKey({ provinceCode, periodKey: PERIOD }), sk: `METRIC#${metric}` } }))).Item;
  const marks = async () =>
    (await res.dynamo.send(new QueryCommand({ TableName: res.tableNames.Reports, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': 'DIRTY' } }))).Items ?? [];

  beforeAll(async () => {
    res = await createTestResources('rollup-incr');
    // Record which index partitions each Query reads: the incremental run must read only the changed one.
    const watched = res.dynamoWith({
      middleware: [
        (stack) =>
          (stack as DynamoDBClient['middlewareStack']).add(
            (next) => async (args) => {
              const input = args.input as { IndexName?: string; ExpressionAttributeValues?: Record<string, unknown> };
              const pk = input.ExpressionAttributeValues?.[':pk'] as string | { S?: string } | undefined;
              if (input.IndexName) queried.push(typeof pk === 'string' ? pk : String(pk?.S));
              return next(args);
            },
            { step: 'initialize', name: 'recordQueries' },
          ),
      ],
    });
    store = storeOn(watched);
    await putUnitFacts(res.dynamo, res.tableNames.Reports, [...factsFor(beijing, 1), ...factsFor(ningxia, 2)]);
    await markDirty(res.dynamo, res.tableNames.Reports, { provinceCode: beijing, periodKey: PERIOD }, clock.now().toISOString());
    await markDirty(res.dynamo, res.tableNames.Reports, { provinceCode: ningxia, periodKey: PERIOD }, clock.now().toISOString());
  });

  it('an incremental run rolls up the marked partitions, registers them and clears the marks', async () => {
    const result = await runRollups({ store, divisions: d, clock });
    expect(result.partitions.map((p) => [p.provinceCode, p.outcome, p.markCleared])).toEqual([
      [beijing, 'written', true],
      [ningxia, 'written', true],
    ]);
    expect(await marks()).toEqual([]);
    const expected = rollupProvince({ provinceCode: beijing, periodKey: PERIOD, unitFacts: factsFor(beijing, 1), divisions: d });
    const stored = await metricItem(beijing, 'dibao_recipients');
    expect(stored?.total).toBe((expected.metrics.dibao_recipients as { total: number }).total);
    expect((await summary(beijing))?.coverage).toEqual(expected.coverage);
    expect(await store.listPartitions()).toEqual([
      { provinceCode: beijing, periodKey: PERIOD },
      { provinceCode: ningxia, periodKey: PERIOD },
    ]);
  });

  it('after one report changes, reads only that province and leaves the other untouched', async () => {
    const ningxiaBefore = await summary(ningxia);
    const changed = factsFor(beijing, 1)[3];
    const update = { ...changed, reportId: 'r-new', eventTime: clock.now().toISOString(), facts: [fact('dibao_recipients', 123456)] };
    await putUnitFacts(res.dynamo, res.tableNames.Reports, [update]);
    await markDirty(res.dynamo, res.tableNames.Reports, { provinceCode: beijing, periodKey: PERIOD }, clock.now().toISOString(), {
      adcode: update.adcode,
      reportId: 'r-new',
    });
    queried.length = 0;
    const result = await runRollups({ store, divisions: d, clock });
    expect(result.partitions.map((p) => p.provinceCode)).toEqual([beijing]);
    expect(queried).toEqual([rollupPartitionKey({ provinceCode: beijing, periodKey: PERIOD })]);
    const facts = factsFor(beijing, 1).map((f) => (f.adcode === update.adcode ? update : f));
    const expected = rollupProvince({ provinceCode: beijing, periodKey: PERIOD, unitFacts: facts, divisions: d });
    expect((await metricItem(beijing, 'dibao_recipients'))?.total).toBe((expected.metrics.dibao_recipients as { total: number }).total);
    expect(await summary(ningxia)).toEqual(ningxiaBefore);
  });

  it('with nothing marked, an incremental run does nothing; --full recomputes every partition, identically', async () => {
    const before = await metricItem(ningxia, 'dibao_recipients');
    queried.length = 0;
    expect((await runRollups({ store, divisions: d, clock })).partitions).toEqual([]);
    expect(queried).toEqual([]);
    const full = await runRollups({ store, divisions: d, clock }, { full: true });
    expect(full.partitions.map((p) => [p.provinceCode, p.outcome])).toEqual([
      [beijing, 'written'],
      [ningxia, 'written'],
    ]);
    const after = await metricItem(ningxia, 'dibao_recipients');
    const strip = (i: Record<string, unknown> | undefined) => ({ ...i, computedAt: undefined, sourceVersion: undefined });
    expect(strip(after)).toEqual(strip(before));
  });

  it('a change that lands during a run keeps its mark for the next run', async () => {
    await markDirty(res.dynamo, res.tableNames.Reports, { provinceCode: ningxia, periodKey: PERIOD }, clock.now().toISOString());
    // The change arrives after the run has read the mark, while it reads the facts.
    const racing: RollupStore = {
      ...store,
      readUnitFacts: async (p) => {
        await markDirty(res.dynamo, res.tableNames.Reports, p, clock.now().toISOString());
        return store.readUnitFacts(p);
      },
    };
    const result = await runRollups({ store: racing, divisions: d, clock });
    expect(result.partitions).toMatchObject([{ provinceCode: ningxia, outcome: 'written', markCleared: false }]);
    expect(await marks()).toHaveLength(1);
    expect((await runRollups({ store, divisions: d, clock })).partitions).toMatchObject([{ provinceCode: ningxia, markCleared: true }]);
    expect(await marks()).toEqual([]);
  });

  it('a mark whose change the index does not show yet is deferred, not cleared', async () => {
    await markDirty(res.dynamo, res.tableNames.Reports, { provinceCode: ningxia, periodKey: PERIOD }, clock.now().toISOString(), {
      adcode: unitsOf(ningxia)[0].adcode,
      reportId: 'not-yet-visible',
    });
    const result = await runRollups({ store, divisions: d, clock });
    expect(result.partitions).toMatchObject([{ provinceCode: ningxia, outcome: 'deferred' }]);
    expect(await marks()).toHaveLength(1);
    // Ingest re-marks with the next change, which the index shows.
    const visible = factsFor(ningxia, 2)[1];
    await markDirty(res.dynamo, res.tableNames.Reports, { provinceCode: ningxia, periodKey: PERIOD }, clock.now().toISOString(), {
      adcode: visible.adcode,
      reportId: visible.reportId,
    });
    await runRollups({ store, divisions: d, clock });
    expect(await marks()).toEqual([]);
  });

  it('never replaces a rollup of newer inputs, and overlapping runs converge', async () => {
    const current = await summary(beijing);
    const totalBefore = (await metricItem(beijing, 'dibao_recipients'))?.totalDecimal;
    const stale = rollupProvince({ provinceCode: beijing, periodKey: PERIOD, unitFacts: factsFor(beijing, 99), divisions: d });
    expect(await store.writeRollup(stale, { sourceVersion: '2000-01-01T00:00:00.000Z', computedAt: 'x' })).toBe('newer-exists');
    expect(await summary(beijing)).toEqual(current);

    await markDirty(res.dynamo, res.tableNames.Reports, { provinceCode: beijing, periodKey: PERIOD }, clock.now().toISOString());
    await markDirty(res.dynamo, res.tableNames.Reports, { provinceCode: ningxia, periodKey: PERIOD }, clock.now().toISOString());
    const runs = await Promise.all([
      runRollups({ store: storeOn(), divisions: d, clock }),
      runRollups({ store: storeOn(), divisions: d, clock }, { full: true }),
      runRollups({ store: storeOn(), divisions: d, clock }),
    ]);
    for (const run of runs) for (const p of run.partitions) expect(['written', 'newer-exists']).toContain(p.outcome);
    expect(await marks()).toEqual([]);
    const revision = (await summary(beijing))?.revision;
    expect(revision).toBeGreaterThan(current?.revision as number);
    // The inputs did not change, so neither may the figures, whichever run wrote last.
    expect((await metricItem(beijing, 'dibao_recipients'))?.totalDecimal).toBe(totalBefore);
  });

  it('drops the items of metrics no unit reports any more', async () => {
    expect(await metricItem(ningxia, 'dibao_standard')).toBeDefined();
    await putUnitFacts(
      res.dynamo,
      res.tableNames.Reports,
      factsFor(ningxia, 2).map((f) => ({ ...f, facts: f.facts.filter((x) => x.metric !== 'dibao_standard') })),
    );
    await markDirty(res.dynamo, res.tableNames.Reports, { provinceCode: ningxia, periodKey: PERIOD }, clock.now().toISOString());
    await runRollups({ store, divisions: d, clock });
    expect(await metricItem(ningxia, 'dibao_standard')).toBeUndefined();
    expect((await summary(ningxia))?.metrics).toEqual(['dibao_recipients']);
  });
});
