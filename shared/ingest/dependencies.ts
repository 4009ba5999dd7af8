// The real adapters, built from the function's environment once per cold start.
import { dynamoDocumentClient, s3Client, type ClientOptions } from '#shared/aws/clients.ts';
import { ingestLimits } from '#shared/aws/clientConfig.ts';
import { divisions } from '#shared/divisions/divisions.ts';
import { dynamoReportStore } from '#shared/store/dynamoReportStore.ts';
import { s3ObjectStore } from '#shared/store/s3ObjectStore.ts';
import { reportsTable } from '#shared/store/tables.ts';
import { extractUpload } from './extractUpload.ts';
import type { IngestDeps } from './ingestUpload.ts';

export interface IngestDependencyOptions {
  dynamo?: ClientOptions;
  s3?: ClientOptions;
  /** Tests lower the limit rather than upload 20 MB. */
  maxObjectBytes?: number;
}

export function ingestDependencies(env: NodeJS.ProcessEnv = process.env, options: IngestDependencyOptions = {}): IngestDeps {
  const tableName = env[reportsTable.envVar];
  if (!tableName) throw new Error(`${reportsTable.envVar} is not set: the ingest function needs the reports table name`);
  const dynamoEndpoint = env.AWS_ENDPOINT_URL_DYNAMODB;
  const s3Endpoint = env.AWS_ENDPOINT_URL_S3;
  return {
    objects: s3ObjectStore(s3Client({ ...(s3Endpoint ? { endpoint: s3Endpoint } : {}), ...options.s3 })),
    reports: dynamoReportStore({
      client: dynamoDocumentClient({ ...(dynamoEndpoint ? { endpoint: dynamoEndpoint } : {}), ...options.dynamo }),
      tableName,
    }),
    clock: { now: () => new Date() },
    extract: extractUpload,
    divisions: divisions(),
    limits: { maxObjectBytes: options.maxObjectBytes ?? ingestLimits.maxObjectBytes },
  };
}
