// `minzheng redrive`: process again the uploads whose messages failed every delivery.
// In AWS (--dlq-arn): SQS moves the dead-letter queue's messages back to the ingest queue
// (StartMessageMoveTask), and the ingest function picks them up as usual. Locally: the messages
// on the bridge's dead-letter file, plus the uploads recorded as dead-lettered in the Reports
// table, go through the real ingest handler in this process (AWS_ENDPOINT_URL_*, REPORTS_TABLE).
import type { Command } from 'commander';
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SQSClient, StartMessageMoveTaskCommand } from '@aws-sdk/client-sqs';
import { dynamoDocumentClient } from '#shared/aws/clients.ts';
import { notificationBodyOf, uniqueDeadLetters, type DeadLetter } from '#shared/ingest/redrive.ts';
import type { IngestRecord } from '#shared/ingest/ports.ts';
import { statusPartition } from '#shared/store/reportItems.ts';
import { reportsTable } from '#shared/store/tables.ts';
import { deliverWithRetries, readDeadLetterFile, writeDeadLetterFile, type IngestHandler } from '../../local/ingestBridge.ts';

export const defaultDeadLetterFile = '.minzheng/dead-letters.jsonl';

interface RedriveFlags {
  dlqArn?: string;
  deadLetters: string;
  records: boolean;
}

/** Every upload recorded as dead-lettered, from the byStatus index. */
export async function deadLetteredRecords(client: DynamoDBDocumentClient, tableName: string): Promise<IngestRecord[]> {
  const records: IngestRecord[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: 'byStatus',
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': statusPartition('dead-lettered') },
        ExclusiveStartKey,
      }),
    );
    records.push(...((page.Items ?? []) as IngestRecord[]));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return records;
}

export interface LocalRedriveResult {
  redriven: number;
  stillFailing: DeadLetter[];
}

/**
 * Each message once through the handler, with SQS-like retries. What fails every delivery again
 * stays dead-lettered (returned, and the caller keeps it on the list).
 */
export async function redriveLocally(
  handler: IngestHandler,
  letters: DeadLetter[],
  options: { retryDelayMs?: (receive: number) => number } = {},
): Promise<LocalRedriveResult> {
  const stillFailing: DeadLetter[] = [];
  let redriven = 0;
  for (const letter of uniqueDeadLetters(letters)) {
    const result = await deliverWithRetries(handler, letter.body, { messageId: letter.messageId, retryDelayMs: options.retryDelayMs ?? (() => 100) });
    if (result.ok) redriven++;
    else stillFailing.push({ ...letter, failedAt: new Date().toISOString(), error: result.error });
  }
  return { redriven, stillFailing };
}

export function registerRedrive(program: Command): void {
  program
    .command('redrive')
    .description('Process again the uploads that failed every delivery: the dead-letter queue (AWS) or the local dead-letter list and dead-lettered records.')
    .option('--dlq-arn <arn>', 'AWS: move this dead-letter queue’s messages back to its source queue (default: $INGEST_DLQ_ARN)')
    .option('--dead-letters <file>', 'local: the bridge’s dead-letter file', defaultDeadLetterFile)
    .option('--no-records', 'local: only the dead-letter file, not the uploads recorded as dead-lettered')
    .action(async (flags: RedriveFlags) => {
      const dlqArn = flags.dlqArn ?? process.env.INGEST_DLQ_ARN;
      if (dlqArn) {
        const sqs = new SQSClient({});
        // Without a destination SQS returns each message to the queue it was dead-lettered from.
        const task = await sqs.send(new StartMessageMoveTaskCommand({ SourceArn: dlqArn }));
        process.stdout.write(`${JSON.stringify({ mode: 'aws', dlqArn, taskHandle: task.TaskHandle })}\n`);
        return;
      }
      const tableName = process.env[reportsTable.envVar];
      if (!tableName) throw new Error(`${reportsTable.envVar} is not set: point the CLI at the local stack (npm start prints its environment) or pass --dlq-arn`);
      process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
      process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
      const { createIngestHandler } = await import('../../functions/ingest/handler.ts');
      const { ingestDependencies } = await import('#shared/ingest/dependencies.ts');
      const fromFile = readDeadLetterFile(flags.deadLetters);
      const fromRecords = flags.records
        ? (await deadLetteredRecords(dynamoDocumentClient(), tableName)).map(
            (record): DeadLetter => ({ messageId: `record-${record.reportId}`, body: notificationBodyOf(record), failedAt: record.receivedAt, error: '' }),
          )
        : [];
      const handler = createIngestHandler(() => ingestDependencies(process.env)) as IngestHandler;
      const result = await redriveLocally(handler, [...fromFile, ...fromRecords]);
      // The file keeps only what failed again; record-only letters come back from the table next time.
      const keep = result.stillFailing.filter((l) => !l.messageId.startsWith('record-'));
      if (fromFile.length || keep.length) writeDeadLetterFile(flags.deadLetters, keep);
      process.stdout.write(
        `${JSON.stringify({ mode: 'local', fromFile: fromFile.length, fromRecords: fromRecords.length, redriven: result.redriven, stillFailing: result.stillFailing.length })}\n`,
      );
      if (result.stillFailing.length) process.exitCode = 1;
    });
}
