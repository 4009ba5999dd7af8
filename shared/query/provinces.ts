// Province codes and names for rollup listings and exports, from the divisions data (the 31
// mainland provinces: no bureau outside them reports into this system). Built on first use, so a
// query that names no province does not pay for the divisions index at cold start.
import { divisions } from '../divisions/divisions.ts';

export const provinceCodes = (): readonly string[] => divisions().provinces().map((p) => p.adcode);

export const provinceName = (provinceCode: string): string | undefined => {
  const d = divisions().get(provinceCode);
  return d?.level === 'province' ? d.name : undefined;
};
