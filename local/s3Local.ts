// A local S3 (s3rver) on the loopback interface, for tests (temp dir) and `npm start` (.minzheng/s3).
// s3rver answers enough of the S3 API for the pipeline, but not versioning: versionIds are null,
// which the ingest path handles (see reportId).
import S3rver from 's3rver';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LocalServer } from './dynamoLocal.ts';
import { freePort } from './freePort.ts';

export interface S3LocalOptions {
  directory: string;
  port?: number;
}

export interface S3LocalServer extends LocalServer {
  /** s3rver emits an S3-shaped event notification for each put, copy and delete. */
  server: S3rver;
}

export async function startS3Local(options: S3LocalOptions): Promise<S3LocalServer> {
  const directory = resolve(options.directory);
  mkdirSync(directory, { recursive: true });
  const port = options.port ?? (await freePort());
  const server = new S3rver({
    address: '127.0.0.1',
    port,
    silent: true,
    directory,
    // Path-style requests only; vhost parsing of 127.0.0.1 is pointless.
    vhostBuckets: false,
  });
  const address = await server.run();
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    server,
    stop: () => server.close(),
  };
}
