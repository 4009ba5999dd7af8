// What must outlive a deployment: the upload bucket, the ingest queue and the tables. Kept apart
// from the functions so a stateless redeploy (or a broken one) can never replace data.
import { Duration, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import {
  AttributeType,
  BillingMode,
  Table,
  TableEncryption,
} from 'aws-cdk-lib/aws-dynamodb';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  EventType,
  HttpMethods,
  ObjectOwnership,
  StorageClass,
} from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { ingestQueueSizing } from '../shared/aws/clientConfig.ts';
import { bucketLayout, reportsTable, rollupsTable, type TableDefinition } from '../shared/store/tables.ts';
import type { Stage } from './stage.ts';
import { exportStatefulResources } from './stateful-exports.ts';

export interface StatefulStackProps extends StackProps {
  stage: Stage;
  /** The dashboard's web origin for the upload bucket's CORS rule (see infra/dashboard-origin.ts). */
  dashboardOrigin: string;
}

/** How long a browser may cache the CORS preflight answer. */
export const uploadCorsMaxAgeSeconds = 3_000;

/** How long held-back uploads stay: long enough for a bureau to correct and re-upload a report. */
export const heldLifecycle = {
  infrequentAccessAfterDays: 30,
  expireAfterDays: 365,
} as const;

export class StatefulStack extends Stack {
  readonly uploadBucket: Bucket;
  readonly ingestQueue: Queue;
  readonly ingestDeadLetterQueue: Queue;
  readonly reportsTable: Table;
  readonly rollupsTable: Table;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    const removalPolicy = props.stage === 'dev' ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;

    const accessLogBucket = new Bucket(this, 'AccessLogBucket', {
      // Server access log delivery only supports SSE-S3 on the target bucket.
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(365) }],
      removalPolicy,
    });
    Validations.of(accessLogBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log target; logging it into itself would loop and another log bucket would only move the finding.',
    });

    this.uploadBucket = new Bucket(this, 'UploadBucket', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: accessLogBucket,
      serverAccessLogsPrefix: 'upload-bucket/',
      // The upload page POSTs a file straight to S3 with the presigned form the query API hands
      // out, and the dashboard opens presigned GET links to sources: both cross-origin from the
      // API's URL. Only those two methods, and only from the dashboard's origin.
      cors: [
        {
          id: 'dashboard-uploads-and-source-links',
          allowedOrigins: [props.dashboardOrigin],
          allowedMethods: [HttpMethods.POST, HttpMethods.GET],
          maxAge: uploadCorsMaxAgeSeconds,
        },
      ],
      lifecycleRules: [
        {
          id: 'held-back-uploads',
          prefix: bucketLayout.heldPrefix,
          transitions: [
            {
              storageClass: StorageClass.INFREQUENT_ACCESS,
              transitionAfter: Duration.days(heldLifecycle.infrequentAccessAfterDays),
            },
          ],
          expiration: Duration.days(heldLifecycle.expireAfterDays),
        },
        {
          // A re-upload for the same key supersedes the old version; keep it a quarter for audits.
          id: 'superseded-versions',
          noncurrentVersionExpiration: Duration.days(90),
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
      ],
      removalPolicy,
    });

    this.ingestDeadLetterQueue = new Queue(this, 'IngestDeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(ingestQueueSizing.deadLetterRetentionDays),
      removalPolicy,
    });
    Validations.of(this.ingestDeadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is the dead-letter queue of the ingest queue.',
    });

    // Sizing (visibility = 6 × ingest timeout, 5 receives before the DLQ) is reasoned in
    // shared/aws/clientConfig.ts next to the numbers it depends on.
    this.ingestQueue = new Queue(this, 'IngestQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(ingestQueueSizing.visibilityTimeoutSeconds),
      retentionPeriod: Duration.days(ingestQueueSizing.retentionDays),
      deadLetterQueue: {
        queue: this.ingestDeadLetterQueue,
        maxReceiveCount: ingestQueueSizing.maxReceiveCount,
      },
      removalPolicy,
    });

    // Only uploads start ingestion: the function's own writes to held/ and extracted/ must not
    // loop back into the queue.
    this.uploadBucket.addEventNotification(
      EventType.OBJECT_CREATED,
      new SqsDestination(this.ingestQueue),
      { prefix: bucketLayout.incomingPrefix },
    );
    // The notification custom resource is CDK's own singleton Lambda; it runs only at deploy time.
    const notificationsHandler = this.node.children.find((child) =>
      child.node.id.startsWith('BucketNotificationsHandler'),
    );
    if (notificationsHandler === undefined) throw new Error('CDK no longer creates BucketNotificationsHandler');
    for (const id of [
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      'AwsSolutions-IAM5[Resource::*]',
    ]) {
      Validations.of(notificationsHandler).acknowledge({
        id,
        reason:
          'CDK’s BucketNotificationsHandler (deploy time only) needs s3:PutBucketNotification, which has no resource-level scoping in its generated role, and basic logging.',
      });
    }

    this.reportsTable = this.table(reportsTable, removalPolicy);
    this.rollupsTable = this.table(rollupsTable, removalPolicy);

    exportStatefulResources(this, props.stage, {
      uploadBucket: this.uploadBucket,
      ingestQueue: this.ingestQueue,
      ingestDeadLetterQueue: this.ingestDeadLetterQueue,
      reportsTable: this.reportsTable,
      rollupsTable: this.rollupsTable,
    });
  }

  private table(definition: TableDefinition, removalPolicy: RemovalPolicy): Table {
    const table = new Table(this, `${definition.id}Table`, {
      partitionKey: { name: definition.partitionKey, type: AttributeType.STRING },
      sortKey: { name: definition.sortKey, type: AttributeType.STRING },
      // Load follows reporting deadlines (bursts a few days a quarter, idle otherwise).
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.AWS_MANAGED,
      deletionProtection: removalPolicy === RemovalPolicy.RETAIN,
      removalPolicy,
    });
    for (const index of definition.indexes) {
      table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
      });
    }
    return table;
  }
}
