// The local stack answers like AWS for what the pipeline needs: tables with their indexes,
// a bucket that takes puts (with the SDK's checksums relaxed), copies and tags.
import { describe, expect, it, beforeAll } from 'vitest';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  CopyObjectCommand,
  GetObjectCommand,
  GetObjectTaggingCommand,
  PutObjectCommand,
  PutObjectTaggingCommand,
} from '@aws-sdk/client-s3';
import { reportsTable, rollupsTable } from '#shared/store/tables.ts';
import { createTestResources, type TestResources } from '../support/localStack.ts';
import { createLocalResources } from '../../local/resources.ts';

let stack: TestResources;
beforeAll(async () => {
  stack = await createTestResources('harness');
});

describe('local stack', () => {
  it('creates both tables with every index projecting all attributes', async () => {
    for (const def of [reportsTable, rollupsTable]) {
      const { Table } = await stack.dynamoAdmin.send(new DescribeTableCommand({ TableName: stack.tableNames[def.id] }));
      expect(Table?.TableStatus).toBe('ACTIVE');
      expect(Table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
      const indexes = Table?.GlobalSecondaryIndexes ?? [];
      expect(indexes.map((i) => i.IndexName).sort()).toEqual(def.indexes.map((i) => i.indexName).sort());
      for (const index of indexes) expect(index.Projection?.ProjectionType).toBe('ALL');
    }
  });

  it('is idempotent: creating the same resources again is fine', async () => {
    const prefix = stack.tableNames.Reports.slice(0, -'Reports'.length);
    await expect(
      createLocalResources({ dynamo: stack.dynamoAdmin, s3: stack.s3 }, { tablePrefix: prefix, bucket: stack.bucket }),
    ).resolves.toMatchObject({ bucket: stack.bucket });
  });

  it('stores and reads items', async () => {
    await stack.dynamo.send(new PutCommand({ TableName: stack.tableNames.Reports, Item: { pk: 'A', sk: 'B', n: 1 } }));
    const { Item } = await stack.dynamo.send(new GetCommand({ TableName: stack.tableNames.Reports, Key: { pk: 'A', sk: 'B' } }));
    expect(Item).toEqual({ pk: 'A', sk: 'B', n: 1 });
  });

  it('puts, copies and tags objects with keys that need escaping', async () => {
    const key = 'incoming/320106/2021-H1/鼓楼区 上半年 工作报告.txt';
    await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: '全区共有低保对象1,234人' }));
    await stack.s3.send(
      new CopyObjectCommand({ Bucket: stack.bucket, Key: 'held/x.txt', CopySource: `${stack.bucket}/${key.split('/').map(encodeURIComponent).join('/')}` }),
    );
    const copy = await stack.s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: 'held/x.txt' }));
    expect(await copy.Body?.transformToString()).toBe('全区共有低保对象1,234人');
    await stack.s3.send(
      new PutObjectTaggingCommand({ Bucket: stack.bucket, Key: key, Tagging: { TagSet: [{ Key: 'minzheng-status', Value: 'held' }] } }),
    );
    const tags = await stack.s3.send(new GetObjectTaggingCommand({ Bucket: stack.bucket, Key: key }));
    expect(tags.TagSet).toEqual([{ Key: 'minzheng-status', Value: 'held' }]);
  });
});
