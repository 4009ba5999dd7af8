// `npm start`'s back end: the local stack with data kept under .minzheng/, and uploads to the
// local S3's incoming/ ingested as they land (what S3 → SQS → Lambda does on AWS).
import { join } from 'node:path';
import { createIngestHandler } from '../functions/ingest/handler.ts';
import { ingestDependencies } from '#shared/ingest/dependencies.ts';
import { bridgeUploadsToIngest, type IngestBridge } from './ingestBridge.ts';
import { startLocalStack, type LocalStack } from './stack.ts';

export interface RunningLocal {
  stack: LocalStack;
  bridge: IngestBridge;
  stop(): Promise<void>;
}

export async function startLocal(options: { dataDir?: string; onError?: (err: unknown) => void } = {}): Promise<RunningLocal> {
  const dataDir = options.dataDir ?? '.minzheng';
  const stack = await startLocalStack({ dataDir, s3Directory: join(dataDir, 's3') });
  const handler = createIngestHandler(() => ingestDependencies({ ...process.env, ...stack.env }));
  const bridge = bridgeUploadsToIngest(stack.s3Server, handler, {
    bucket: stack.bucket,
    // Kept on disk so `minzheng redrive` finds what failed every delivery, across restarts.
    deadLetterFile: join(dataDir, 'dead-letters.jsonl'),
    onError: options.onError ?? ((err) => console.error('local ingest failed:', err)),
  });
  return {
    stack,
    bridge,
    async stop() {
      bridge.stop();
      await bridge.drain();
      await stack.stop();
    },
  };
}
