// `npm start` writes where its servers listen to .minzheng/endpoints.json; the other CLI
// commands read it to find the running local stack. Ports are free ones, so they change per start.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bucketLayout, reportsTable, rollupsTable } from '#shared/store/tables.ts';

export interface LocalEndpoints {
  apiUrl: string;
  dynamoEndpoint: string;
  s3Endpoint: string;
  region: string;
  bucket: string;
  tables: { Reports: string; Rollups: string };
  pid: number;
  startedAt: string;
}

/** Where the local stack keeps its data: MINZHENG_DATA_DIR, or .minzheng in the working folder. */
export const dataDirectory = (env: NodeJS.ProcessEnv = process.env): string => env.MINZHENG_DATA_DIR || '.minzheng';

export const endpointsPath = (dataDir: string) => join(dataDir, 'endpoints.json');

export function writeEndpoints(dataDir: string, endpoints: LocalEndpoints): void {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(endpointsPath(dataDir), `${JSON.stringify(endpoints, null, 2)}\n`);
}

export function readEndpoints(dataDir: string): LocalEndpoints | undefined {
  let text: string;
  try {
    text = readFileSync(endpointsPath(dataDir), 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text) as LocalEndpoints;
  } catch {
    return undefined;
  }
}

/** Only removes the file this process wrote: a second `npm start` that refused to run must not. */
export function removeEndpoints(dataDir: string, pid = process.pid): void {
  if (readEndpoints(dataDir)?.pid === pid) rmSync(endpointsPath(dataDir), { force: true });
}

/** The environment the functions and stores read, pointing at the local servers. */
export function environmentOf(endpoints: LocalEndpoints): Record<string, string> {
  return {
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamoEndpoint,
    AWS_ENDPOINT_URL_S3: endpoints.s3Endpoint,
    AWS_REGION: endpoints.region,
    [reportsTable.envVar]: endpoints.tables.Reports,
    [rollupsTable.envVar]: endpoints.tables.Rollups,
    [bucketLayout.envVar]: endpoints.bucket,
  };
}

/** Any HTTP answer means the server is up; a refused connection or silence means it is not. */
export async function answers(url: string, timeoutMs = 1500): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    return true;
  } catch {
    return false;
  }
}

/** The endpoints of a local stack that is running now, or undefined (no file, or a stale one). */
export async function runningLocalStack(dataDir: string): Promise<{ endpoints?: LocalEndpoints; stale: boolean }> {
  const endpoints = readEndpoints(dataDir);
  if (!endpoints) return { stale: false };
  const [dynamo, s3] = await Promise.all([answers(endpoints.dynamoEndpoint), answers(endpoints.s3Endpoint)]);
  return dynamo && s3 ? { endpoints, stale: false } : { stale: true };
}
