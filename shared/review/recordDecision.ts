// An analyst confirms or rejects a figure of a report. Only the report that currently stands for
// its unit and period can be reviewed: a superseded report's figures no longer count anyway.
import type { ReviewClock, ReviewStore } from './ports.ts';
import type { ReviewDecision, ReviewVerdict } from './types.ts';

export interface DecisionRequest {
  reportId: string;
  metric: string;
  decision: ReviewVerdict;
  reviewer: string;
}

export type DecisionOutcome =
  | { kind: 'recorded'; decision: ReviewDecision }
  | { kind: 'report-not-found' }
  | { kind: 'not-current'; reason: string }
  | { kind: 'no-such-fact' };

export async function recordDecision(
  deps: { store: ReviewStore; clock: ReviewClock },
  request: DecisionRequest,
): Promise<DecisionOutcome> {
  const report = await deps.store.report(request.reportId);
  if (!report) return { kind: 'report-not-found' };
  const adcode = report.unit.adcode;
  const periodKey = report.period.key;
  const provinceCode = report.unit.provinceCode;
  if (report.state !== 'stored' || !adcode || !periodKey || !provinceCode) {
    return { kind: 'not-current', reason: `report is ${report.state}, not the one standing for its unit and period` };
  }
  const standing = await deps.store.unitFacts(adcode, periodKey);
  if (standing?.reportId !== report.reportId) {
    return { kind: 'not-current', reason: 'a newer report stands for this unit and period' };
  }
  if (!standing.facts.some((f) => f.metric === request.metric)) return { kind: 'no-such-fact' };
  const decision = await deps.store.saveDecision({
    reportId: report.reportId,
    adcode,
    provinceCode: standing.provinceCode,
    periodKey,
    metric: request.metric,
    decision: request.decision,
    reviewer: request.reviewer,
    decidedAt: deps.clock.now().toISOString(),
  });
  return { kind: 'recorded', decision };
}
