// Starts DynamoDB Local and a local S3 once per test run and hands their endpoints to the test
// files through vitest's provide/inject. Each file creates its own uniquely named tables and
// bucket (see localStack.ts), so files still run in parallel against the one pair of servers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { spawnDynamoLocal, type LocalServer } from '../../local/dynamoLocal.ts';
import { startS3Local } from '../../local/s3Local.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Empty when the stack could not start (e.g. no Java); tests that need it then fail with the reason. */
    dynamoEndpoint: string;
    s3Endpoint: string;
    localStackError: string;
  }
}

export default async function setup(project: TestProject) {
  const s3Directory = mkdtempSync(join(tmpdir(), 'minzheng-s3-'));
  const servers: LocalServer[] = [];
  try {
    // DynamoDB Local is spawned but not awaited here: pure test files start at once, and
    // createTestResources waits for it to answer.
    const started = await Promise.allSettled([spawnDynamoLocal(), startS3Local({ directory: s3Directory })]);
    for (const result of started) if (result.status === 'fulfilled') servers.push(result.value);
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    const [dynamo, s3] = servers;
    project.provide('dynamoEndpoint', dynamo.endpoint);
    project.provide('s3Endpoint', s3.endpoint);
    project.provide('localStackError', '');
  } catch (err) {
    // Pure tests must still run on a machine without Java; stack tests fail with this reason.
    await Promise.allSettled(servers.map((s) => s.stop()));
    servers.length = 0;
    project.provide('dynamoEndpoint', '');
    project.provide('s3Endpoint', '');
    project.provide('localStackError', err instanceof Error ? err.message : String(err));
  }
  return async () => {
    await Promise.allSettled(servers.map((s) => s.stop()));
    rmSync(s3Directory, { recursive: true, force: true });
  };
}
