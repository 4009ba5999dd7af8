// What a rollup adds once analysts have spoken: rejected figures leave, confirmed ones stay and
// win over any unreviewed figure of the same metric in the same report.
import type { UnitPeriodFacts } from '../domain/records.ts';
import type { ReviewDecision } from './types.ts';

const decisionKey = (reportId: string, metric: string) => `${reportId}\u0000${metric}`;

/**
 * A decision binds to the report it was taken on: once a newer upload stands for the unit, its
 * figures are new readings and the old decision says nothing about them.
 */
export function applyReviewDecisions(
  unitFacts: readonly UnitPeriodFacts[],
  decisions: readonly Pick<ReviewDecision, 'reportId' | 'metric' | 'decision'>[],
): UnitPeriodFacts[] {
  if (decisions.length === 0) return [...unitFacts];
  const byFact = new Map(decisions.map((d) => [decisionKey(d.reportId, d.metric), d.decision]));
  return unitFacts.map((unit) => {
    let changed = false;
    const facts = unit.facts.flatMap((fact) => {
      const verdict = byFact.get(decisionKey(unit.reportId, fact.metric));
      if (verdict === 'reject') {
        changed = true;
        return [];
      }
      if (verdict === 'confirm' && fact.confidence !== 1) {
        changed = true;
        return [{ ...fact, confidence: 1 }];
      }
      return [fact];
    });
    return changed ? { ...unit, facts } : unit;
  });
}
