// At-least-once delivery in parallel: S3 → SQS may hand the same event to two invocations at
// once, and a corrected report may be processed beside the one it corrects. However they
// interleave, exactly one report is current for the unit and period, the newer, and every upload
// has exactly one record.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestResources, type TestResources } from '../support/localStack.ts';
import { putUpload, sqsBatch, sqsRecord } from '../support/s3Events.ts';
import { gulouReport } from '../support/reportTexts.ts';
import { loadHandler, recordsByKey } from './harness.ts';

let stack: TestResources;
let ingestWith: Awaited<ReturnType<typeof loadHandler>>;

beforeAll(async () => {
  ingestWith = await loadHandler();
  stack = await createTestResources('concurrency');
});

const rounds = 12;

describe('parallel deliveries', () => {
  it(`one event delivered twice in parallel, beside the newer version also delivered twice, ${rounds} rounds`, async () => {
    const { table, of } = recordsByKey(stack);
    for (let round = 0; round < rounds; round++) {
      const year = 1950 + round;
      const olderKey = `incoming/320106/${year}/初稿.txt`;
      const newerKey = `incoming/320106/${year}/定稿.txt`;
      const older = await putUpload(stack.s3, stack.bucket, olderKey, gulouReport({ period: `${year}年`, dibao: 1 }), {
        eventTime: `${year}-12-01T00:00:00.000Z`,
      });
      const newer = await putUpload(stack.s3, stack.bucket, newerKey, gulouReport({ period: `${year}年`, dibao: 2 }), {
        eventTime: `${year}-12-01T00:00:01.000Z`,
      });
      // Each event twice, as separate SQS messages to separate invocations, all at once, in an
      // order that changes with the round.
      const deliveries = [older, newer, older, newer].map((event) => sqsBatch(sqsRecord({ Records: [event] })));
      const order = round % 2 ? deliveries.reverse() : deliveries;
      const handlers = order.map(() => ingestWith(stack.env));
      const responses = await Promise.all(order.map((batch, i) => handlers[i](batch)));
      for (const r of responses) expect(r.batchItemFailures).toEqual([]);

      const olderRecords = await of(stack.bucket, olderKey);
      const newerRecords = await of(stack.bucket, newerKey);
      expect(olderRecords).toHaveLength(1);
      expect(newerRecords).toHaveLength(1);
      expect(newerRecords[0].state).toBe('stored');
      expect(olderRecords[0].state).toBe('superseded');
      const facts = await table.facts('320106', String(year));
      expect(facts?.reportId).toBe(newerRecords[0].reportId);
      expect(facts?.facts.find((f: { metric: string }) => f.metric === 'dibao_recipients_urban')?.value).toBe(2);
    }
  }, 120_000);

  it(`one event delivered three times at once changes the dirty mark once, ${rounds} rounds`, async () => {
    const { table, of } = recordsByKey(stack);
    for (let round = 0; round < rounds; round++) {
      const year = 1900 + round;
      const key = `incoming/320106/${year}/报告.txt`;
      const event = await putUpload(stack.s3, stack.bucket, key, gulouReport({ period: `${year}年`, dibao: 3 }));
      const responses = await Promise.all([0, 1, 2].map(() => ingestWith(stack.env)(sqsBatch(sqsRecord({ Records: [event] })))));
      for (const r of responses) expect(r.batchItemFailures).toEqual([]);
      const records = await of(stack.bucket, key);
      expect(records.map((r) => r.state)).toEqual(['stored']);
      expect((await table.facts('320106', String(year)))?.reportId).toBe(records[0].reportId);
      expect((await table.dirty('320000', String(year)))?.version).toBe(1);
    }
  }, 120_000);
});
