// The rollup use case. Incremental: recompute only the (province, period) partitions marked dirty
// since the last run. Full: recompute every partition. Idempotent, and safe when runs overlap:
// each write carries how recent its inputs are and never replaces a rollup of newer inputs, and a
// mark is cleared only if no change re-marked it during the run.
import type { UnitPeriodFacts } from '../domain/records.ts';
import { applyReviewDecisions } from '../review/applyDecisions.ts';
import { rollupProvince } from './rollupProvince.ts';
import type { DirtyMark, PartitionRef, RollupClock, RollupStore, WriteOutcome } from './ports.ts';
import type { RollupDivisions } from './types.ts';

export type PartitionOutcome =
  | WriteOutcome
  /** The mark's change is not visible to the read yet (index lag): the mark stays for the next run. */
  | 'deferred';

export interface PartitionResult extends PartitionRef {
  outcome: PartitionOutcome;
  units: number;
  markCleared?: boolean;
}

export interface RollupRunResult {
  mode: 'incremental' | 'full';
  startedAt: string;
  finishedAt: string;
  partitions: PartitionResult[];
}

export interface RunRollupsDeps {
  store: RollupStore;
  divisions: RollupDivisions;
  clock: RollupClock;
  /** Partitions computed at once; each is a read of one province and one transaction. */
  concurrency?: number;
}

const partitionId = (p: PartitionRef) => `${p.provinceCode}#${p.periodKey}`;

export async function runRollups(deps: RunRollupsDeps, options: { full?: boolean } = {}): Promise<RollupRunResult> {
  const { store, clock } = deps;
  const startedAt = clock.now().toISOString();
  // Marks are read before any facts, so every change they stand for is in what is read after.
  const marks = new Map((await store.listDirtyMarks()).map((m) => [partitionId(m), m]));
  const work = new Map<string, PartitionRef>(marks);
  if (options.full) for (const p of await store.listPartitions()) work.set(partitionId(p), p);

  const partitions = await mapLimited([...work.values()].sort(byPartition), deps.concurrency ?? 8, (p) =>
    rollupPartition(deps, p, marks.get(partitionId(p)), startedAt),
  );
  return { mode: options.full ? 'full' : 'incremental', startedAt, finishedAt: clock.now().toISOString(), partitions };
}

async function rollupPartition(
  { store, divisions, clock }: RunRollupsDeps,
  partition: PartitionRef,
  mark: DirtyMark | undefined,
  startedAt: string,
): Promise<PartitionResult> {
  const base = { provinceCode: partition.provinceCode, periodKey: partition.periodKey };
  if (mark) await store.registerPartition(base);
  const unitFacts = await store.readUnitFacts(base);
  if (mark && !changeVisible(mark, unitFacts)) return { ...base, outcome: 'deferred', units: unitFacts.length };

  // Decisions are read after the mark, like the facts, so a decision that marked it is in the read.
  const decisions = store.readReviewDecisions ? await store.readReviewDecisions(base) : [];
  const rollup = rollupProvince({ ...base, unitFacts: applyReviewDecisions(unitFacts, decisions), divisions });
  // Inputs read after a mark include its change; inputs read after a run started include every change
  // before it. A marked partition is stamped with its mark even in a full run, so that two runs that
  // read the same mark agree on the stamp and the later write still lands.
  const sourceVersion = mark ? mark.markedAt : fullRunStamp(startedAt);
  const outcome = await store.writeRollup(rollup, { sourceVersion, computedAt: clock.now().toISOString() });
  // Either way the stored rollup now includes the marked change: it can go, unless re-marked meanwhile.
  const markCleared = mark ? await store.clearDirtyMark(mark) : undefined;
  return { ...base, outcome, units: unitFacts.length, ...(mark ? { markCleared } : {}) };
}

/**
 * Marks carry ingest's clock and a full run its own. Stamping a full run a minute before it started
 * means a clock running ahead cannot make a change marked just before the run look already rolled up;
 * the cost is at most recomputing a partition once more.
 */
export const CLOCK_SKEW_MARGIN_MS = 60_000;
const fullRunStamp = (startedAt: string) => new Date(Date.parse(startedAt) - CLOCK_SKEW_MARGIN_MS).toISOString();

/** The index the facts are read through lags the table a little: see the mark's own change before trusting the read. */
function changeVisible(mark: DirtyMark, unitFacts: readonly UnitPeriodFacts[]): boolean {
  if (!mark.adcode || !mark.reportId) return true;
  const unit = unitFacts.find((u) => u.adcode === mark.adcode);
  // Another report may stand by now; if so it re-marked the partition and the next run sees it.
  return unit?.reportId === mark.reportId;
}

const byPartition = (a: PartitionRef, b: PartitionRef) => (partitionId(a) < partitionId(b) ? -1 : partitionId(a) > partitionId(b) ? 1 : 0);

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
