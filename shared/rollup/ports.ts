// What the rollup use case reads and writes through. The DynamoDB implementation is
// shared/store/dynamoRollupStore.ts; tests can pass anything of this shape.
import type { UnitPeriodFacts } from '../domain/records.ts';
import type { ReviewDecision } from '../review/types.ts';
import type { ProvinceRollup } from './types.ts';

export interface PartitionRef {
  provinceCode: string;
  periodKey: string;
}

/** Ingest's mark that a (province, period) changed: set in the same transaction as the facts. */
export interface DirtyMark extends PartitionRef {
  /** When the latest change was stored (ingest's clock, ISO). Orders rollups of the partition. */
  markedAt: string;
  /** Grows with every change: the mark is cleared only if it is still the one read. */
  version?: number;
  /** The latest change, when the mark names it: a run that cannot see it yet leaves the mark for later. */
  adcode?: string;
  reportId?: string;
}

/**
 * `sourceVersion` says how recent the inputs are: the mark's `markedAt` for an incremental run, the
 * run's start for a full one. A stored rollup from newer inputs is never overwritten.
 */
export interface RollupStamp {
  sourceVersion: string;
  computedAt: string;
}

export type WriteOutcome = 'written' | 'newer-exists';

export interface RollupStore {
  listDirtyMarks(): Promise<DirtyMark[]>;
  /** Every (province, period) ever rolled up: what a full run recomputes, with the dirty ones. */
  listPartitions(): Promise<PartitionRef[]>;
  registerPartition(partition: PartitionRef): Promise<void>;
  /** The current facts of every unit of the province for the period. */
  readUnitFacts(partition: PartitionRef): Promise<UnitPeriodFacts[]>;
  /**
   * Analysts' decisions on the partition's figures (shared/review): rejected ones are left out.
   * Optional so stores that never see reviews need not implement it.
   */
  readReviewDecisions?(partition: PartitionRef): Promise<ReviewDecision[]>;
  /** Replaces the partition's rollup items unless the stored ones come from newer inputs. */
  writeRollup(rollup: ProvinceRollup, stamp: RollupStamp): Promise<WriteOutcome>;
  /** Deletes the mark if it is unchanged since read; false if a newer change re-marked it. */
  clearDirtyMark(mark: DirtyMark): Promise<boolean>;
}

export interface RollupClock {
  now(): Date;
}
