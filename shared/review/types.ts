// An analyst's word on a doubtful figure: confirm it (it counts, as read) or reject it (it stays
// on record with its quote but no rollup adds it). One decision per report and metric; deciding
// again replaces it, and the earlier ones are kept in its history.
import type { Fact } from '../domain/report.ts';

export type ReviewVerdict = 'confirm' | 'reject';

/** Facts read with less confidence than this are listed for review. */
export const REVIEW_CONFIDENCE_THRESHOLD = 0.85;

export interface ReviewDecision {
  reportId: string;
  adcode: string;
  provinceCode: string;
  periodKey: string;
  metric: string;
  decision: ReviewVerdict;
  reviewer: string;
  /** ISO time the decision was recorded (the API's clock). */
  decidedAt: string;
  /** Earlier decisions on the same fact, oldest first. */
  history?: Array<Pick<ReviewDecision, 'decision' | 'reviewer' | 'decidedAt'>>;
}

/** A low-confidence fact as the review list shows it, with the decision taken on it so far. */
export interface ReviewCandidate {
  reportId: string;
  adcode: string;
  unitName: string;
  provinceCode: string;
  periodKey: string;
  fact: Fact & { metricName?: string };
  decision: ReviewDecision | null;
}
