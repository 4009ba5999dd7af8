// Province codes and names for rollup listings and exports, from the divisions data (the 31
// mainland provinces: no bureau outside them reports into this system).
import { divisions } from '../divisions/divisions.ts';

export const provinceCodes: readonly string[] = divisions()
  .provinces()
  .map((p) => p.adcode);

const names = new Map(divisions().provinces().map((p) => [p.adcode, p.name]));

export const provinceName = (provinceCode: string): string | undefined => names.get(provinceCode);
