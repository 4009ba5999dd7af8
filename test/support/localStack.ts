// Per-file resources on the shared local stack: uniquely named tables and bucket, so test files
// run in parallel without seeing each other's items.
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import { dynamoClient, dynamoDocumentClient, s3Client, type ClientOptions } from '#shared/aws/clients.ts';
import { createLocalResources, type TableNames } from '../../local/resources.ts';

export interface LocalEndpoints {
  dynamoEndpoint: string;
  s3Endpoint: string;
}

/** The endpoints globalSetup started; throws the start-up failure (e.g. install Java) otherwise. */
export function localEndpoints(): LocalEndpoints {
  const dynamoEndpoint = inject('dynamoEndpoint');
  const s3Endpoint = inject('s3Endpoint');
  if (!dynamoEndpoint || !s3Endpoint) {
    throw new Error(`the local stack did not start: ${inject('localStackError') || 'no endpoints provided (is globalSetup configured?)'}`);
  }
  return { dynamoEndpoint, s3Endpoint };
}

export interface TestResources extends LocalEndpoints {
  tableNames: TableNames;
  bucket: string;
  /** REPORTS_TABLE, ROLLUPS_TABLE, UPLOAD_BUCKET and the endpoint variables. */
  env: Record<string, string>;
  dynamo: DynamoDBDocumentClient;
  dynamoAdmin: DynamoDBClient;
  s3: S3Client;
  /** Clients on the same stack with extra options (e.g. fault-injecting middleware). */
  dynamoWith(options: ClientOptions): DynamoDBDocumentClient;
  s3With(options: ClientOptions): S3Client;
}

/** DynamoDB Local may still be starting when the first test file asks for it. */
async function waitForDynamo(endpoint: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await fetch(endpoint, { signal: AbortSignal.timeout(1000) });
      return;
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export async function createTestResources(label = 'test'): Promise<TestResources> {
  const endpoints = localEndpoints();
  await waitForDynamo(endpoints.dynamoEndpoint);
  const id = randomUUID().replace(/-/g, '').slice(0, 10);
  const safeLabel = label.toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 20);
  const dynamoAdmin = dynamoClient({ endpoint: endpoints.dynamoEndpoint });
  const s3 = s3Client({ endpoint: endpoints.s3Endpoint });
  const resources = await createLocalResources(
    { dynamo: dynamoAdmin, s3 },
    { tablePrefix: `${safeLabel}-${id}-`, bucket: `mz-${safeLabel}-${id}`.replace(/-+/g, '-') },
  );
  return {
    ...endpoints,
    ...resources,
    env: {
      ...resources.env,
      AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamoEndpoint,
      AWS_ENDPOINT_URL_S3: endpoints.s3Endpoint,
    },
    dynamoAdmin,
    dynamo: dynamoDocumentClient({ endpoint: endpoints.dynamoEndpoint }),
    s3,
    dynamoWith: (options) => dynamoDocumentClient({ endpoint: endpoints.dynamoEndpoint, ...options }),
    s3With: (options) => s3Client({ endpoint: endpoints.s3Endpoint, ...options }),
  };
}
