import { beforeAll, describe, expect, it } from 'vitest';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { ingestFunctionSizing, ingestQueueSizing } from '#shared/aws/clientConfig.ts';
import { reportsTable, rollupsTable } from '#shared/store/tables.ts';
import { readLimits } from '#shared/read/limits.ts';
import { heldLifecycle, uploadCorsMaxAgeSeconds } from '../../infra/stateful-stack.ts';
import { buildTestApp, buildUnsynthesisedApp, testDashboardOrigin } from './infraApp.ts';

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

  it('lets the dashboard POST uploads and GET source links cross-origin, and nothing else', () => {
    const corsOf = (template: Template) =>
      Object.values(template.findResources('AWS::S3::Bucket', { Properties: uploadBucketProps }))[0].Properties.CorsConfiguration;
    expect(corsOf(prod)).toEqual({
      CorsRules: [
        {
          Id: 'dashboard-uploads-and-source-links',
          AllowedOrigins: [testDashboardOrigin],
          AllowedMethods: ['POST', 'GET'],
          MaxAge: uploadCorsMaxAgeSeconds,
        },
      ],
    });
    expect(corsOf(dev).CorsRules[0].AllowedOrigins).toEqual(['*']);
    // The access-log bucket is never a browser's business.
    expect(Object.values(dev.findResources('AWS::S3::Bucket')).filter((b) => b.Properties.CorsConfiguration)).toHaveLength(1);
  });

  it('prod needs the dashboard origin, and only a bare https origin is taken', () => {
    expect(() => buildUnsynthesisedApp('prod', { dashboardOrigin: undefined })).toThrow(/dashboardOrigin=https:/);
    for (const bad of ['*', 'http://minzheng.example.gov.cn', 'https://minzheng.example.gov.cn/', 'https://a.example/dashboard']) {
      expect(() => buildUnsynthesisedApp('prod', { dashboardOrigin: bad }), bad).toThrow(/must look like https/);
    }
    expect(() => buildUnsynthesisedApp('dev', { dashboardOrigin: 'https://dev.example.cn:8443' })).not.toThrow();
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

  it('sizing: visibility is 6 × the ingest timeout plus the batching window, and a batch of PDF budgets fits the timeout', () => {
    expect(ingestQueueSizing.visibilityTimeoutSeconds).toBe(
      6 * ingestFunctionSizing.timeoutSeconds + ingestFunctionSizing.maxBatchingWindowSeconds,
    );
    // The numbers shared/aws/clientConfig.ts reasons about; a change there must be deliberate.
    expect([ingestFunctionSizing.batchSize, ingestFunctionSizing.timeoutSeconds, ingestQueueSizing.visibilityTimeoutSeconds]).toEqual([5, 120, 725]);
    // Even read back to back, a full batch of PDFs leaves time for the S3 and DynamoDB calls.
    const readsMs = ingestFunctionSizing.batchSize * readLimits.timeBudgetMs;
    expect(ingestFunctionSizing.timeoutSeconds * 1000 - readsMs).toBeGreaterThanOrEqual(20_000);
    dev.hasResourceProperties('AWS::SQS::Queue', { VisibilityTimeout: 725 });
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
    for (const name of ['UploadBucketArn', 'UploadBucketName', 'IngestQueueArn', 'IngestQueueUrl', 'IngestDeadLetterQueueArn', 'ReportsTableArn', 'RollupsTableArn']) {
      prod.hasOutput(name, { Export: { Name: `Minzheng-prod-${name}` } });
    }
  });

  it('outputs both queue ARNs for `minzheng redrive` (StartMessageMoveTask from the DLQ back to its source)', () => {
    const queueIds = (props: Record<string, unknown>) => Object.keys(prod.findResources('AWS::SQS::Queue', { Properties: props }));
    const [dlqId] = queueIds({ MessageRetentionPeriod: ingestQueueSizing.deadLetterRetentionDays * 24 * 3600 });
    const [queueId] = queueIds({ VisibilityTimeout: ingestQueueSizing.visibilityTimeoutSeconds });
    prod.hasOutput('IngestDeadLetterQueueArn', {
      Value: { 'Fn::GetAtt': [dlqId, 'Arn'] },
      Description: Match.stringLikeRegexp('minzheng redrive --dlq-arn'),
    });
    prod.hasOutput('IngestQueueArn', { Value: { 'Fn::GetAtt': [queueId, 'Arn'] } });
  });
});
