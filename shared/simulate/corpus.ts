// Many reports at once: a demo fill, a test set for extraction, or a load test. Units come from
// the divisions port; each report gets its own seed, so one report can be regenerated alone.
import type { Division } from '../divisions/types.ts';
import { decoderLabel, type ReportEncoding } from './encode.ts';
import { Rng } from './random.ts';
import { simulateReport, type SimulatedReport, type Truth } from './report.ts';

/** What the corpus needs from the divisions module. */
export interface UnitSource {
  all(): readonly Division[];
  get(adcode: string): Division | undefined;
}

export interface CorpusInput {
  seed: string | number;
  /** How many reports, over randomly chosen units; or every prefecture- and county-level unit. */
  count?: number;
  units?: 'all';
  /**
   * A year (2021) or an exact key (2021-H1). A year with `mixedPeriods` spreads reports over its
   * halves, quarters and months; no key spreads them over 2019-2023 as well.
   */
  periodKey?: string;
  mixedPeriods?: boolean;
  /** Share of blank templates (default 0.03). */
  templateShare?: number;
  /** 'mixed' spreads reports over UTF-8, UTF-8 with BOM, GB18030 and UTF-16 (default); 'utf-8' writes only UTF-8. */
  encodings?: 'mixed' | 'utf-8';
  /** Share of reports with CRLF line endings (default 0.1). */
  crlfShare?: number;
}

export interface CorpusEntry {
  /** File name in reports/, also named in the gold. */
  file: string;
  report: SimulatedReport;
  /** The gold file in the shared corpus's layout. */
  gold: GoldFile;
}

export interface GoldFile {
  file: string;
  status: Truth['status'];
  unit: Truth['unit'];
  period: Truth['period'];
  facts: Array<{ metric: string; value: number; evidence: string; qualifier?: string }>;
  tolerate: Array<{ metric: string; value: number; evidence: string; why: string }>;
  notes: string;
  /** The TextDecoder label when the bytes are not UTF-8 (the scorer decodes with it). */
  encoding?: string;
}

/** Prefecture- and county-level units: the ones that file reports. */
export function reportingUnits(source: UnitSource): Division[] {
  return source.all().filter((d) => d.level === 'prefecture' || d.level === 'county');
}

function periodFor(rng: Rng, periodKey: string | undefined, mixed: boolean, round: number): string {
  if (periodKey === undefined) return periodFor(rng, String(rng.int(2019, 2023)), true, 0);
  const m = periodKey.match(/^(\d{4})(.*)$/);
  if (!m) throw new Error(`period ${periodKey} must start with a year`);
  const year = Number(m[1]) - round;
  if (!mixed || m[2]) return `${year}${m[2]}`;
  return rng.weighted([
    [6, `${year}`],
    [2, `${year}-H1`],
    [0.5, `${year}-H2`],
    [1, `${year}-Q${rng.int(1, 4)}`],
    [0.7, `${year}-${String(rng.int(1, 12)).padStart(2, '0')}`],
  ] as const);
}

const ENCODINGS: ReadonlyArray<readonly [number, ReportEncoding]> = [
  [85, 'utf-8'],
  [5, 'utf-8-bom'],
  [6, 'gb18030'],
  [3, 'utf-16le'],
  [1, 'utf-16be'],
];

export function goldOf(file: string, r: SimulatedReport): GoldFile {
  const t = r.truth;
  const gold: GoldFile = {
    file,
    status: t.status,
    unit: t.unit,
    period: t.period,
    facts: t.facts.map((f) => ({ metric: f.metric, value: f.value, evidence: f.evidence, ...(f.qualifier ? { qualifier: f.qualifier } : {}) })),
    tolerate: t.tolerate.map((f) => ({ metric: f.metric, value: f.value, evidence: f.evidence, why: f.why })),
    notes: t.notes,
  };
  const label = decoderLabel(r.encoding);
  if (label !== 'utf-8') gold.encoding = label;
  return gold;
}

export function* simulateCorpus(input: CorpusInput, source: UnitSource): Generator<CorpusEntry> {
  const rng = new Rng(`corpus|${input.seed}`);
  const units = reportingUnits(source);
  const nameCount = new Map<string, number>();
  for (const u of units) nameCount.set(u.name, (nameCount.get(u.name) ?? 0) + 1);
  const order = input.units === 'all' ? units : rng.shuffle(units);
  const count = input.units === 'all' ? units.length : (input.count ?? 100);
  const templateShare = input.templateShare ?? 0.03;
  const crlfShare = input.crlfShare ?? 0.1;
  for (let i = 0; i < count; i++) {
    const unit = order[i % order.length];
    const round = Math.floor(i / order.length);
    const pick = rng.fork(String(i));
    const periodKey = periodFor(pick, input.periodKey, input.mixedPeriods ?? false, round);
    const encoding = input.encodings === 'utf-8' ? 'utf-8' : pick.weighted(ENCODINGS);
    const report = simulateReport({
      seed: `${input.seed}-${i}`,
      unit,
      parent: unit.parentCode ? source.get(unit.parentCode) : undefined,
      nameIsAmbiguous: (nameCount.get(unit.name) ?? 0) > 1,
      periodKey,
      options: { template: pick.chance(templateShare), encoding, lineEnding: pick.chance(crlfShare) ? 'crlf' : 'lf' },
    });
    const file = `${String(i).padStart(5, '0')}_${unit.adcode}_${periodKey}.txt`;
    yield { file, report, gold: goldOf(file, report) };
  }
}
