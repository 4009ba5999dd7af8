// The ingest ReportStore on DynamoDB. A stored report is one TransactWriteItems: the record, the
// current facts (conditional on what was read, so concurrent uploads cannot interleave), the
// previous report marked superseded and the (province, period) marked dirty. A reader therefore
// sees either the old report and its facts or the new ones, never a mix.
import { TransactionCanceledException, ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CurrentFacts, IngestRecord, ReportStore, SaveOutcome } from '#shared/ingest/ports.ts';
import { sortableSequencer } from '#shared/ingest/uploadOrder.ts';
import {
  dirtyKey,
  factsFromItem,
  factsItem,
  factsKey,
  recordFromItem,
  recordItem,
  reportKey,
  statusPartition,
} from './reportItems.ts';

export interface DynamoReportStoreOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
}

/** A record is written once; only a dead-lettered one is replaced, when its redriven message succeeds. */
const newRecordCondition = {
  ConditionExpression: 'attribute_not_exists(pk) OR #state = :deadLettered',
  ExpressionAttributeNames: { '#state': 'state' },
  ExpressionAttributeValues: { ':deadLettered': 'dead-lettered' },
};

/** Index of each write in the transaction, to read CancellationReasons by. */
const write = { record: 0, facts: 1 } as const;

export function dynamoReportStore({ client, tableName }: DynamoReportStoreOptions): ReportStore {
  return {
    async getRecord(reportId) {
      const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: reportKey(reportId), ConsistentRead: true }));
      return Item ? recordFromItem(Item) : undefined;
    },

    async getCurrentFacts(adcode, periodKey) {
      // Consistent: the transaction's condition checks exactly what this read saw.
      const { Item } = await client.send(
        new GetCommand({ TableName: tableName, Key: factsKey(adcode, periodKey), ConsistentRead: true }),
      );
      return Item ? factsFromItem(Item) : undefined;
    },

    async saveRecord(record) {
      try {
        await client.send(new PutCommand({ TableName: tableName, Item: recordItem(record), ...newRecordCondition }));
        return { kind: 'saved' };
      } catch (err) {
        if (err instanceof ConditionalCheckFailedException) return { kind: 'already-recorded' };
        throw err;
      }
    },

    async saveDeadLettered(record) {
      try {
        await client.send(
          new PutCommand({ TableName: tableName, Item: recordItem(record), ConditionExpression: 'attribute_not_exists(pk)' }),
        );
        return { kind: 'saved' };
      } catch (err) {
        if (err instanceof ConditionalCheckFailedException) return { kind: 'already-recorded' };
        throw err;
      }
    },

    async saveCurrent(record, facts, previous) {
      const transactItems = [
        { Put: { TableName: tableName, Item: recordItem(record), ...newRecordCondition } },
        { Put: { TableName: tableName, Item: factsItem(facts), ...factsCondition(facts, previous) } },
        ...(previous && previous.reportId !== record.reportId ? [supersede(tableName, previous.reportId, record.reportId)] : []),
        markDirty(tableName, facts, record.receivedAt),
      ];
      try {
        await client.send(new TransactWriteCommand({ TransactItems: transactItems }));
        return { kind: 'saved' };
      } catch (err) {
        if (err instanceof TransactionCanceledException) return await cancellationOutcome(err);
        throw err;
      }
    },
  };
}

/**
 * The facts replace `previous` only if it is still the current item and older than this upload:
 * same key → higher sequencer; different keys → later event time; exact ties → higher report id
 * (the same order as compareUploads in shared/ingest/uploadOrder.ts).
 */
function factsCondition(facts: CurrentFacts, previous: CurrentFacts | undefined) {
  if (!previous) return { ConditionExpression: 'attribute_not_exists(pk)' };
  return {
    ConditionExpression:
      '#reportId = :previousId AND ((#objectKey = :key AND #sequencerSort < :sequencer) OR ' +
      '((#objectKey <> :key OR #sequencerSort = :sequencer) AND ' +
      '(#eventTime < :eventTime OR (#eventTime = :eventTime AND #reportId < :reportId))))',
    ExpressionAttributeNames: {
      '#reportId': 'reportId',
      '#objectKey': 'objectKey',
      '#sequencerSort': 'sequencerSort',
      '#eventTime': 'eventTime',
    },
    ExpressionAttributeValues: {
      ':previousId': previous.reportId,
      ':key': facts.objectKey,
      ':sequencer': sortableSequencer(facts.sequencer),
      ':eventTime': facts.eventTime,
      ':reportId': facts.reportId,
    },
  };
}

function supersede(tableName: string, previousId: string, byId: string) {
  return {
    Update: {
      TableName: tableName,
      Key: reportKey(previousId),
      UpdateExpression: 'SET #state = :superseded, gsi2pk = :statusPartition, supersededBy = :by',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#state': 'state' },
      ExpressionAttributeValues: {
        ':superseded': 'superseded',
        ':statusPartition': statusPartition('superseded'),
        ':by': byId,
      },
    },
  };
}

/**
 * `version` grows with every change, so the rollup can clear a mark with a condition on the
 * version it read and never lose a change that landed while it was computing.
 */
function markDirty(tableName: string, facts: CurrentFacts, markedAt: string) {
  return {
    Update: {
      TableName: tableName,
      Key: dirtyKey(facts.provinceCode, facts.periodKey),
      UpdateExpression: 'SET provinceCode = :provinceCode, periodKey = :periodKey, markedAt = :markedAt ADD version :one',
      ExpressionAttributeValues: {
        ':provinceCode': facts.provinceCode,
        ':periodKey': facts.periodKey,
        ':markedAt': markedAt,
        ':one': 1,
      },
    },
  };
}

async function cancellationOutcome(err: TransactionCanceledException): Promise<SaveOutcome> {
  const reasons = err.CancellationReasons ?? [];
  const code = (i: number) => reasons[i]?.Code;
  if (code(write.record) === 'ConditionalCheckFailed') return { kind: 'already-recorded' };
  if (code(write.facts) === 'ConditionalCheckFailed') return { kind: 'current-changed' };
  // Another transaction on the same items was in flight: read again and decide again.
  if (reasons.some((r) => r.Code === 'TransactionConflict')) {
    // Jitter so two racing uploads do not collide again on the next round.
    await new Promise((r) => setTimeout(r, 10 + Math.random() * 40));
    return { kind: 'current-changed' };
  }
  throw err;
}
