// Writing facts and dirty marks straight into the Reports table, in ingest's layout, so the rollup
// can be tested at the facts level without running extraction or ingestion.
import { BatchWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { UnitPeriodFacts } from '#shared/domain/records.ts';
import { dirtyKey, factsItem } from '#shared/store/reportItems.ts';
import type { PartitionRef } from '#shared/rollup/ports.ts';

export async function putUnitFacts(client: DynamoDBDocumentClient, table: string, facts: readonly UnitPeriodFacts[], parallel = 16): Promise<void> {
  const batches: UnitPeriodFacts[][] = [];
  for (let i = 0; i < facts.length; i += 25) batches.push(facts.slice(i, i + 25));
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      let requests: Record<string, unknown>[] = batches[next++].map((f) => ({
        PutRequest: { Item: factsItem({ ...f, objectKey: `incoming/${f.adcode}/${f.periodKey}.txt` }) },
      }));
      for (let attempt = 0; requests.length > 0; attempt++) {
        if (attempt > 10) throw new Error('BatchWriteItem kept returning unprocessed items');
        const out = await client.send(new BatchWriteCommand({ RequestItems: { [table]: requests as never } }));
        requests = (out.UnprocessedItems?.[table] ?? []) as Record<string, unknown>[];
        if (requests.length) await new Promise((r) => setTimeout(r, 20 * (attempt + 1)));
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

/** The same update ingest makes in its transaction (shared/store/dynamoReportStore.ts). */
export async function markDirty(
  client: DynamoDBDocumentClient,
  table: string,
  p: PartitionRef,
  markedAt: string,
  change?: { adcode: string; reportId: string },
): Promise<void> {
  await client.send(
    new UpdateCommand({
      TableName: table,
      Key: dirtyKey(p.provinceCode, p.periodKey),
      UpdateExpression: `SET provinceCode = :p, periodKey = :k, markedAt = :m${change ? ', adcode = :a, reportId = :r' : ''} ADD version :one`,
      ExpressionAttributeValues: {
        ':p': p.provinceCode,
        ':k': p.periodKey,
        ':m': markedAt,
        ':one': 1,
        ...(change ? { ':a': change.adcode, ':r': change.reportId } : {}),
      },
    }),
  );
}
