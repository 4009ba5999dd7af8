// The scheduled Lambda end to end on DynamoDB Local: an EventBridge event in, the run's summary out.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Context } from 'aws-lambda';
import { divisions } from '#shared/divisions/divisions.ts';
import { createRollupHandler } from '../../functions/rollup/handler.ts';
import { dynamoRollupStore } from '#shared/store/dynamoRollupStore.ts';
import { createTestResources, type TestResources } from '../support/localStack.ts';
import { fact, unitFacts } from './fixtures.ts';
import { markDirty, putUnitFacts } from './dynamoSupport.ts';

const context = { functionName: 'rollup', awsRequestId: 'req-1', getRemainingTimeInMillis: () => 60_000 } as unknown as Context;
const scheduled = (detail: Record<string, unknown> = {}) => ({ 'detail-type': 'Scheduled Event', source: 'aws.events', detail });

describe('rollup handler', () => {
  let res: TestResources;
  beforeAll(async () => {
    res = await createTestResources('rollup-handler');
    const d = divisions();
    const district = d.children('110000')[0];
    await putUnitFacts(res.dynamo, res.tableNames.Reports, [unitFacts(district, '2023', [fact('orphans', 12)])]);
    await markDirty(res.dynamo, res.tableNames.Reports, { provinceCode: '110000', periodKey: '2023' }, new Date(Date.now() - 120_000).toISOString());
  });

  it('runs incrementally on the schedule, and fully when the rule asks', async () => {
    const handler = createRollupHandler(() => ({
      store: dynamoRollupStore({ client: res.dynamo, reportsTableName: res.tableNames.Reports, rollupsTableName: res.tableNames.Rollups }),
      divisions: divisions(),
      clock: { now: () => new Date() },
    }));
    expect(await handler(scheduled(), context)).toEqual({ mode: 'incremental', partitions: 1, written: 1, deferred: 0, marksKept: 0 });
    expect(await handler(scheduled(), context)).toEqual({ mode: 'incremental', partitions: 0, written: 0, deferred: 0, marksKept: 0 });
    expect(await handler(scheduled({ full: true }), context)).toMatchObject({ mode: 'full', partitions: 1, written: 1 });
    await expect(handler({ detail: { full: 'yes' } }, context)).rejects.toThrow();
  });
});
