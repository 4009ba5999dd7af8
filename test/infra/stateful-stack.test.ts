import { beforeAll, describe, expect, it } from 'vitest';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { ingestFunctionSizing, ingestQueueSizing } from '#shared/aws/clientConfig.ts';
import { reportsTable, rollupsTable } from '#shared/store/tables.ts';
import { heldLifecycle } from '../../infra/stateful-stack.ts';
import { buildTestApp } from './infraApp.ts';

let dev: Template;
let prod: Template;

beforeAll(() => {
  dev = buildTestApp('dev').statefulTemplate;
  prod = buildTestApp('prod').statefulTemplate;
});

const uploadBucketProps = { VersioningConfiguration: { Status: 'Enabled' } };

describe('upload bucket', () => {
  it('is versioned, encrypted, private and logs access', () => {
    dev.hasResourceProperties('AWS::S3::Bucket', {
      ...uploadBucketProps,
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      LoggingConfiguration: { DestinationBucketName: Match.anyValue(), LogFilePrefix: 'upload-bucket/' },
    });
  });

  it('moves held-back uploads to infrequent access and expires them', () => {
    dev.hasResourceProperties('AWS::S3::Bucket', {
      ...uploadBucketProps,
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({
            Prefix: 'held/',
            Status: 'Enabled',
            ExpirationInDays: heldLifecycle.expireAfterDays,
            Transitions: [
              { StorageClass: 'STANDARD_IA', TransitionInDays: heldLifecycle.infrequentAccessAfterDays },
            ],
          }),
        ]),
      },
    });
  });

  it('refuses requests that are not over TLS', () => {
    const policies = dev.findResources('AWS::S3::BucketPolicy');
    const uploadBucketId = Object.keys(dev.findResources('AWS::S3::Bucket', { Properties: uploadBucketProps }))[0];
    const uploadPolicy = Object.values(policies).find(
      (policy) => JSON.stringify(policy.Properties.Bucket) === JSON.stringify({ Ref: uploadBucketId }),
    );
    expect(uploadPolicy?.Properties.PolicyDocument.Statement).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Action: 's3:*',
        Principal: { AWS: '*' },
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    );
  });

  it('is retained in prod and destroyable in dev', () => {
    prod.hasResource('AWS::S3::Bucket', { Properties: uploadBucketProps, DeletionPolicy: 'Retain' });
    dev.hasResource('AWS::S3::Bucket', { Properties: uploadBucketProps, DeletionPolicy: 'Delete' });
  });
});

describe('ingest queue', () => {
  it('redrives to a dead-letter queue after maxReceiveCount, with visibility sized to the function', () => {
    const dlqId = Object.keys(
      dev.findResources('AWS::SQS::Queue', {
        Properties: { MessageRetentionPeriod: ingestQueueSizing.deadLetterRetentionDays * 24 * 3600 },
      }),
    )[0];
    expect(dlqId).toBeDefined();
    dev.hasResourceProperties('AWS::SQS::Queue', {
      VisibilityTimeout: ingestQueueSizing.visibilityTimeoutSeconds,
      SqsManagedSseEnabled: true,
      RedrivePolicy: {
        deadLetterTargetArn: { 'Fn::GetAtt': [dlqId, 'Arn'] },
        maxReceiveCount: ingestQueueSizing.maxReceiveCount,
      },
    });
    expect(ingestQueueSizing.visibilityTimeoutSeconds).toBeGreaterThanOrEqual(6 * ingestFunctionSizing.timeoutSeconds);
  });

  it('receives object-created notifications for incoming/ only', () => {
    const queueId = Object.keys(
      dev.findResources('AWS::SQS::Queue', {
        Properties: { VisibilityTimeout: ingestQueueSizing.visibilityTimeoutSeconds },
      }),
    )[0];
    dev.resourceCountIs('Custom::S3BucketNotifications', 1);
    dev.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: {
        QueueConfigurations: [
          {
            Events: ['s3:ObjectCreated:*'],
            Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'incoming/' }] } },
            QueueArn: { 'Fn::GetAtt': [queueId, 'Arn'] },
          },
        ],
      },
    });
    // S3 may send only on behalf of this bucket.
    dev.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: Match.arrayWith(['sqs:SendMessage']),
            Principal: { Service: 's3.amazonaws.com' },
            Condition: { ArnLike: { 'aws:SourceArn': Match.anyValue() } },
          }),
        ]),
      },
    });
  });
});

describe('tables', () => {
  it.each([reportsTable, rollupsTable])('$id: keys and indexes from shared/store/tables.ts', (definition) => {
    dev.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: definition.partitionKey, KeyType: 'HASH' },
        { AttributeName: definition.sortKey, KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      GlobalSecondaryIndexes: definition.indexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    });
  });

  it('are retained and deletion-protected in prod', () => {
    expect(Object.keys(prod.findResources('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain' }))).toHaveLength(2);
    prod.allResourcesProperties('AWS::DynamoDB::Table', { DeletionProtectionEnabled: true });
    expect(Object.keys(dev.findResources('AWS::DynamoDB::Table', { DeletionPolicy: 'Delete' }))).toHaveLength(2);
  });
});

describe('exports for the stateless stack', () => {
  it('exports under fixed, stage-scoped names', () => {
    for (const name of ['UploadBucketArn', 'UploadBucketName', 'IngestQueueArn', 'IngestQueueUrl', 'ReportsTableArn', 'RollupsTableArn']) {
      prod.hasOutput(name, { Export: { Name: `Minzheng-prod-${name}` } });
    }
  });
});
