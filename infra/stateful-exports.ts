// The stateful stack's outputs, exported under names fixed by stage. The stateless stack imports
// them by name instead of through CDK's generated cross-stack references: the names are then
// stable across refactors (a generated export that changes blocks updates of the producing
// stack while the consumer still imports it), and policies name resources predictably.
import { CfnOutput, Fn, type Stack } from 'aws-cdk-lib';
import { Table, type ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Bucket, type IBucket } from 'aws-cdk-lib/aws-s3';
import { Queue, type IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { reportsTable, rollupsTable, type TableDefinition } from '../shared/store/tables.ts';
import type { Stage } from './stage.ts';

const exportedValues = [
  'UploadBucketName',
  'UploadBucketArn',
  'IngestQueueArn',
  'IngestQueueUrl',
  'IngestDeadLetterQueueArn',
  'ReportsTableArn',
  'RollupsTableArn',
] as const;
type ExportedValue = (typeof exportedValues)[number];

export function statefulExportName(stage: Stage, value: ExportedValue): string {
  return `Minzheng-${stage}-${value}`;
}

export interface StatefulResources {
  uploadBucket: IBucket;
  ingestQueue: IQueue;
  /** Exported for `minzheng redrive --dlq-arn` (StartMessageMoveTask); no function uses it. */
  ingestDeadLetterQueue?: IQueue;
  reportsTable: ITable;
  rollupsTable: ITable;
}

/** What an operator reads off an output, beside its value. */
const descriptions: Partial<Record<ExportedValue, string>> = {
  IngestQueueArn: 'Ingest queue: where a redrive returns dead-lettered messages',
  IngestDeadLetterQueueArn: 'Dead-letter queue of the ingest queue: minzheng redrive --dlq-arn <this> (or INGEST_DLQ_ARN)',
};

/** Called by the stateful stack: one CfnOutput with a fixed export name per value. */
export function exportStatefulResources(
  stack: Stack,
  stage: Stage,
  resources: StatefulResources & { ingestDeadLetterQueue: IQueue },
): void {
  const values: Record<ExportedValue, string> = {
    UploadBucketName: resources.uploadBucket.bucketName,
    UploadBucketArn: resources.uploadBucket.bucketArn,
    IngestQueueArn: resources.ingestQueue.queueArn,
    IngestQueueUrl: resources.ingestQueue.queueUrl,
    IngestDeadLetterQueueArn: resources.ingestDeadLetterQueue.queueArn,
    ReportsTableArn: resources.reportsTable.tableArn,
    RollupsTableArn: resources.rollupsTable.tableArn,
  };
  for (const value of exportedValues) {
    new CfnOutput(stack, value, {
      value: values[value],
      exportName: statefulExportName(stage, value),
      ...(descriptions[value] ? { description: descriptions[value] } : {}),
    });
  }
}

/** Called by the stateless stack: references to the stateful resources, by export name. */
export function importStatefulResources(scope: Construct, stage: Stage): StatefulResources {
  const imported = (value: ExportedValue) => Fn.importValue(statefulExportName(stage, value));
  const table = (definition: TableDefinition, arn: ExportedValue) =>
    Table.fromTableAttributes(scope, `Imported${definition.id}Table`, {
      // The name is parsed from the ARN (CDK allows only one of the two).
      tableArn: imported(arn),
      // Listing the indexes makes read grants cover `table/index/*` too.
      globalIndexes: definition.indexes.map((index) => index.indexName),
    });
  return {
    uploadBucket: Bucket.fromBucketAttributes(scope, 'ImportedUploadBucket', {
      bucketName: imported('UploadBucketName'),
      bucketArn: imported('UploadBucketArn'),
    }),
    ingestQueue: Queue.fromQueueAttributes(scope, 'ImportedIngestQueue', {
      queueArn: imported('IngestQueueArn'),
      queueUrl: imported('IngestQueueUrl'),
    }),
    reportsTable: table(reportsTable, 'ReportsTableArn'),
    rollupsTable: table(rollupsTable, 'RollupsTableArn'),
  };
}
