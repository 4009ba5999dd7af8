import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { abbreviatedName, shortName } from '#shared/divisions/names.ts';
import { resolutionIssue } from '#shared/divisions/issues.ts';
import { divisions } from '#shared/divisions/divisions.ts';

describe('shortName', () => {
  it.each([
    ['淮南市', '淮南'],
    ['海门区', '海门'],
    ['恩施土家族苗族自治州', '恩施'],
    ['广西壮族自治区', '广西'],
    ['内蒙古自治区', '内蒙古'],
    ['新疆维吾尔自治区', '新疆'],
    ['宁夏回族自治区', '宁夏'],
    ['克孜勒苏柯尔克孜自治州', '克孜勒苏'],
    ['伊犁哈萨克自治州', '伊犁'],
    ['长白朝鲜族自治县', '长白'],
    ['互助土族自治县', '互助'],
    ['黔东南苗族侗族自治州', '黔东南'],
    ['锡林郭勒盟', '锡林郭勒'],
    ['阿克苏地区', '阿克苏'],
    ['神农架林区', '神农架'],
    ['六枝特区', '六枝'],
    ['额尔古纳市', '额尔古纳'],
    ['鄂温克族自治旗', '鄂温克族'],
    ['沙县区', '沙县'],
    ['江苏省', '江苏'],
  ])('%s → %s', (full, short) => expect(shortName(full)).toBe(short));

  it.each(['城区', '郊区', '矿区', '县', '市'])('%s has no short name', (full) => expect(shortName(full)).toBeNull());

  it('every short name is a proper prefix of at least two characters (property over all units)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...divisions().all()), (u) => {
        const s = shortName(u.name);
        if (s === null) return;
        expect(s.length).toBeGreaterThanOrEqual(2);
        expect(s.length).toBeLessThan(u.name.length);
        expect(u.name.startsWith(s)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('resolutionIssue', () => {
  const d = divisions();

  it('an ambiguous name becomes an ambiguous-unit issue listing the candidates with their cities', () => {
    const issue = resolutionIssue(d.resolve('鼓楼区'), d.get);
    expect(issue?.code).toBe('ambiguous-unit');
    expect(issue?.message).toContain('江苏省南京市鼓楼区（320106）');
    expect(issue?.message).toContain('河南省开封市鼓楼区（410204）');
    expect((issue?.detail as { candidates: unknown[] }).candidates).toHaveLength(4);
  });

  it('an unknown name is an unknown-unit issue, and a unit is no issue', () => {
    expect(resolutionIssue(d.resolve('火星市'))?.code).toBe('unknown-unit');
    expect(resolutionIssue(d.resolve('淮南'))).toBeNull();
  });
});

describe('abbreviatedName', () => {
  it.each([
    ['凉山彝族自治州', '凉山州'],
    ['湘西土家族苗族自治州', '湘西州'],
    ['峨边彝族自治县', '峨边县'],
    ['凉山州', null],
    ['合肥市', null],
  ])('%s → %s', (full, abbreviated) => expect(abbreviatedName(full)).toBe(abbreviated));
});
