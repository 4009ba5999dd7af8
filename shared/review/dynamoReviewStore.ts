// Review decisions and the reads the review list needs, on DynamoDB (layout in reviewItems.ts and
// shared/store/tables.ts). A decision and the partition's DIRTY mark go in one transaction: the
// rollup can never see the mark without the decision.
import { GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { ReportRecord, UnitPeriodFacts } from '../domain/records.ts';
import { dirtyKey, factsFromItem, factsKey, recordFromItem, reportKey } from '../store/reportItems.ts';
import { reportsTable } from '../store/tables.ts';
import type { ReviewStore } from './ports.ts';
import { decisionFromItem, reviewKey, reviewPartitionKey } from './reviewItems.ts';
import type { ReviewDecision } from './types.ts';

type Item = Record<string, unknown>;

const provincePeriodIndex = reportsTable.indexes.find((i) => i.partitionKey === 'gsi1pk')!.indexName;

export function dynamoReviewStore({ client, tableName }: { client: DynamoDBDocumentClient; tableName: string }): ReviewStore {
  async function queryAll(input: QueryCommandInput): Promise<Item[]> {
    const items: Item[] = [];
    let ExclusiveStartKey: Item | undefined;
    do {
      const out = await client.send(new QueryCommand({ ...input, ExclusiveStartKey }));
      items.push(...((out.Items ?? []) as Item[]));
      ExclusiveStartKey = out.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return items;
  }
  const get = async (key: { pk: string; sk: string }) =>
    (await client.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }))).Item;

  return {
    async unitFactsOfPartition(provinceCode, periodKey) {
      const items = await queryAll({
        TableName: tableName,
        IndexName: provincePeriodIndex,
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': `PROV#${provinceCode}#PERIOD#${periodKey}` },
      });
      return items.map((i) => factsFromItem(i) as unknown as UnitPeriodFacts);
    },

    async decisionsOfPartition(provinceCode, periodKey) {
      return readDecisions(client, tableName, provinceCode, periodKey);
    },

    async saveDecision(decision) {
      const entry = { decision: decision.decision, reviewer: decision.reviewer, decidedAt: decision.decidedAt };
      await client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: tableName,
                Key: reviewKey(decision),
                UpdateExpression:
                  'SET reportId = :reportId, adcode = :adcode, provinceCode = :provinceCode, periodKey = :periodKey, ' +
                  'metric = :metric, #decision = :decision, reviewer = :reviewer, decidedAt = :decidedAt, ' +
                  '#history = list_append(if_not_exists(#history, :empty), :entry)',
                ExpressionAttributeNames: { '#decision': 'decision', '#history': 'history' },
                ExpressionAttributeValues: {
                  ':reportId': decision.reportId,
                  ':adcode': decision.adcode,
                  ':provinceCode': decision.provinceCode,
                  ':periodKey': decision.periodKey,
                  ':metric': decision.metric,
                  ':decision': decision.decision,
                  ':reviewer': decision.reviewer,
                  ':decidedAt': decision.decidedAt,
                  ':empty': [],
                  ':entry': [entry],
                },
              },
            },
            {
              // The same mark ingest sets (shared/store/dynamoReportStore.ts): the version grows, so a
              // rollup running now keeps the mark and the next one sees the decision.
              Update: {
                TableName: tableName,
                Key: dirtyKey(decision.provinceCode, decision.periodKey),
                UpdateExpression: 'SET provinceCode = :provinceCode, periodKey = :periodKey, markedAt = :markedAt ADD version :one',
                ExpressionAttributeValues: {
                  ':provinceCode': decision.provinceCode,
                  ':periodKey': decision.periodKey,
                  ':markedAt': decision.decidedAt,
                  ':one': 1,
                },
              },
            },
          ],
        }),
      );
      const stored = await get(reviewKey(decision));
      return stored ? decisionFromItem(stored) : decision;
    },

    async report(reportId) {
      const item = await get(reportKey(reportId));
      return item ? (recordFromItem(item) as unknown as ReportRecord) : undefined;
    },

    async unitFacts(adcode, periodKey) {
      const item = await get(factsKey(adcode, periodKey));
      return item ? (factsFromItem(item) as unknown as UnitPeriodFacts) : undefined;
    },
  };
}

/** Every decision of a (province, period); the rollup store reads them through this too. */
export async function readDecisions(
  client: DynamoDBDocumentClient,
  tableName: string,
  provinceCode: string,
  periodKey: string,
): Promise<ReviewDecision[]> {
  const decisions: ReviewDecision[] = [];
  let ExclusiveStartKey: Item | undefined;
  do {
    const out = await client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': reviewPartitionKey(provinceCode, periodKey) },
        ConsistentRead: true,
        ExclusiveStartKey,
      }),
    );
    decisions.push(...((out.Items ?? []) as Item[]).map(decisionFromItem));
    ExclusiveStartKey = out.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return decisions;
}
