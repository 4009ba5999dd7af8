import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { divisions } from '#shared/divisions/divisions.ts';
import type { Resolution } from '#shared/divisions/types.ts';

const d = divisions();
const adcodeOf = (r: Resolution) => (r.kind === 'unit' ? r.division.adcode : r.kind);

describe('done-when cases', () => {
  it.each(['海门区', '海门市', '320684', '海门'])('%s resolves to 海门区 320614 in 江苏', (q) => {
    const r = d.resolve(q);
    expect(r.kind).toBe('unit');
    if (r.kind !== 'unit') return;
    expect(r.division).toMatchObject({ adcode: '320614', name: '海门区', level: 'county', parentCode: '320600', provinceCode: '320000', province: '江苏省' });
    expect(r.usedName).toBe(q);
  });

  it('keeps the former name a report used', () => {
    expect(d.resolve('海门市')).toMatchObject({ kind: 'unit', usedName: '海门市', formerName: '海门市' });
    expect(d.resolve('320684')).toMatchObject({ kind: 'unit', usedName: '320684', formerName: '海门市' });
    expect(d.resolve('海门区')).not.toHaveProperty('formerName');
  });

  it('淮南 is 淮南市 340400', () => {
    expect(d.resolve('淮南')).toMatchObject({ kind: 'unit', division: { adcode: '340400', name: '淮南市', level: 'prefecture', parentCode: '340000' } });
  });

  it('朝阳区 alone is ambiguous between 北京 and 长春', () => {
    const r = d.resolve('朝阳区');
    expect(r.kind).toBe('ambiguous');
    if (r.kind !== 'ambiguous') return;
    expect(r.candidates.map((c) => c.adcode).sort()).toEqual(['110105', '220104']);
  });
});

describe('names', () => {
  it.each([
    ['广西', '450000'],
    ['内蒙古', '150000'],
    ['新疆', '650000'],
    ['北京', '110000'],
    ['北京市', '110000'],
    ['黔东南', '522600'],
    ['锡林郭勒', '152500'],
    ['神农架', '429021'],
    ['浦东', '310115'],
    ['吉林市', '220200'],
  ])('%s → %s', (q, adcode) => expect(adcodeOf(d.resolve(q))).toBe(adcode));

  it('prefers an exact full name over a short name of something else', () => {
    // 沙县 is the former full name of 沙县区 and also its short name: one unit either way.
    expect(d.resolve('沙县')).toMatchObject({ kind: 'unit', division: { adcode: '350405' }, formerName: '沙县' });
  });

  it('a stem shared by a prefecture and a county is ambiguous without context', () => {
    const r = d.resolve('恩施');
    expect(r.kind).toBe('ambiguous');
    expect(adcodeOf(d.resolve('恩施', { nearby: ['恩施土家族苗族自治州'] }))).toBe('422801');
    expect(adcodeOf(d.resolve('恩施土家族苗族自治州'))).toBe('422800');
  });

  it('ignores spaces and full-width spaces around and inside a name', () => {
    expect(adcodeOf(d.resolve(' 淮 南　市 '))).toBe('340400');
  });

  it('does not know statistical zones, container rows or nonsense', () => {
    for (const q of ['苏州工业园区', '320576', '市辖区', '省直辖县级行政区划', '110100', '火星', '', '城']) {
      expect(d.resolve(q).kind, q).toBe('unknown');
    }
  });
});

describe('codes', () => {
  it('accepts 2-, 4-, 9- and 12-digit forms', () => {
    expect(adcodeOf(d.resolve('32'))).toBe('320000');
    expect(adcodeOf(d.resolve('3206'))).toBe('320600');
    expect(adcodeOf(d.resolve('320614000'))).toBe('320614');
    expect(adcodeOf(d.resolve('320614000000'))).toBe('320614');
    expect(d.resolve('320614001000').kind).toBe('unknown');
  });

  it('every former code and name in the history table resolves to its current unit', () => {
    for (const change of d.history()) {
      const byCode = d.resolve(change.formerCode);
      const byName = d.resolve(change.formerName);
      expect(adcodeOf(byCode), change.formerCode).toBe(change.currentCode);
      expect(adcodeOf(byName), change.formerName).toBe(change.currentCode);
      if (byName.kind === 'unit') expect(byName.formerName).toBe(change.formerName);
    }
  });

  it('no former code is reused by a current unit under another name', () => {
    for (const change of d.history()) {
      const now = d.get(change.formerCode);
      if (now) expect(now.adcode).toBe(change.currentCode);
    }
  });
});

describe('context', () => {
  it('a nearby city settles 鼓楼区', () => {
    expect(adcodeOf(d.resolve('鼓楼区', { nearby: ['南京市'] }))).toBe('320106');
    expect(adcodeOf(d.resolve('鼓楼区', { nearby: ['徐州'] }))).toBe('320302');
    expect(adcodeOf(d.resolve('鼓楼区', { nearby: ['开封市'] }))).toBe('410204');
  });

  it('the upload\'s unit code settles 鼓楼区, whether it is the unit, its city or a sibling', () => {
    expect(adcodeOf(d.resolve('鼓楼区', { unitCode: '350102' }))).toBe('350102');
    expect(adcodeOf(d.resolve('鼓楼区', { unitCode: '350100' }))).toBe('350102');
    expect(adcodeOf(d.resolve('鼓楼区', { unitCode: '350103' }))).toBe('350102');
    expect(adcodeOf(d.resolve('朝阳区', { unitCode: '110000' }))).toBe('110105');
  });

  it('a province that holds two candidates narrows without guessing', () => {
    const r = d.resolve('鼓楼区', { nearby: ['江苏省'] });
    expect(r.kind).toBe('ambiguous');
    if (r.kind === 'ambiguous') expect(r.candidates.map((c) => c.adcode).sort()).toEqual(['320106', '320302']);
  });

  it('a nearby province narrows to its descendants, not to itself', () => {
    expect(adcodeOf(d.resolve('吉林', { nearby: ['吉林省'] }))).toBe('220200');
  });

  it('unrelated or unknown context leaves the ambiguity standing', () => {
    for (const nearby of [['广东省'], ['火星'], ['朝阳区']]) expect(d.resolve('鼓楼区', { nearby }).kind).toBe('ambiguous');
    expect(d.resolve('鼓楼区', { unitCode: '440100' }).kind).toBe('ambiguous');
  });

  it('context never turns a resolution into something outside its candidates', () => {
    const ambiguous = ['鼓楼区', '朝阳区', '城区', '郊区', '新华区', '铁西区', '市中区', '吉林', '恩施'];
    const clues = d.all().map((u) => u.adcode);
    fc.assert(
      fc.property(fc.constantFrom(...ambiguous), fc.constantFrom(...clues), fc.constantFrom(...clues), (name, unitCode, near) => {
        const before = d.resolve(name);
        const after = d.resolve(name, { unitCode, nearby: [near] });
        if (before.kind !== 'ambiguous') return;
        const allowed = before.candidates.map((c) => c.adcode);
        if (after.kind === 'unit') expect(allowed).toContain(after.division.adcode);
        else if (after.kind === 'ambiguous') for (const c of after.candidates) expect(allowed).toContain(c.adcode);
        else throw new Error('context made a known name unknown');
      }),
      { numRuns: 500 },
    );
  });
});

describe('round trips over every unit', () => {
  const units = d.all();
  const nameCounts = new Map<string, number>();
  for (const u of units) nameCounts.set(u.name, (nameCounts.get(u.name) ?? 0) + 1);

  it('resolve(adcode) gives the unit back, for every unit', () => {
    for (const u of units) expect(d.resolve(u.adcode)).toEqual({ kind: 'unit', division: u, usedName: u.adcode });
  });

  it('resolve(full name) gives the unit back when the name is unique, candidates when not', () => {
    for (const u of units) {
      const r = d.resolve(u.name);
      if (nameCounts.get(u.name) === 1) expect(r).toMatchObject({ kind: 'unit', division: { adcode: u.adcode } });
      else {
        expect(r.kind).toBe('ambiguous');
        if (r.kind === 'ambiguous') expect(r.candidates).toContainEqual(u);
      }
    }
  });

  it('a shared full name resolves with its own code as the upload unit', () => {
    for (const u of units) if (nameCounts.get(u.name)! > 1) expect(adcodeOf(d.resolve(u.name, { unitCode: u.adcode }))).toBe(u.adcode);
  });

  it('a shared full name resolves with its parent named nearby when the parent holds only one of them', () => {
    for (const u of units) {
      if (nameCounts.get(u.name)! < 2 || !u.parentCode) continue;
      const siblingsNamedAlike = d.children(u.parentCode).filter((c) => c.name === u.name).length;
      if (siblingsNamedAlike === 1) expect(adcodeOf(d.resolve(u.name, { nearby: [u.parentCode] }))).toBe(u.adcode);
    }
  });

  it('resolve never throws and answers with the query it was given (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        const r = d.resolve(s);
        expect(r.usedName).toBe(s);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...units), fc.array(fc.constantFrom(' ', '\u3000', '\t'), { maxLength: 3 }), (u, spaces) => {
        const padded = spaces.join('') + u.adcode + spaces.join('');
        expect(adcodeOf(d.resolve(padded))).toBe(u.adcode);
      }),
    );
  });
});

describe('autonomous units as their own documents write them', () => {
  it.each([
    ['凉山州', '513400'],
    ['恩施州', '422800'],
    ['湘西州', '433100'],
    ['黔东南州', '522600'],
    ['西双版纳州', '532800'],
    ['峨边县', '511132'],
    ['长白县', '220623'],
  ])('%s → %s', (q, adcode) => expect(adcodeOf(d.resolve(q))).toBe(adcode));

  it('never takes the name of another unit (大理市 stays the city, not 大理州)', () => {
    expect(adcodeOf(d.resolve('大理市'))).toBe('532901');
    expect(adcodeOf(d.resolve('大理州'))).toBe('532900');
  });

  it('every unit still resolves by its own full name (property over all units)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...d.all()), (u) => {
        const r = d.resolve(u.name);
        // A full name shared by two units is ambiguous on its own; otherwise it is that unit.
        if (r.kind === 'unit') expect(r.division.adcode).toBe(u.adcode);
        else expect(r.kind).toBe('ambiguous');
      }),
      { numRuns: 2000 },
    );
  });
});
