// The divisions the product runs on: the package data (as generated, see source.ts) plus the
// project's history table, indexed once per process on first use (a Lambda pays for it only if
// it resolves a name).
import { buildDivisionIndex, type DivisionIndex, type UnitCounts } from './resolver.ts';
import { loadDivisions } from './source.ts';
import { divisionChanges } from './history.ts';
import { mentionFinder, type DivisionMention } from './mentions.ts';

let index: DivisionIndex | undefined;

export function divisions(): DivisionIndex {
  index ??= buildDivisionIndex(loadDivisions(), divisionChanges);
  return index;
}

let findMentions: ((text: string) => DivisionMention[]) | undefined;

/** Units a text names in full, in order, each resolved with the ones named just before it. */
export function findDivisionMentions(text: string): DivisionMention[] {
  findMentions ??= mentionFinder(divisions());
  return findMentions(text);
}

export const countUnitsByProvince = (provinceCode: string): UnitCounts =>
  divisions().countUnitsByProvince(provinceCode);

export { divisionDataVintage } from './source.ts';
export type { DivisionMention } from './mentions.ts';
export { normaliseCode, type DivisionIndex, type UnitCounts } from './resolver.ts';
export type { Division, DivisionResolver, Resolution, ResolveContext } from './types.ts';
