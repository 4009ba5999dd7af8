// What the query use cases read through. The DynamoDB implementation is
// shared/store/dynamoQueryStore.ts; tests and the CLI can pass anything of this shape.
import type { ReportRecord, UnitPeriodFacts, UploadState } from '#shared/domain/records.ts';
import type { StartKey } from './cursor.ts';
import type { DashboardDeps } from './dashboardPorts.ts';

export interface PageRequest {
  limit: number;
  startKey?: StartKey;
}

export interface StorePage<T> {
  items: T[];
  /** DynamoDB's LastEvaluatedKey: more may follow. */
  lastKey?: StartKey;
}

/** One metric rolled up over one province and period, as the rollup job stored it. */
export interface RollupView {
  provinceCode: string;
  periodKey: string;
  metric: string;
  unit?: string;
  rule?: 'sum' | 'distribution';
  /** The sum, for `sum` metrics. */
  value?: number;
  min?: number;
  max?: number;
  mean?: number;
  median?: number;
  /** How many units' figures went into it. */
  unitCount?: number;
  computedAt?: string;
  /** Everything else the rollup job stored (contributors, coverage, ...), passed through as is. */
  extra?: Record<string, unknown>;
}

export interface QueryStore {
  /** Rollup items of one province and period, in metric order; only `metric`'s when given. */
  rollupsOfProvince(
    provinceCode: string,
    periodKey: string,
    page: PageRequest,
    metric?: string,
  ): Promise<StorePage<RollupView>>;
  /** One metric's rollups across provinces for a period, in province order. */
  rollupsOfMetric(metric: string, periodKey: string, page: PageRequest): Promise<StorePage<RollupView>>;
  /** The SUMMARY item of a province and period, minus its keys. */
  provinceSummary(provinceCode: string, periodKey: string): Promise<Record<string, unknown> | undefined>;
  unitFacts(adcode: string, periodKey: string): Promise<UnitPeriodFacts | undefined>;
  /** Current facts of a unit for every period it has, oldest period first. */
  unitFactsAllPeriods(adcode: string): Promise<UnitPeriodFacts[]>;
  /** Every upload about a unit, latest period first, newest upload first within a period. */
  reportsOfUnit(adcode: string, page: PageRequest): Promise<StorePage<ReportRecord>>;
  report(reportId: string): Promise<ReportRecord | undefined>;
  /** Uploads in one state, newest first; `unit` keeps those about that unit. */
  uploadsByState(state: UploadState, page: PageRequest, unit?: string): Promise<StorePage<ReportRecord>>;
}

/** A time-limited link to the original upload (a presigned S3 GET in production). */
export type PresignGet = (bucket: string, key: string, versionId: string | null) => Promise<string>;

export interface QueryDeps {
  store: QueryStore;
  presignGet: PresignGet;
  /** When given, an adcode it does not know and nothing is stored under is a 404, not an empty answer. */
  isKnownUnit?: (adcode: string) => boolean;
  /** Provinces walked when a rollup query names neither province nor metric. */
  provinceCodes?: readonly string[];
  /** The dashboard's extra routes (overview, reviews, uploads); without it they answer 404. */
  dashboard?: DashboardDeps;
}
