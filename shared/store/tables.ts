// The DynamoDB tables, described once. The CDK stateful stack and the local stack's
// CreateTable both read these, so production and `npm start` cannot drift apart.
//
// Reports table (one item family per access pattern; see ARCHITECTURE.md):
//   report record         pk REPORT#{reportId}           sk REPORT
//                         gsi2 (byStatus)  STATUS#{status}            / {receivedAt}#{reportId}
//                         gsi3 (byUnit)    UNIT#{adcode}              / {periodKey}#{receivedAt}#{reportId}
//   current unit facts    pk UNIT#{adcode}               sk PERIOD#{periodKey}
//                         gsi1 (byProvincePeriod) PROV#{provinceCode}#PERIOD#{periodKey} / {adcode}
//   changed partition     pk DIRTY                       sk {provinceCode}#{periodKey}
// Rollups table:
//   rollup of a metric    pk PROV#{provinceCode}#PERIOD#{periodKey}  sk METRIC#{metric}
//                         gsi1 (byMetricPeriod) METRIC#{metric}#PERIOD#{periodKey} / {provinceCode}

export interface IndexDefinition {
  indexName: string;
  partitionKey: string;
  sortKey: string;
}

export interface TableDefinition {
  /** Logical name; the physical name comes from the environment (CDK) or the local prefix. */
  id: 'Reports' | 'Rollups';
  /** Environment variable that carries the physical table name to the functions. */
  envVar: string;
  partitionKey: string;
  sortKey: string;
  indexes: IndexDefinition[];
}

export const reportsTable: TableDefinition = {
  id: 'Reports',
  envVar: 'REPORTS_TABLE',
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: [
    { indexName: 'byProvincePeriod', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { indexName: 'byStatus', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    { indexName: 'byUnit', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
  ],
};

export const rollupsTable: TableDefinition = {
  id: 'Rollups',
  envVar: 'ROLLUPS_TABLE',
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: [{ indexName: 'byMetricPeriod', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' }],
};

export const tables: readonly TableDefinition[] = [reportsTable, rollupsTable];

/** Where uploads land and where held-back copies go, under the one upload bucket. */
export const bucketLayout = {
  envVar: 'UPLOAD_BUCKET',
  incomingPrefix: 'incoming/',
  heldPrefix: 'held/',
  /** Text that a reader extracted from a .docx/.pdf, kept beside the original for analysts. */
  extractedPrefix: 'extracted/',
} as const;
