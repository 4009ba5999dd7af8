// The dashboard's local stack for tests: the query handler behind local/httpServer.ts (what
// `npm start` serves), DynamoDB Local tables of this file, an s3rver of this process bridged to the
// ingest handler (so an upload from the page is ingested), and the rollup job on demand.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { s3Client } from '#shared/aws/clients.ts';
import { divisions } from '#shared/divisions/divisions.ts';
import type { UnitPeriodFacts, ReportRecord } from '#shared/domain/records.ts';
import { dashboardDependencies } from '#shared/query/dashboardDependencies.ts';
import type { QueryDeps } from '#shared/query/ports.ts';
import { runRollups } from '#shared/rollup/runRollups.ts';
import { DynamoQueryStore } from '#shared/store/dynamoQueryStore.ts';
import { dynamoRollupStore } from '#shared/store/dynamoRollupStore.ts';
import { createQueryHandler } from '../../functions/query/handler.ts';
import { serveHttpApi, type HttpApiServer } from '../../local/httpServer.ts';
import { bridgeUploadsToIngest, type IngestBridge } from '../../local/ingestBridge.ts';
import { createBucket } from '../../local/resources.ts';
import { startS3Local, type S3LocalServer } from '../../local/s3Local.ts';
import { createTestResources, type TestResources } from '../support/localStack.ts';
import { markDirty } from '../rollup/dynamoSupport.ts';
import { factsItem, putAll, reportItem, reportRecord } from '../query/fixtures.ts';

export interface DashboardStack {
  url: string;
  resources: TestResources;
  s3: S3Client;
  bridge: IngestBridge;
  queryDeps: QueryDeps;
  /** Writes current facts and their report records as ingest would, marking the partitions dirty. */
  seed(units: SeedUnit[]): Promise<void>;
  rollup(): Promise<void>;
  stop(): Promise<void>;
}

export interface SeedUnit {
  facts: UnitPeriodFacts;
  record?: Partial<ReportRecord>;
}

export async function startDashboardStack(label: string): Promise<DashboardStack> {
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  const { createIngestHandler } = await import('../../functions/ingest/handler.ts');
  const { ingestDependencies } = await import('#shared/ingest/dependencies.ts');
  const resources = await createTestResources(label);
  // An s3rver of this process, so its put notifications reach the bridge (as under `npm start`).
  const directory = mkdtempSync(join(tmpdir(), `minzheng-${label}-`));
  const s3Server: S3LocalServer = await startS3Local({ directory });
  const s3 = s3Client({ endpoint: s3Server.endpoint });
  await createBucket(s3, resources.bucket);
  const env = { ...resources.env, AWS_ENDPOINT_URL_S3: s3Server.endpoint };
  const bridge = bridgeUploadsToIngest(s3Server, createIngestHandler(() => ingestDependencies(env)), { bucket: resources.bucket });

  const queryDeps: QueryDeps = {
    store: new DynamoQueryStore({
      client: resources.dynamo,
      reportsTableName: resources.tableNames.Reports,
      rollupsTableName: resources.tableNames.Rollups,
    }),
    presignGet: async (bucket, key) => `${s3Server.endpoint}/${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`,
    dashboard: dashboardDependencies({
      dynamo: resources.dynamo,
      s3,
      reportsTableName: resources.tableNames.Reports,
      bucket: resources.bucket,
      local: true,
    }),
  };
  const server: HttpApiServer = await serveHttpApi(createQueryHandler(() => queryDeps), { port: 0 });
  const rollupStore = dynamoRollupStore({
    client: resources.dynamo,
    reportsTableName: resources.tableNames.Reports,
    rollupsTableName: resources.tableNames.Rollups,
  });

  return {
    url: server.url,
    resources,
    s3,
    bridge,
    queryDeps,
    async seed(units) {
      await putAll(resources.dynamo, resources.tableNames.Reports, [
        ...units.map(({ facts, record }) =>
          reportItem(
            reportRecord({
              reportId: facts.reportId,
              bucket: resources.bucket,
              key: `incoming/${facts.adcode}/${facts.periodKey}/${facts.unitName}.txt`,
              keyUnitCode: facts.adcode,
              keyPeriodKey: facts.periodKey,
              unit: { name: facts.unitName, adcode: facts.adcode, level: facts.level, province: null, provinceCode: facts.provinceCode },
              period: { key: facts.periodKey, ...(facts.asOf ? { asOf: facts.asOf } : {}) },
              factCount: facts.facts.length,
              ...record,
            }),
          ),
        ),
        ...units.map(({ facts }) => factsItem(facts)),
      ]);
      const partitions = new Map(units.map(({ facts: f }) => [`${f.provinceCode}#${f.periodKey}`, f]));
      for (const f of partitions.values()) {
        await markDirty(resources.dynamo, resources.tableNames.Reports, { provinceCode: f.provinceCode, periodKey: f.periodKey }, new Date().toISOString());
      }
    },
    async rollup() {
      await runRollups({ store: rollupStore, divisions: divisions(), clock: { now: () => new Date() } });
    },
    async stop() {
      await server.close();
      bridge.stop();
      await bridge.drain().catch(() => {});
      await s3Server.stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** A prefecture's facts for 2021, with the figure's place inside the quote. */
export function prefectureFacts(
  adcode: string,
  unitName: string,
  provinceCode: string,
  reportId: string,
  facts: Array<{ metric: string; value: number; unit: string; quote: string; figure: string; confidence: number }>,
): UnitPeriodFacts {
  let offset = 0;
  return {
    adcode,
    unitName,
    level: 'prefecture',
    parentCode: provinceCode,
    provinceCode,
    periodKey: '2021',
    asOf: '2021-12',
    reportId,
    contentHash: `hash-${reportId}`,
    eventTime: '2022-01-10T08:00:00.000Z',
    sequencer: '00A1',
    facts: facts.map(({ figure, ...f }) => {
      const start = offset;
      offset += f.quote.length + 1;
      const at = f.quote.indexOf(figure);
      return { ...f, start, end: start + f.quote.length, valueStart: start + at, valueEnd: start + at + figure.length };
    }),
  };
}
