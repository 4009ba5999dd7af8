// What the review use cases read and write through; shared/review/dynamoReviewStore.ts is the
// DynamoDB implementation.
import type { ReportRecord, UnitPeriodFacts } from '../domain/records.ts';
import type { ReviewDecision } from './types.ts';

export interface ReviewStore {
  /** Current facts of every unit of a province for a period. */
  unitFactsOfPartition(provinceCode: string, periodKey: string): Promise<UnitPeriodFacts[]>;
  decisionsOfPartition(provinceCode: string, periodKey: string): Promise<ReviewDecision[]>;
  /**
   * Stores the decision (replacing the previous one on the same fact and appending it to the
   * history) and marks the (province, period) changed, in one transaction, so the next rollup
   * recomputes it.
   */
  saveDecision(decision: ReviewDecision): Promise<ReviewDecision>;
  report(reportId: string): Promise<ReportRecord | undefined>;
  unitFacts(adcode: string, periodKey: string): Promise<UnitPeriodFacts | undefined>;
}

export interface ReviewClock {
  now(): Date;
}
