// One upload: its record, the facts it stands for (when it is the current report) and a link
// to the file as the bureau uploaded it.
import type { ReportRecord } from '#shared/domain/records.ts';
import { notFound } from './errors.ts';
import type { QueryDeps } from './ports.ts';
import { describeFact, type FactView } from './units.ts';

export interface ReportView {
  report: ReportRecord;
  /** True when this upload's facts are the ones that currently stand for its unit and period. */
  current: boolean;
  /** Its facts while current; null otherwise (a superseded report's facts were replaced). */
  facts: FactView[] | null;
  /** A presigned GET for the original object, valid for a limited time. */
  sourceUrl: string;
}

export async function reportDetail(deps: QueryDeps, query: { reportId: string }): Promise<ReportView> {
  const report = await deps.store.report(query.reportId);
  if (!report) throw notFound('report-not-found', `no report has id ${query.reportId}`);
  const adcode = report.unit.adcode;
  const period = report.period.key;
  const standing = report.state === 'stored' && adcode && period ? await deps.store.unitFacts(adcode, period) : undefined;
  const current = standing?.reportId === report.reportId;
  const sourceUrl = await deps.presignGet(report.bucket, report.key, report.versionId);
  return { report, current, facts: current && standing ? standing.facts.map(describeFact) : null, sourceUrl };
}
