// Reads of the Reports table for assertions: records, current facts, dirty marks, by state.
import { GetCommand, QueryCommand, ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export function reportsTableReader(client: DynamoDBDocumentClient, tableName: string) {
  const get = async (pk: string, sk: string) =>
    (await client.send(new GetCommand({ TableName: tableName, Key: { pk, sk }, ConsistentRead: true }))).Item;
  return {
    record: (reportId: string) => get(`REPORT#${reportId}`, 'REPORT'),
    facts: (adcode: string, periodKey: string) => get(`UNIT#${adcode}`, `PERIOD#${periodKey}`),
    dirty: (provinceCode: string, periodKey: string) => get('DIRTY', `${provinceCode}#${periodKey}`),
    async byState(state: string) {
      const out = await client.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: 'byStatus',
          KeyConditionExpression: 'gsi2pk = :pk',
          ExpressionAttributeValues: { ':pk': `STATUS#${state}` },
        }),
      );
      return out.Items ?? [];
    },
    async all() {
      const out = await client.send(new ScanCommand({ TableName: tableName, ConsistentRead: true }));
      return out.Items ?? [];
    },
  };
}
