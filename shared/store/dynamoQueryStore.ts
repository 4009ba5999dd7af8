// The query API's reads from DynamoDB, in the layout of shared/store/tables.ts. Read-only: the
// ingest and rollup stores write these items.
import { GetCommand, QueryCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { ReportRecord, UnitPeriodFacts, UploadState } from '#shared/domain/records.ts';
import { assertKeyInPartition, type StartKey } from '#shared/query/cursor.ts';
import type { PageRequest, QueryStore, RollupView, StorePage } from '#shared/query/ports.ts';
import { reportsTable, rollupsTable } from './tables.ts';

export interface DynamoQueryStoreOptions {
  client: DynamoDBDocumentClient;
  reportsTableName: string;
  rollupsTableName: string;
  /**
   * Query calls one page may spend when a filter drops most of what it reads (uploads of one
   * unit): past it the page comes back short, with a cursor, rather than reading a whole state.
   */
  maxReadsPerPage?: number;
}

type Item = Record<string, unknown>;

const indexName = (table: typeof reportsTable, partitionKey: string) =>
  table.indexes.find((i) => i.partitionKey === partitionKey)!.indexName;

// Index keys, plus ingest's fixed-width copy of the sequencer that only its write conditions use.
const keyAttribute = /^(pk|sk|gsi\d+(pk|sk)|sequencerSort)$/;

/** The stored object without the table's key attributes. */
function withoutKeys<T>(item: Item): T {
  return Object.fromEntries(Object.entries(item).filter(([name]) => !keyAttribute.test(name))) as T;
}

const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

const knownRollupFields = new Set([
  'provinceCode', 'periodKey', 'metric', 'unit', 'rule', 'total', 'value', 'min', 'max', 'mean', 'median',
  'contributingUnits', 'unitCount', 'computedAt',
]);

/**
 * A rollup item as the rollup job stores it (a MetricRollup of shared/rollup/types.ts beside the
 * province, period and computation time), read into the query's view. What the view does not
 * name (contributions, partial prefectures, ...) is passed through in `extra`.
 */
export function rollupFromItem(item: Item): RollupView {
  const nested = item.rollup && typeof item.rollup === 'object' ? (item.rollup as Item) : {};
  const flat = { ...withoutKeys<Item>(item), ...nested };
  delete flat.rollup;
  const [, provinceFromKey, periodFromKey] = /^PROV#(\d{6})#PERIOD#(.+)$/.exec(String(item.pk)) ?? [];
  const metricFromKey = String(item.sk).replace(/^METRIC#/, '');
  const rule = flat.rule === 'sum' || flat.rule === 'distribution' ? flat.rule : undefined;
  const extra = Object.fromEntries(Object.entries(flat).filter(([name]) => !knownRollupFields.has(name)));
  const view: RollupView = {
    provinceCode: str(flat.provinceCode) ?? provinceFromKey,
    periodKey: str(flat.periodKey) ?? periodFromKey,
    metric: str(flat.metric) ?? metricFromKey,
    unit: str(flat.unit),
    rule,
    value: num(flat.total) ?? num(flat.value),
    min: num(flat.min),
    max: num(flat.max),
    mean: num(flat.mean),
    median: num(flat.median),
    unitCount: num(flat.contributingUnits) ?? num(flat.unitCount),
    computedAt: str(flat.computedAt),
    ...(Object.keys(extra).length ? { extra } : {}),
  };
  return Object.fromEntries(Object.entries(view).filter(([, v]) => v !== undefined)) as unknown as RollupView;
}

export class DynamoQueryStore implements QueryStore {
  private readonly client: DynamoDBDocumentClient;
  private readonly reports: string;
  private readonly rollups: string;
  private readonly maxReadsPerPage: number;

  constructor(options: DynamoQueryStoreOptions) {
    this.client = options.client;
    this.reports = options.reportsTableName;
    this.rollups = options.rollupsTableName;
    this.maxReadsPerPage = options.maxReadsPerPage ?? 10;
  }

  /** Table names from the functions' environment (REPORTS_TABLE, ROLLUPS_TABLE). */
  static fromEnvironment(client: DynamoDBDocumentClient, env: NodeJS.ProcessEnv = process.env): DynamoQueryStore {
    const reportsTableName = env[reportsTable.envVar];
    const rollupsTableName = env[rollupsTable.envVar];
    if (!reportsTableName || !rollupsTableName) {
      throw new Error(`${reportsTable.envVar} and ${rollupsTable.envVar} must name the tables`);
    }
    return new DynamoQueryStore({ client, reportsTableName, rollupsTableName });
  }

  /**
   * Reads up to `limit` items from one partition. Without a filter DynamoDB fills the page in one
   * call unless it hits its 1 MB response cap; with one, Limit counts items read before filtering,
   * so asking for only what is still missing never overshoots and LastEvaluatedKey stays exact.
   */
  private async fillPage(input: QueryCommandInput, page: PageRequest): Promise<StorePage<Item>> {
    const items: Item[] = [];
    let lastKey: StartKey | undefined = page.startKey;
    let reads = 0;
    do {
      const out = await this.client.send(
        new QueryCommand({ ...input, Limit: page.limit - items.length, ExclusiveStartKey: lastKey }),
      );
      items.push(...((out.Items ?? []) as Item[]));
      lastKey = out.LastEvaluatedKey as StartKey | undefined;
      reads += 1;
    } while (lastKey && items.length < page.limit && reads < this.maxReadsPerPage);
    return { items, ...(lastKey ? { lastKey } : {}) };
  }

  private async getItem(table: string, pk: string, sk: string): Promise<Item | undefined> {
    const out = await this.client.send(new GetCommand({ TableName: table, Key: { pk, sk } }));
    return out.Item as Item | undefined;
  }

  async rollupsOfProvince(provinceCode: string, periodKey: string, page: PageRequest, metric?: string) {
    const pk = `PROV#${provinceCode}#PERIOD#${periodKey}`;
    assertKeyInPartition(page.startKey, 'pk', pk);
    const out = await this.fillPage(
      {
        TableName: this.rollups,
        KeyConditionExpression: metric ? 'pk = :pk AND sk = :sk' : 'pk = :pk AND begins_with(sk, :sk)',
        ExpressionAttributeValues: { ':pk': pk, ':sk': metric ? `METRIC#${metric}` : 'METRIC#' },
      },
      page,
    );
    return { ...out, items: out.items.map(rollupFromItem) };
  }

  async rollupsOfMetric(metric: string, periodKey: string, page: PageRequest) {
    const gsi1pk = `METRIC#${metric}#PERIOD#${periodKey}`;
    assertKeyInPartition(page.startKey, 'gsi1pk', gsi1pk);
    const out = await this.fillPage(
      {
        TableName: this.rollups,
        IndexName: indexName(rollupsTable, 'gsi1pk'),
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': gsi1pk },
      },
      page,
    );
    return { ...out, items: out.items.map(rollupFromItem) };
  }

  async provinceSummary(provinceCode: string, periodKey: string) {
    const item = await this.getItem(this.rollups, `PROV#${provinceCode}#PERIOD#${periodKey}`, 'SUMMARY');
    return item ? withoutKeys<Item>(item) : undefined;
  }

  async unitFacts(adcode: string, periodKey: string) {
    const item = await this.getItem(this.reports, `UNIT#${adcode}`, `PERIOD#${periodKey}`);
    return item ? withoutKeys<UnitPeriodFacts>(item) : undefined;
  }

  async unitFactsAllPeriods(adcode: string) {
    const all: UnitPeriodFacts[] = [];
    let startKey: StartKey | undefined;
    do {
      const page = await this.fillPage(
        {
          TableName: this.reports,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :sk)',
          ExpressionAttributeValues: { ':pk': `UNIT#${adcode}`, ':sk': 'PERIOD#' },
        },
        { limit: 100, startKey },
      );
      all.push(...page.items.map((item) => withoutKeys<UnitPeriodFacts>(item)));
      startKey = page.lastKey;
    } while (startKey);
    return all;
  }

  async reportsOfUnit(adcode: string, page: PageRequest) {
    const gsi3pk = `UNIT#${adcode}`;
    assertKeyInPartition(page.startKey, 'gsi3pk', gsi3pk);
    const out = await this.fillPage(
      {
        TableName: this.reports,
        IndexName: indexName(reportsTable, 'gsi3pk'),
        KeyConditionExpression: 'gsi3pk = :pk',
        ExpressionAttributeValues: { ':pk': gsi3pk },
        ScanIndexForward: false,
      },
      page,
    );
    return { ...out, items: out.items.map((item) => withoutKeys<ReportRecord>(item)) };
  }

  async report(reportId: string) {
    const item = await this.getItem(this.reports, `REPORT#${reportId}`, 'REPORT');
    return item ? withoutKeys<ReportRecord>(item) : undefined;
  }

  async uploadsByState(state: UploadState, page: PageRequest, unit?: string) {
    const gsi2pk = `STATUS#${state}`;
    assertKeyInPartition(page.startKey, 'gsi2pk', gsi2pk);
    const out = await this.fillPage(
      {
        TableName: this.reports,
        IndexName: indexName(reportsTable, 'gsi2pk'),
        KeyConditionExpression: 'gsi2pk = :pk',
        ScanIndexForward: false,
        ...(unit
          ? {
              // The unit the report turned out to be about, or the one its key named when it was held unread.
              FilterExpression: '#unit.adcode = :unit OR keyUnitCode = :unit',
              ExpressionAttributeNames: { '#unit': 'unit' },
              ExpressionAttributeValues: { ':pk': gsi2pk, ':unit': unit },
            }
          : { ExpressionAttributeValues: { ':pk': gsi2pk } }),
      },
      page,
    );
    return { ...out, items: out.items.map((item) => withoutKeys<ReportRecord>(item)) };
  }
}
