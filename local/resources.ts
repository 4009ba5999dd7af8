// Creates the tables and the upload bucket on the local stack, from the same definitions the CDK
// stack reads (shared/store/tables.ts). Idempotent: what exists already is left as it is.
import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceInUseException,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, HeadBucketCommand, type S3Client } from '@aws-sdk/client-s3';
import { tables, type TableDefinition } from '#shared/store/tables.ts';

export type TableNames = Record<TableDefinition['id'], string>;

/** Physical table names for a prefix, e.g. `minzheng-local-` → `minzheng-local-Reports`. */
export function localTableNames(prefix: string): TableNames {
  return Object.fromEntries(tables.map((t) => [t.id, `${prefix}${t.id}`])) as TableNames;
}

/** The environment the functions read their resource names from. */
export function resourceEnvironment(names: TableNames, bucket: string): Record<string, string> {
  const env: Record<string, string> = { UPLOAD_BUCKET: bucket };
  for (const t of tables) env[t.envVar] = names[t.id];
  return env;
}

export async function createTable(client: DynamoDBClient, definition: TableDefinition, tableName: string): Promise<void> {
  const keyAttributes = new Set([definition.partitionKey, definition.sortKey]);
  for (const index of definition.indexes) {
    keyAttributes.add(index.partitionKey);
    keyAttributes.add(index.sortKey);
  }
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [...keyAttributes].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
        KeySchema: [
          { AttributeName: definition.partitionKey, KeyType: 'HASH' },
          { AttributeName: definition.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: definition.indexes.length
          ? definition.indexes.map((index) => ({
              IndexName: index.indexName,
              KeySchema: [
                { AttributeName: index.partitionKey, KeyType: 'HASH' },
                { AttributeName: index.sortKey, KeyType: 'RANGE' },
              ],
              Projection: { ProjectionType: 'ALL' },
            }))
          : undefined,
      }),
    );
  } catch (err) {
    if (!(err instanceof ResourceInUseException)) throw err;
  }
  // DynamoDB Local creates tables at once, but wait anyway so a real endpoint behaves the same.
  for (let attempt = 0; attempt < 100; attempt++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`table ${tableName} did not become ACTIVE`);
}

export async function createBucket(client: S3Client, bucket: string): Promise<void> {
  try {
    await client.send(new HeadBucketCommand({ Bucket: bucket }));
    return;
  } catch {
    // Not there (or not visible): create it below.
  }
  try {
    await client.send(new CreateBucketCommand({ Bucket: bucket }));
  } catch (err) {
    const name = (err as Error).name;
    if (name !== 'BucketAlreadyOwnedByYou' && name !== 'BucketAlreadyExists') throw err;
  }
}

export interface LocalResources {
  tableNames: TableNames;
  bucket: string;
  env: Record<string, string>;
}

export async function createLocalResources(
  clients: { dynamo: DynamoDBClient; s3: S3Client },
  names: { tablePrefix: string; bucket: string },
): Promise<LocalResources> {
  const tableNames = localTableNames(names.tablePrefix);
  await Promise.all(tables.map((t) => createTable(clients.dynamo, t, tableNames[t.id])));
  await createBucket(clients.s3, names.bucket);
  return { tableNames, bucket: names.bucket, env: resourceEnvironment(tableNames, names.bucket) };
}
