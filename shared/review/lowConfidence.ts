// The review list: every current fact of a province and period read with low confidence, beside
// the decision already taken on it. Pure; the store reads the facts and decisions.
import { metricById } from '../catalogue/catalogue.ts';
import type { UnitPeriodFacts } from '../domain/records.ts';
import { REVIEW_CONFIDENCE_THRESHOLD, type ReviewCandidate, type ReviewDecision } from './types.ts';

export function reviewCandidates(
  unitFacts: readonly UnitPeriodFacts[],
  decisions: readonly ReviewDecision[],
  threshold = REVIEW_CONFIDENCE_THRESHOLD,
): ReviewCandidate[] {
  const byFact = new Map(decisions.map((d) => [`${d.reportId}\u0000${d.metric}`, d]));
  const candidates: ReviewCandidate[] = [];
  for (const unit of [...unitFacts].sort((a, b) => (a.adcode < b.adcode ? -1 : a.adcode > b.adcode ? 1 : 0))) {
    for (const fact of unit.facts) {
      const decision = byFact.get(`${unit.reportId}\u0000${fact.metric}`) ?? null;
      // A decided fact stays listed (with its decision) so a mistaken click can be undone.
      if (fact.confidence >= threshold && !decision) continue;
      candidates.push({
        reportId: unit.reportId,
        adcode: unit.adcode,
        unitName: unit.unitName,
        provinceCode: unit.provinceCode,
        periodKey: unit.periodKey,
        fact: { ...fact, metricName: metricById(fact.metric)?.zh },
        decision,
      });
    }
  }
  return candidates;
}
