// A unit's current facts, placed in its province, with one figure per metric.
import type { Fact } from '../domain/report.ts';
import type { UnitPeriodFacts } from '../domain/records.ts';
import { placeUnit, type Placement } from './placement.ts';
import type { RollupDivisions } from './types.ts';

export interface PlacedUnit {
  unit: UnitPeriodFacts;
  placement: Placement;
  /** One figure per metric: the most confident one, the first in the report on a tie. */
  figures: Map<string, Fact>;
  /** Metrics the report gave more than once with different values. */
  conflicting: string[];
}

export function placeUnits(
  unitFacts: readonly UnitPeriodFacts[],
  divisions: RollupDivisions,
  provinceCode: string,
  periodKey: string,
): PlacedUnit[] {
  return currentPerUnit(unitFacts, provinceCode, periodKey).map((unit) => {
    const figures = new Map<string, Fact>();
    const conflicting = new Set<string>();
    for (const fact of unit.facts) {
      const held = figures.get(fact.metric);
      if (held && held.value !== fact.value) conflicting.add(fact.metric);
      if (!held || fact.confidence > held.confidence) figures.set(fact.metric, fact);
    }
    return { unit, placement: placeUnit(unit, divisions, provinceCode), figures, conflicting: [...conflicting].sort() };
  });
}

/**
 * The store keeps one item per unit and period, so duplicates should not arrive; if they do, the newer
 * upload wins (as in ingestion), and the result does not depend on the order the items came in.
 * A rollup belongs to one province and one period key: anything else is a caller's bug.
 */
function currentPerUnit(unitFacts: readonly UnitPeriodFacts[], provinceCode: string, periodKey: string): UnitPeriodFacts[] {
  const byUnit = new Map<string, UnitPeriodFacts>();
  for (const u of unitFacts) {
    if (u.provinceCode !== provinceCode) throw new Error(`unit ${u.adcode} is in province ${u.provinceCode}, not ${provinceCode}`);
    if (u.periodKey !== periodKey) throw new Error(`unit ${u.adcode} facts are for period ${u.periodKey}, not ${periodKey}`);
    const held = byUnit.get(u.adcode);
    if (!held || newer(u, held)) byUnit.set(u.adcode, u);
  }
  return [...byUnit.values()].sort((a, b) => (a.adcode < b.adcode ? -1 : a.adcode > b.adcode ? 1 : 0));
}

const uploadOrder = (u: UnitPeriodFacts) => [u.eventTime, u.sequencer, u.reportId] as const;

function newer(a: UnitPeriodFacts, b: UnitPeriodFacts): boolean {
  const [x, y] = [uploadOrder(a), uploadOrder(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] > y[i];
  return false;
}
