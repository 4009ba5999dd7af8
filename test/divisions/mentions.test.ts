import { describe, expect, it } from 'vitest';
import { findDivisionMentions } from '#shared/divisions/divisions.ts';

const adcodes = (text: string) =>
  findDivisionMentions(text).map((m) => (m.resolution.kind === 'unit' ? m.resolution.division.adcode : m.resolution.kind));

describe('findDivisionMentions', () => {
  it('finds a province, city and district, settling the district by the city before it', () => {
    const text = '江苏省南京市鼓楼区民政局2021年工作总结';
    const mentions = findDivisionMentions(text);
    expect(mentions.map((m) => m.name)).toEqual(['江苏省', '南京市', '鼓楼区']);
    expect(adcodes(text)).toEqual(['320000', '320100', '320106']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.name);
  });

  it('leaves a shared name ambiguous when nothing before it settles it', () => {
    expect(adcodes('鼓楼区民政局关于低保工作的报告')).toEqual(['ambiguous']);
    expect(adcodes('福州市民政局转发：鼓楼区民政局报告')).toEqual(['350100', '350102']);
  });

  it('finds former names and keeps them visible', () => {
    const [m] = findDivisionMentions('海门市民政局2019年工作总结');
    expect(m.name).toBe('海门市');
    expect(m.resolution).toMatchObject({ kind: 'unit', division: { adcode: '320614' }, formerName: '海门市' });
  });

  it('prefers the longest name and ignores two-character names inside ordinary words', () => {
    expect(findDivisionMentions('华东区域养老服务').map((m) => m.name)).toEqual([]);
    expect(findDivisionMentions('四川省攀枝花市东区民政局').map((m) => m.name)).toEqual(['四川省', '攀枝花市', '东区']);
  });

  it('finds nothing in text without units', () => {
    expect(findDivisionMentions('全年发放低保金1234万元')).toEqual([]);
  });
});
