// The whole local stack in one call: DynamoDB Local, a local S3, the tables and the bucket.
// `npm start` keeps its data under .minzheng/; tests use memory and a temp dir.
import { join } from 'node:path';
import { dynamoClient, s3Client } from '#shared/aws/clients.ts';
import { startDynamoLocal } from './dynamoLocal.ts';
import { startS3Local, type S3LocalServer } from './s3Local.ts';
import { createLocalResources, type LocalResources } from './resources.ts';

export interface LocalStack extends LocalResources {
  dynamoEndpoint: string;
  s3Endpoint: string;
  /** The local S3 itself: it emits a notification per put (see ingestBridge.ts). */
  s3Server: S3LocalServer;
  /** Everything a function or CLI command needs to talk to this stack. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

export interface LocalStackOptions {
  /** Where data persists (`.minzheng` for npm start); without it DynamoDB is in memory. */
  dataDir?: string;
  s3Directory: string;
  tablePrefix?: string;
  bucket?: string;
}

export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const [dynamo, s3] = await Promise.all([
    startDynamoLocal({ dataDir: options.dataDir ? join(options.dataDir, 'dynamodb') : undefined }),
    startS3Local({ directory: options.s3Directory }),
  ]);
  try {
    const dynamoAdmin = dynamoClient({ endpoint: dynamo.endpoint });
    const s3Admin = s3Client({ endpoint: s3.endpoint });
    const resources = await createLocalResources(
      { dynamo: dynamoAdmin, s3: s3Admin },
      { tablePrefix: options.tablePrefix ?? 'minzheng-local-', bucket: options.bucket ?? 'minzheng-uploads' },
    );
    dynamoAdmin.destroy();
    s3Admin.destroy();
    return {
      ...resources,
      dynamoEndpoint: dynamo.endpoint,
      s3Endpoint: s3.endpoint,
      s3Server: s3,
      env: {
        ...resources.env,
        AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
        AWS_ENDPOINT_URL_S3: s3.endpoint,
        AWS_REGION: process.env.AWS_REGION ?? 'cn-north-1',
      },
      async stop() {
        await Promise.all([dynamo.stop(), s3.stop()]);
      },
    };
  } catch (err) {
    await Promise.all([dynamo.stop(), s3.stop()]);
    throw err;
  }
}
