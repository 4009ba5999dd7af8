// How ingest's records, current facts and dirty marks sit in the Reports table (layout in tables.ts).
// Readers (the query store, the rollup) depend on these keys; change them together.
import type { IngestRecord, CurrentFacts } from '#shared/ingest/ports.ts';
import { sortableSequencer } from '#shared/ingest/uploadOrder.ts';

export const reportKey = (reportId: string) => ({ pk: `REPORT#${reportId}`, sk: 'REPORT' });
export const factsKey = (adcode: string, periodKey: string) => ({ pk: `UNIT#${adcode}`, sk: `PERIOD#${periodKey}` });
export const dirtyKey = (provinceCode: string, periodKey: string) => ({ pk: 'DIRTY', sk: `${provinceCode}#${periodKey}` });

export const statusPartition = (state: string) => `STATUS#${state}`;

export function recordItem(record: IngestRecord): Record<string, unknown> {
  return {
    ...reportKey(record.reportId),
    gsi2pk: statusPartition(record.state),
    gsi2sk: `${record.receivedAt}#${record.reportId}`,
    ...(record.keyUnitCode
      ? { gsi3pk: `UNIT#${record.keyUnitCode}`, gsi3sk: `${record.keyPeriodKey ?? ''}#${record.receivedAt}#${record.reportId}` }
      : {}),
    ...record,
  };
}

export function factsItem(facts: CurrentFacts): Record<string, unknown> {
  return {
    ...factsKey(facts.adcode, facts.periodKey),
    gsi1pk: `PROV#${facts.provinceCode}#PERIOD#${facts.periodKey}`,
    gsi1sk: facts.adcode,
    ...facts,
    // Fixed-width so DynamoDB's string comparison in the write condition orders sequencers numerically.
    sequencerSort: sortableSequencer(facts.sequencer),
  };
}

const keyAttributes = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'sequencerSort'];

function withoutKeys<T>(item: Record<string, unknown>): T {
  const copy = { ...item };
  for (const k of keyAttributes) delete copy[k];
  return copy as T;
}

export const recordFromItem = (item: Record<string, unknown>) => withoutKeys<IngestRecord>(item);
export const factsFromItem = (item: Record<string, unknown>) => withoutKeys<CurrentFacts>(item);
