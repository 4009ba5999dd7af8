// A unit's current facts (with the quotes they came from) and its upload history.
import { metricById } from '#shared/catalogue/catalogue.ts';
import type { Fact } from '#shared/domain/report.ts';
import type { ReportRecord, UnitPeriodFacts } from '#shared/domain/records.ts';
import { notFound } from './errors.ts';
import { readPage, type Page } from './paging.ts';
import type { QueryDeps } from './ports.ts';

export interface FactView extends Fact {
  /** The catalogue's Chinese name. */
  metricName?: string;
}

export interface UnitFactsView extends Omit<UnitPeriodFacts, 'facts'> {
  facts: FactView[];
}

export const describeFact = (fact: Fact): FactView => ({ ...fact, metricName: metricById(fact.metric)?.zh });

export const describeUnitFacts = (current: UnitPeriodFacts): UnitFactsView => ({
  ...current,
  facts: current.facts.map(describeFact),
});

/**
 * Nothing stored and a code no division has: a 404. Checked only after an empty read, because
 * upload keys may carry a former code that history still lists under it.
 */
function assertKnownUnit(deps: QueryDeps, adcode: string): void {
  if (deps.isKnownUnit && !deps.isKnownUnit(adcode)) {
    throw notFound('unit-not-found', `no administrative unit has adcode ${adcode}`);
  }
}

export interface UnitFacts {
  adcode: string;
  items: UnitFactsView[];
}

/** With a period: that period's facts or a 404. Without: every period the unit has facts for. */
export async function unitFacts(deps: QueryDeps, query: { adcode: string; period?: string }): Promise<UnitFacts> {
  if (query.period) {
    const current = await deps.store.unitFacts(query.adcode, query.period);
    if (!current) {
      assertKnownUnit(deps, query.adcode);
      throw notFound('facts-not-found', `no current facts for unit ${query.adcode} in period ${query.period}`);
    }
    return { adcode: query.adcode, items: [describeUnitFacts(current)] };
  }
  const all = await deps.store.unitFactsAllPeriods(query.adcode);
  if (all.length === 0) assertKnownUnit(deps, query.adcode);
  return { adcode: query.adcode, items: all.map(describeUnitFacts) };
}

export interface UnitReports extends Page<ReportRecord> {
  adcode: string;
}

export async function unitReports(
  deps: QueryDeps,
  query: { adcode: string; limit: number; next?: string },
): Promise<UnitReports> {
  const page = await readPage(query.limit, query.next, (p) => deps.store.reportsOfUnit(query.adcode, p));
  if (page.items.length === 0 && !query.next) assertKnownUnit(deps, query.adcode);
  return { adcode: query.adcode, ...page };
}
