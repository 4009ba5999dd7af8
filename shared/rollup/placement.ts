// Where a reporting unit sits in its province, which decides how its figures add up.
// A county's figures are already inside its prefecture's; a county-level unit directly under the
// province (a district of 北京/天津/上海/重庆, or a 省直辖县级 city such as 仙桃) has no prefecture to be
// inside and adds directly; a province-level department's own report is only compared, never added.
import type { UnitPeriodFacts } from '../domain/records.ts';
import type { RollupDivisions } from './types.ts';

export type Placement =
  | { role: 'province' }
  | { role: 'prefecture' }
  | { role: 'county-in-prefecture'; prefectureCode: string }
  | { role: 'direct-county' };

/** The divisions data decides when it knows the unit; otherwise the level and parent stored with the facts. */
export function placeUnit(unit: UnitPeriodFacts, divisions: RollupDivisions, provinceCode: string): Placement {
  const known = divisions.get(unit.adcode);
  const level = known?.level ?? unit.level;
  const parentCode = known ? known.parentCode : unit.parentCode;
  if (level === 'province') return { role: 'province' };
  if (level === 'prefecture') return { role: 'prefecture' };
  if (parentCode && parentCode !== provinceCode) {
    const parent = divisions.get(parentCode);
    if (!parent || parent.level === 'prefecture') return { role: 'county-in-prefecture', prefectureCode: parentCode };
  }
  return { role: 'direct-county' };
}

export const countiesOf = (prefectureCode: string, divisions: RollupDivisions): number =>
  divisions.children(prefectureCode).filter((d) => d.level === 'county').length;
