// Same key, several versions: S3's sequencer decides which is current, whatever the event times
// say and whatever order the events arrive in. The object store here is an in-memory versioned
// bucket (s3rver has no versioning); the report store is the real one on DynamoDB Local.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ingestUpload, type IngestDeps } from '#shared/ingest/ingestUpload.ts';
import type { ObjectStore, UploadEvent } from '#shared/ingest/ports.ts';
import { divisions } from '#shared/divisions/divisions.ts';
import { extractReport } from '#shared/extract/extractReport.ts';
import { dynamoReportStore } from '#shared/store/dynamoReportStore.ts';
import { createTestResources, type TestResources } from '../support/localStack.ts';
import { reportsTableReader } from '../support/reportsTable.ts';
import { gulouReport } from '../support/reportTexts.ts';

function versionedBucket() {
  const versions = new Map<string, Uint8Array>();
  const id = (key: string, versionId: string | null) => `${key}@${versionId}`;
  const store: ObjectStore = {
    async head(_b, key, versionId) {
      const bytes = versions.get(id(key, versionId));
      return bytes ? { size: bytes.byteLength } : undefined;
    },
    async read(_b, key, versionId) {
      return versions.get(id(key, versionId));
    },
    async tag() {
      return 'tagged';
    },
    async copy(_b, key, versionId, toKey) {
      const bytes = versions.get(id(key, versionId));
      if (bytes) versions.set(id(toKey, null), bytes);
      return Boolean(bytes);
    },
    async putText(_b, key, text) {
      versions.set(id(key, null), new TextEncoder().encode(text));
    },
  };
  return { store, put: (key: string, versionId: string, text: string) => versions.set(id(key, versionId), new TextEncoder().encode(text)) };
}

let stack: TestResources;
beforeAll(async () => {
  stack = await createTestResources('order');
});

let periodCounter = 0;
const freshPeriod = () => String(1900 + periodCounter++);

describe('same-key versions', () => {
  it('makes the highest sequencer current for any arrival order, event times and sequencer widths', async () => {
    const table = reportsTableReader(stack.dynamo, stack.tableNames.Reports);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.bigInt({ min: 1n, max: (1n << 80n) - 1n }), { minLength: 2, maxLength: 4 }),
        fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 4, maxLength: 4 }),
        fc.boolean(),
        async (sequencers, timeOffsets, concurrently) => {
          const period = freshPeriod();
          const key = `incoming/320106/${period}/报告.txt`;
          const bucket = versionedBucket();
          const deps: IngestDeps = {
            objects: bucket.store,
            reports: dynamoReportStore({ client: stack.dynamo, tableName: stack.tableNames.Reports }),
            clock: { now: () => new Date() },
            extract: extractReport,
            divisions: divisions(),
            limits: { maxObjectBytes: 1 << 20 },
          };
          const events: UploadEvent[] = sequencers.map((seq, i) => {
            bucket.put(key, `v${i}`, gulouReport({ period: `${period}年`, dibao: 100 + i }));
            return {
              bucket: stack.bucket,
              key,
              versionId: `v${i}`,
              eventTime: new Date(Date.UTC(2022, 0, 1) + timeOffsets[i]).toISOString(),
              // Varying width, as S3's sequencers do.
              sequencer: seq.toString(16).toUpperCase().padStart(i % 2 ? 18 : 0, '0'),
            };
          });
          const outcomes = concurrently
            ? await Promise.all(events.map((e) => ingestUpload(e, deps)))
            : await (async () => {
                const out = [];
                for (const e of events) out.push(await ingestUpload(e, deps));
                return out;
              })();
          const newest = sequencers.indexOf(sequencers.reduce((a, b) => (a > b ? a : b)));
          const facts = await table.facts('320106', period);
          expect(facts?.reportId).toBe(outcomes[newest].reportId);
          expect(outcomes.filter((o) => o.state === 'stored' && o.reportId === facts?.reportId).length).toBe(1);
          for (const [i, outcome] of outcomes.entries()) {
            const record = await table.record(outcome.reportId);
            expect(record?.state).toBe(i === newest ? 'stored' : 'superseded');
          }
        },
      ),
      { numRuns: 12 },
    );
  });
});
