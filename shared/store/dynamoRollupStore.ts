// The rollup job's reads and writes in DynamoDB (layout in tables.ts and reportItems.ts).
//   Reports table: current unit facts read through byProvincePeriod (one paginated Query per
//   partition, never a Scan); DIRTY marks (written by ingest); the PARTITIONS registry, so a full
//   run enumerates partitions with one Query instead of a Scan.
//   Rollups table: per partition a SUMMARY item and one METRIC#{metric} item per metric, replaced
//   together in one transaction.
import { TransactionCanceledException, type ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { UnitPeriodFacts } from '#shared/domain/records.ts';
import type { DirtyMark, PartitionRef, RollupStamp, RollupStore, WriteOutcome } from '#shared/rollup/ports.ts';
import type { ProvinceRollup, RollupCheck } from '#shared/rollup/types.ts';
import { readDecisions } from '#shared/review/dynamoReviewStore.ts';
import { dirtyKey, factsFromItem } from './reportItems.ts';
import { reportsTable, rollupsTable } from './tables.ts';

type Item = Record<string, unknown>;

export const partitionRegistryKey = (p: PartitionRef) => ({ pk: 'PARTITIONS', sk: `${p.provinceCode}#${p.periodKey}` });
export const rollupPartitionKey = (p: PartitionRef) => `PROV#${p.provinceCode}#PERIOD#${p.periodKey}`;
const provincePeriodIndex = reportsTable.indexes.find((i) => i.partitionKey === 'gsi1pk')!.indexName;

/** DynamoDB caps an item at 400 KB; a province with hundreds of flagged units must still be stored. */
const MAX_CHECKS_BYTES = 300_000;
const MAX_WRITE_ATTEMPTS = 6;

export interface ConsumedUnits {
  read: number;
  write: number;
}

export interface DynamoRollupStoreOptions {
  client: DynamoDBDocumentClient;
  reportsTableName: string;
  rollupsTableName: string;
}

export interface DynamoRollupStore extends RollupStore {
  /** Capacity units consumed so far, as DynamoDB reported them (ReturnConsumedCapacity TOTAL). */
  consumed(): ConsumedUnits;
}

export function dynamoRollupStore({ client, reportsTableName, rollupsTableName }: DynamoRollupStoreOptions): DynamoRollupStore {
  const consumed: ConsumedUnits = { read: 0, write: 0 };
  const count = (kind: keyof ConsumedUnits, c: ConsumedCapacity | ConsumedCapacity[] | undefined) => {
    for (const one of Array.isArray(c) ? c : c ? [c] : []) consumed[kind] += one.CapacityUnits ?? 0;
  };

  async function queryAll(input: QueryCommandInput): Promise<Item[]> {
    const items: Item[] = [];
    let ExclusiveStartKey: Item | undefined;
    do {
      const out = await client.send(new QueryCommand({ ...input, ExclusiveStartKey, ReturnConsumedCapacity: 'TOTAL' }));
      count('read', out.ConsumedCapacity);
      items.push(...((out.Items ?? []) as Item[]));
      ExclusiveStartKey = out.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return items;
  }

  return {
    consumed: () => ({ ...consumed }),

    async listDirtyMarks() {
      const items = await queryAll({
        TableName: reportsTableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'DIRTY' },
        ConsistentRead: true,
      });
      return items.map(markFromItem);
    },

    async listPartitions() {
      const items = await queryAll({
        TableName: reportsTableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'PARTITIONS' },
      });
      return items.map((i) => ({ provinceCode: String(i.provinceCode), periodKey: String(i.periodKey) }));
    },

    async registerPartition(p) {
      const out = await client.send(
        new PutCommand({
          TableName: reportsTableName,
          Item: { ...partitionRegistryKey(p), provinceCode: p.provinceCode, periodKey: p.periodKey },
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      count('write', out.ConsumedCapacity);
    },

    async readUnitFacts(p) {
      const items = await queryAll({
        TableName: reportsTableName,
        IndexName: provincePeriodIndex,
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': rollupPartitionKey(p) },
      });
      return items.map((i) => factsFromItem(i) as UnitPeriodFacts);
    },

    readReviewDecisions: (p) => readDecisions(client, reportsTableName, p.provinceCode, p.periodKey),

    async writeRollup(rollup, stamp) {
      const pk = rollupPartitionKey(rollup);
      for (let attempt = 1; ; attempt++) {
        const { Item: stored, ConsumedCapacity } = await client.send(
          new GetCommand({ TableName: rollupsTableName, Key: { pk, sk: 'SUMMARY' }, ConsistentRead: true, ReturnConsumedCapacity: 'TOTAL' }),
        );
        count('read', ConsumedCapacity);
        if (stored && String(stored.sourceVersion) > stamp.sourceVersion) return 'newer-exists';
        try {
          const out = await client.send(
            new TransactWriteCommand({ TransactItems: replacement(rollupsTableName, rollup, stamp, stored), ReturnConsumedCapacity: 'TOTAL' }),
          );
          count('write', out.ConsumedCapacity);
          return 'written';
        } catch (err) {
          // Another run replaced the partition between the read and the write: read again and decide again.
          if (!(err instanceof TransactionCanceledException) || attempt >= MAX_WRITE_ATTEMPTS) throw err;
          await new Promise((r) => setTimeout(r, 10 * attempt + Math.random() * 40));
        }
      }
    },

    async clearDirtyMark(mark) {
      const byVersion = mark.version !== undefined;
      try {
        const out = await client.send(
          new DeleteCommand({
            TableName: reportsTableName,
            Key: dirtyKey(mark.provinceCode, mark.periodKey),
            ConditionExpression: byVersion ? '#v = :v' : 'markedAt = :v',
            ...(byVersion ? { ExpressionAttributeNames: { '#v': 'version' } } : {}),
            ExpressionAttributeValues: { ':v': byVersion ? mark.version : mark.markedAt },
            ReturnConsumedCapacity: 'TOTAL',
          }),
        );
        count('write', out.ConsumedCapacity);
        return true;
      } catch (err) {
        if ((err as Error).name === 'ConditionalCheckFailedException') return false;
        throw err;
      }
    },
  };
}

function markFromItem(i: Item): DirtyMark {
  const [provinceCode, ...period] = String(i.sk).split('#');
  return {
    provinceCode: typeof i.provinceCode === 'string' ? i.provinceCode : provinceCode,
    periodKey: typeof i.periodKey === 'string' ? i.periodKey : period.join('#'),
    markedAt: String(i.markedAt ?? ''),
    ...(typeof i.version === 'number' ? { version: i.version } : {}),
    ...(typeof i.adcode === 'string' ? { adcode: i.adcode } : {}),
    ...(typeof i.reportId === 'string' ? { reportId: i.reportId } : {}),
  };
}

/**
 * The transaction that replaces a partition's rollup: the SUMMARY (conditioned on being exactly the
 * one read, so two overlapping runs cannot interleave their items), every metric, and deletes for
 * metrics the previous rollup had and this one does not.
 */
function replacement(table: string, rollup: ProvinceRollup, stamp: RollupStamp, stored: Item | undefined) {
  const pk = rollupPartitionKey(rollup);
  const metricIds = Object.keys(rollup.metrics);
  const previous = Array.isArray(stored?.metrics) ? (stored.metrics as string[]) : [];
  const revision = typeof stored?.revision === 'number' ? stored.revision : 0;
  const summary = {
    pk,
    sk: 'SUMMARY',
    provinceCode: rollup.provinceCode,
    periodKey: rollup.periodKey,
    coverage: rollup.coverage,
    asOfRange: rollup.asOfRange,
    provinceReport: rollup.provinceReport,
    ...boundedChecks(rollup.checks),
    metrics: metricIds,
    ...stamp,
    revision: revision + 1,
  };
  const items = [
    {
      Put: {
        TableName: table,
        Item: summary,
        ...(stored
          ? { ConditionExpression: 'revision = :revision', ExpressionAttributeValues: { ':revision': revision } }
          : { ConditionExpression: 'attribute_not_exists(pk)' }),
      },
    },
    ...metricIds.map((metric) => ({
      Put: {
        TableName: table,
        Item: {
          pk,
          sk: `METRIC#${metric}`,
          gsi1pk: `METRIC#${metric}#PERIOD#${rollup.periodKey}`,
          gsi1sk: rollup.provinceCode,
          provinceCode: rollup.provinceCode,
          periodKey: rollup.periodKey,
          ...rollup.metrics[metric],
          ...stamp,
        },
      },
    })),
    ...previous
      .filter((metric) => !(metric in rollup.metrics))
      .map((metric) => ({ Delete: { TableName: table, Key: { pk, sk: `METRIC#${metric}` } } })),
  ];
  if (items.length > 100) throw new Error(`rollup of ${pk} needs ${items.length} writes; a transaction holds 100`);
  return items;
}

function boundedChecks(checks: RollupCheck[]): { checks: RollupCheck[]; checksOmitted?: number } {
  let bytes = 0;
  const kept: RollupCheck[] = [];
  // Warnings first, so what is dropped from an oversized list is the least important.
  for (const c of [...checks].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'warning' ? -1 : 1))) {
    bytes += JSON.stringify(c).length * 3;
    if (bytes > MAX_CHECKS_BYTES) break;
    kept.push(c);
  }
  return kept.length === checks.length ? { checks } : { checks: kept, checksOmitted: checks.length - kept.length };
}

/** Table names from the functions' environment (REPORTS_TABLE, ROLLUPS_TABLE). */
export function rollupStoreFromEnvironment(client: DynamoDBDocumentClient, env: NodeJS.ProcessEnv = process.env): DynamoRollupStore {
  const reportsTableName = env[reportsTable.envVar];
  const rollupsTableName = env[rollupsTable.envVar];
  if (!reportsTableName || !rollupsTableName) throw new Error(`${reportsTable.envVar} and ${rollupsTable.envVar} must name the tables`);
  return dynamoRollupStore({ client, reportsTableName, rollupsTableName });
}
