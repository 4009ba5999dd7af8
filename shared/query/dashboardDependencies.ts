// The dashboard's dependencies on DynamoDB and S3, from the query function's environment.
// Locally (MINZHENG_LOCAL=1, or an S3 endpoint on the loopback) the upload page posts the file to
// the API, which puts it into the local bucket; on AWS it gets a presigned POST for S3 itself,
// signed for the bureau's own `incoming/{adcode}/{period}/` prefix only.
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { isLocalEndpoint } from '#shared/aws/clients.ts';
import { ingestLimits } from '#shared/aws/clientConfig.ts';
import { dynamoReviewStore } from '#shared/review/dynamoReviewStore.ts';
import type { PartitionRef } from '#shared/rollup/ports.ts';
import { bucketLayout, reportsTable } from '#shared/store/tables.ts';
import { bureauIncomingPrefix, bureauPresignedPostConditions } from '#shared/upload/bureauUploadPolicy.ts';
import type { DashboardDeps } from './dashboardPorts.ts';

/** Long enough to pick a file and send it, short enough that a leaked form soon stops working. */
export const uploadFormSeconds = 10 * 60;

export interface DashboardEnvironment {
  dynamo: DynamoDBDocumentClient;
  s3: S3Client;
  reportsTableName: string;
  bucket: string;
  /** Serve /api/local-upload instead of handing out presigned POSTs. */
  local: boolean;
  clock?: () => Date;
}

export function dashboardDependencies(env: DashboardEnvironment): DashboardDeps {
  const maxBytes = ingestLimits.maxObjectBytes;
  return {
    reviews: dynamoReviewStore({ client: env.dynamo, tableName: env.reportsTableName }),
    clock: { now: env.clock ?? (() => new Date()) },
    async partitions() {
      // Rolled up at least once, or changed and waiting for the next run.
      const [registered, dirty] = await Promise.all(
        ['PARTITIONS', 'DIRTY'].map((pk) => queryPartition(env.dynamo, env.reportsTableName, pk)),
      );
      const seen = new Map<string, PartitionRef>();
      for (const item of [...registered, ...dirty]) {
        const [provinceCode, periodKey] = String(item.sk).split('#');
        seen.set(String(item.sk), { provinceCode, periodKey });
      }
      return [...seen.values()];
    },
    async uploadForm(adcode, periodKey) {
      const keyPrefix = `${bureauIncomingPrefix(adcode)}${periodKey}/`;
      if (env.local) return { mode: 'local', url: '/api/local-upload', keyPrefix, maxBytes };
      const { url, fields } = await createPresignedPost(env.s3, {
        ...bureauPresignedPostConditions(env.bucket, adcode, periodKey, maxBytes),
        Expires: uploadFormSeconds,
      });
      return { mode: 's3', url, fields, keyPrefix, maxBytes };
    },
    ...(env.local
      ? {
          async localUpload(key: string, bytes: Uint8Array) {
            if (!key.startsWith(bucketLayout.incomingPrefix)) throw new Error(`local uploads go under ${bucketLayout.incomingPrefix}`);
            await env.s3.send(new PutObjectCommand({ Bucket: env.bucket, Key: key, Body: bytes }));
          },
        }
      : {}),
  };
}

async function queryPartition(client: DynamoDBDocumentClient, tableName: string, pk: string) {
  const items: Record<string, unknown>[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const out = await client.send(
      new QueryCommand({ TableName: tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk }, ExclusiveStartKey }),
    );
    items.push(...((out.Items ?? []) as Record<string, unknown>[]));
    ExclusiveStartKey = out.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}

/** From the functions' environment (REPORTS_TABLE, UPLOAD_BUCKET, MINZHENG_LOCAL, AWS_ENDPOINT_URL_S3). */
export function dashboardFromEnvironment(
  clients: { dynamo: DynamoDBDocumentClient; s3: S3Client },
  env: NodeJS.ProcessEnv = process.env,
): DashboardDeps | undefined {
  const reportsTableName = env[reportsTable.envVar];
  const bucket = env[bucketLayout.envVar];
  if (!reportsTableName || !bucket) return undefined;
  const local = env.MINZHENG_LOCAL === '1' || isLocalEndpoint(env.AWS_ENDPOINT_URL_S3);
  return dashboardDependencies({ ...clients, reportsTableName, bucket, local });
}
