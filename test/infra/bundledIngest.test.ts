// The ingest bundle as deployed, run against DynamoDB Local and the local S3.
//
// The other tests run the handler from source, and Node loads the SDK's CommonJS build for them.
// The bundle is built from the SDK's ES module build instead (mainFields module, main), with the
// modules that scripts/sdk-tree-shaking.mjs rewrote at install and the credential
// stand-in. This runs that exact code: a report stored, a template held and tagged, a redelivery
// answered by DynamoDB's ConditionalCheckFailed (an error the rewritten schemas must still
// deserialise), and a correction that supersedes through a conditional transaction. S3's and
// DynamoDB's errors whose modelled classes the rewrite drops still reach the code under the names
// it tests; the classes it keeps still carry their members.
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { GetObjectTaggingCommand } from '@aws-sdk/client-s3';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { esbuildOptionsForFunction, projectRoot } from '../../infra/constructs/minzheng-function.ts';
import { unbundledPackagesByFunction } from '../../infra/stateless-stack.ts';
import { createTestResources, type TestResources } from '../support/localStack.ts';
import { lambdaContext, putUpload, sqsBatch } from '../support/s3Events.ts';
import { reportsTableReader } from '../support/reportsTable.ts';
import { gulouReport, templateReport } from '../support/reportTexts.ts';

type Handler = (event: SQSEvent, context: unknown) => Promise<SQSBatchResponse>;

let stack: TestResources;
let table: ReturnType<typeof reportsTableReader>;
let handler: Handler;

beforeAll(async () => {
  stack = await createTestResources('bundled-ingest');
  table = reportsTableReader(stack.dynamo, stack.tableNames.Reports);
  const outDir = resolve(projectRoot, 'test/.artifacts/bundled-ingest');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const outfile = resolve(outDir, 'index.mjs');
  await build(esbuildOptionsForFunction(resolve(projectRoot, 'functions/ingest/handler.ts'), outfile, unbundledPackagesByFunction.ingest));
  // The handler reads its configuration from the environment, as in Lambda.
  Object.assign(process.env, stack.env, { POWERTOOLS_METRICS_DISABLED: 'true', POWERTOOLS_LOG_LEVEL: 'SILENT' });
  ({ handler } = (await import(pathToFileURL(outfile).href)) as { handler: Handler });
}, 120_000);

describe('the ingest bundle against the local stack', () => {
  it('stores a report, holds a template, ignores a redelivery and lets a correction supersede', async () => {
    const period = '2019-07';
    const report = await putUpload(stack.s3, stack.bucket, `incoming/320106/${period}/报告.txt`, gulouReport({ period: '2019年7月', dibao: 600 }));
    const template = await putUpload(stack.s3, stack.bucket, `incoming/320106/${period}/模板.txt`, templateReport());
    expect((await handler(sqsBatch(report, template), lambdaContext())).batchItemFailures).toEqual([]);

    const first = await table.facts('320106', period);
    expect(first?.facts.find((f: { metric: string }) => f.metric === 'dibao_recipients_urban')?.value).toBe(600);
    const held = (await table.byState('held')).find((r) => r.key === `incoming/320106/${period}/模板.txt`);
    expect(held).toMatchObject({ status: 'template', heldKey: `held/320106/${period}/模板.txt`, tagged: true });
    const tags = await stack.s3.send(new GetObjectTaggingCommand({ Bucket: stack.bucket, Key: `incoming/320106/${period}/模板.txt` }));
    expect(tags.TagSet).toEqual(expect.arrayContaining([{ Key: 'minzheng-status', Value: 'held' }]));

    const before = await table.all();
    expect((await handler(sqsBatch(report, template), lambdaContext())).batchItemFailures).toEqual([]);
    expect(await table.all()).toEqual(before);

    const corrected = await putUpload(stack.s3, stack.bucket, `incoming/320106/${period}/报告（更正）.txt`, gulouReport({ period: '2019年7月', dibao: 601 }));
    expect((await handler(sqsBatch(corrected), lambdaContext())).batchItemFailures).toEqual([]);
    const now = await table.facts('320106', period);
    expect(now?.facts.find((f: { metric: string }) => f.metric === 'dibao_recipients_urban')?.value).toBe(601);
    expect(await table.record(first!.reportId as string)).toMatchObject({ state: 'superseded', supersededBy: now?.reportId });
    expect((await table.dirty('320000', period))?.version).toBe(2);
  });

  it('throws S3’s errors under the names S3 gave them, with their status and message', async () => {
    // The functions' S3 client from the same ES module build and rewritten schemas as the bundle.
    const outDir = resolve(projectRoot, 'test/.artifacts/bundled-s3-errors');
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const entry = resolve(outDir, 'entry.ts');
    writeFileSync(
      entry,
      `export { s3Client } from ${JSON.stringify(resolve(projectRoot, 'shared/aws/clients.ts'))};\n` +
        `export { GetObjectCommand, HeadObjectCommand, S3ServiceException } from '@aws-sdk/client-s3';\n`,
    );
    await build(esbuildOptionsForFunction(entry, resolve(outDir, 'index.mjs')));
    const sdk = (await import(pathToFileURL(resolve(outDir, 'index.mjs')).href)) as typeof import('@aws-sdk/client-s3') & {
      s3Client: (options: { endpoint: string }) => import('@aws-sdk/client-s3').S3Client;
    };
    const s3 = sdk.s3Client({ endpoint: stack.s3Endpoint });
    const thrown = (p: Promise<unknown>) => p.then(() => { throw new Error('S3 answered'); }, (err: unknown) => err as Error & { $metadata: { httpStatusCode: number }; $fault: string });

    const missing = await thrown(s3.send(new sdk.GetObjectCommand({ Bucket: stack.bucket, Key: 'incoming/320106/2019/无此文件.txt' })));
    expect(missing).toBeInstanceOf(sdk.S3ServiceException);
    expect(missing).toMatchObject({ name: 'NoSuchKey', $fault: 'client', $metadata: { httpStatusCode: 404 } });
    expect(missing.message).not.toBe('UnknownError');
    const head = await thrown(s3.send(new sdk.HeadObjectCommand({ Bucket: stack.bucket, Key: 'incoming/320106/2019/无此文件.txt' })));
    expect(head).toMatchObject({ name: 'NotFound', $metadata: { httpStatusCode: 404 } });
    const bucket = await thrown(s3.send(new sdk.GetObjectCommand({ Bucket: `${stack.bucket}-none`, Key: 'a.txt' })));
    expect(bucket.name).toBe('NoSuchBucket');
  });

  it('throws DynamoDB’s errors by name, and the classes the stores test with instanceof with their members', async () => {
    const outDir = resolve(projectRoot, 'test/.artifacts/bundled-dynamo-errors');
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const entry = resolve(outDir, 'entry.ts');
    writeFileSync(
      entry,
      `export { dynamoClient } from ${JSON.stringify(resolve(projectRoot, 'shared/aws/clients.ts'))};\n` +
        `export { GetItemCommand, PutItemCommand, TransactWriteItemsCommand, DynamoDBServiceException, ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';\n`,
    );
    await build(esbuildOptionsForFunction(entry, resolve(outDir, 'index.mjs')));
    const sdk = (await import(pathToFileURL(resolve(outDir, 'index.mjs')).href)) as typeof import('@aws-sdk/client-dynamodb') & {
      dynamoClient: (options: { endpoint: string }) => import('@aws-sdk/client-dynamodb').DynamoDBClient;
    };
    const dynamo = sdk.dynamoClient({ endpoint: stack.env.AWS_ENDPOINT_URL_DYNAMODB });
    const thrown = (p: Promise<unknown>) => p.then(() => { throw new Error('DynamoDB answered'); }, (err: unknown) => err as Error & { $metadata: { httpStatusCode: number } });
    const TableName = stack.tableNames.Reports;
    const Item = { pk: { S: 'probe#errors' }, sk: { S: 'probe' } };

    const table = await thrown(dynamo.send(new sdk.GetItemCommand({ TableName: `${TableName}-none`, Key: Item })));
    expect(table).toBeInstanceOf(sdk.DynamoDBServiceException);
    expect(table).toMatchObject({ name: 'ResourceNotFoundException', $metadata: { httpStatusCode: 400 } });

    await dynamo.send(new sdk.PutItemCommand({ TableName, Item }));
    const conditional = await thrown(dynamo.send(new sdk.PutItemCommand({ TableName, Item, ConditionExpression: 'attribute_not_exists(pk)' })));
    expect(conditional).toBeInstanceOf(sdk.ConditionalCheckFailedException);
    const cancelled = await thrown(
      dynamo.send(new sdk.TransactWriteItemsCommand({ TransactItems: [{ Put: { TableName, Item, ConditionExpression: 'attribute_not_exists(pk)' } }] })),
    );
    expect(cancelled).toBeInstanceOf(sdk.TransactionCanceledException);
    expect((cancelled as InstanceType<typeof sdk.TransactionCanceledException>).CancellationReasons?.[0]?.Code).toBe('ConditionalCheckFailed');
  });
});
