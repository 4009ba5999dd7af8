import { describe, expect, it } from 'vitest';
import { findNumbers, parseChineseNumeral, readNumberAt } from '#shared/extract/numbers.ts';
import type { NumberReading } from '#shared/extract/numbers.ts';

/** The one figure findNumbers reads at the start of a phrase. */
function first(text: string): NumberReading {
  const all = findNumbers(text);
  expect(all.length, `no figure in ${text}`).toBeGreaterThan(0);
  return all[0];
}

const figureText = (text: string, r: NumberReading): string => text.slice(r.start, r.end);

describe('figures in bureau phrasing', () => {
  const cases: [string, number, string, Partial<NumberReading>?][] = [
    ['全年支出低保资金5.42亿元', 542000000, '5.42亿'],
    ['保障城市低保对象3.46万人', 34600, '3.46万'],
    ['临时救助120.4万人次', 1204000, '120.4万'],
    ['培训社工1100余名', 1100, '1100余', { qualifier: 'lowerBound' }],
    ['惠及13余万名群众', 130000, '13余万', { qualifier: 'lowerBound' }],
    ['累计救助40多万人次', 400000, '40多万', { qualifier: 'lowerBound' }],
    ['动员志愿者9万余名', 90000, '9万余', { qualifier: 'lowerBound' }],
    ['开展走访2000余人次', 2000, '2000余', { qualifier: 'lowerBound' }],
    ['组织演练超一千次', 1000, '超一千', { qualifier: 'lowerBound' }],
    ['覆盖近3万户', 30000, '近3万', { qualifier: 'approximate' }],
    ['每人每月不低于800元', 800, '不低于800', { qualifier: 'lowerBound' }],
    ['不少于30家', 30, '不少于30', { qualifier: 'lowerBound' }],
    ['不超过5000元', 5000, '不超过5000', { qualifier: 'upperBound' }],
    ['新增约5万人', 50000, '约5万', { qualifier: 'approximate' }],
    ['服务10万人次以上', 100000, '10万', { qualifier: 'lowerBound' }],
    ['慰问一千二百余人', 1200, '一千二百余', { qualifier: 'lowerBound', chinese: true }],
    ['发放三万五千元', 35000, '三万五千', { chinese: true }],
    ['新建床位两千张', 2000, '两千', { chinese: true }],
    ['建成十二个站点', 12, '十二', { chinese: true }],
    ['拨付资金1388.045万元', 13880450, '1388.045万'],
    ['支出9194.32万元', 91943200, '9194.32万'],
    ['发放19676854元', 19676854, '19676854'],
    ['合计54.23 万元', 542300, '54.23 万'],
    ['救助1,234 人', 1234, '1,234'],
    ['覆盖率达57%', 57, '57%', { percent: true }],
    ['满意度达到百分之九十五', 95, '百分之九十五', { percent: true, chinese: true }],
    ['不足500人', 500, '不足500', { qualifier: 'upperBound' }],
    ['不到两成', 2, '不到两', { qualifier: 'upperBound' }],
    ['逾千名老人', 1000, '逾千', { qualifier: 'lowerBound' }],
    ['超过3000户', 3000, '超过3000', { qualifier: 'lowerBound' }],
    ['突破80万人', 800000, '突破80万', { qualifier: 'lowerBound' }],
    ['大约200人', 200, '大约200', { qualifier: 'approximate' }],
    ['资金5000万元左右', 50000000, '5000万', { qualifier: 'approximate' }],
    ['30万元以下的项目', 300000, '30万', { qualifier: 'upperBound' }],
    ['60岁及以上老年人', 60, '60', { qualifier: 'lowerBound' }],
    ['救助万余人次', 10000, '万余', { qualifier: 'lowerBound' }],
    ['培训千余人', 1000, '千余', { qualifier: 'lowerBound' }],
    ['十余万人受益', 100000, '十余万', { qualifier: 'lowerBound' }],
    ['投入超千万元', 10000000, '超千万', { qualifier: 'lowerBound' }],
    ['一亿零五百万元', 105000000, '一亿零五百万'],
    ['1亿2000万元', 120000000, '1亿2000万'],
    ['1万2千元', 12000, '1万2千'],
    ['3千万元', 30000000, '3千万'],
    ['1.2万亿元', 1.2e12, '1.2万亿'],
    ['1.5千万元', 15000000, '1.5千万'],
    ['二〇二一年', 2021, '二〇二一'],
    ['一九四九年', 1949, '一九四九'],
    ['壹仟贰佰叁拾元整', 1230, '壹仟贰佰叁拾'],
    ['百分之三十七点五', 37.5, '百分之三十七点五', { percent: true }],
    ['三点五万元', 35000, '三点五万'],
    ['合计1,234,567.89元', 1234567.89, '1,234,567.89'],
    ['合计1 234 567元', 1234567, '1 234 567'],
    ['零点五', 0.5, '零点五'],
    ['两万五', 25000, '两万五'],
    ['一万零十二', 10012, '一万零十二'],
    ['1千零20', 1020, '1千零20'],
    ['3万4000元', 34000, '3万4000'],
    ['一万零一十八点一五', 10018.15, '一万零一十八点一五'],
    ['四百亿点零五零', 40000000000.05, '四百亿点零五零'],
    ['二十几万', 200000, '二十几万', { qualifier: 'lowerBound' }],
    ['保 障 人 数 一 百 五 十 二 人', 152, '一 百 五 十 二'],
    ['7万 5千 4百元', 75400, '7万 5千 4百'],
    ['1000  万元', 10000000, '1000  万'],
    ['合格率达百分之百', 100, '百分之百', { percent: true }],
    ['陆万元', 60000, '陆万'],
  ];
  for (const [text, value, figure, extra] of cases) {
    it(`${text} → ${value}`, () => {
      const r = first(text);
      expect(r.value).toBe(value);
      expect(figureText(text, r)).toBe(figure);
      if (extra) expect(r).toMatchObject(extra);
      if (!extra?.qualifier) expect(r.qualifier).toBeUndefined();
    });
  }
});

describe('ranges', () => {
  it.each([
    ['3-5万', 30000, 50000, '3-5万'],
    ['3至5万元', 30000, 50000, '3至5万'],
    ['3～5万元', 30000, 50000, '3～5万'],
    ['3~5万元', 30000, 50000, '3~5万'],
    ['3万-5万元', 30000, 50000, '3万-5万'],
    ['三至五万元', 30000, 50000, '三至五万'],
    ['1-6月', 1, 6, '1-6'],
    ['三四十人', 30, 40, '三四十'],
    ['五六万人', 50000, 60000, '五六万'],
    ['两三千元', 2000, 3000, '两三千'],
  ])('%s', (text, low, high, figure) => {
    const r = first(text);
    expect(r.range).toEqual({ low, high });
    expect(r.value).toBe(low);
    expect(figureText(text, r)).toBe(figure);
  });

  it('a percentage written once after the high end applies to both ends', () => {
    const r = first('增长3-5%');
    expect(r).toMatchObject({ value: 3, percent: true, range: { low: 3, high: 5 } });
  });

  it('is no range when an end has a written leading zero (phone numbers, dates)', () => {
    expect(findNumbers('电话:010-56212745').every((r) => r.range === undefined)).toBe(true);
    expect(findNumbers('2021-06').every((r) => r.range === undefined)).toBe(true);
  });

  it('is no range when the second figure is smaller (dates)', () => {
    const all = findNumbers('2021-06-30');
    expect(all[0]).toMatchObject({ value: 2021, end: 4 });
    expect(all[0].range).toBeUndefined();
  });
});

describe('where figures end', () => {
  it('reads 1.2%、4.14% as two percentages', () => {
    const all = findNumbers('分别增长1.2%、4.14%');
    expect(all.map((r) => [r.value, r.percent])).toEqual([
      [1.2, true],
      [4.14, true],
    ]);
  });

  it('stops at a comma before a word (802人,特困)', () => {
    expect(findNumbers('低保802人,特困300人').map((r) => r.value)).toEqual([802, 300]);
  });

  it('does not read a comma as a thousands separator unless three digits follow', () => {
    expect(findNumbers('1,23人').map((r) => r.value)).toEqual([1, 23]);
    expect(findNumbers('12,3456').map((r) => r.value)).toEqual([12, 3456]);
  });

  it('reads dates as plain numbers', () => {
    expect(findNumbers('截至2021年6月30日').map((r) => r.value)).toEqual([2021, 6, 30]);
  });

  it('keeps the unit out of the figure', () => {
    const text = '共救助困难群众120.4万人次';
    const r = first(text);
    expect(text.slice(r.end)).toBe('人次');
  });

  it('leaves bare 万/千/百 in words alone', () => {
    expect(findNumbers('千方百计为万家百姓办实事')).toEqual([]);
  });

  it('does not take 千克 or 百分点 as multipliers', () => {
    expect(first('大米10千克').value).toBe(10);
    expect(first('提高0.5百分点').value).toBe(0.5);
  });

  it('reads numerals inside words by position without failing', () => {
    expect(findNumbers('一是加强').map((r) => r.value)).toEqual([1]);
    expect(findNumbers('十四五规划').map((r) => r.value)).toEqual([14, 5]);
    expect(readNumberAt('四个不摘', 0)?.value).toBe(4);
    expect(readNumberAt('附近', 1)).toBeNull();
    expect(readNumberAt('超市', 0)).toBeNull();
    expect(readNumberAt('', 0)).toBeNull();
    expect(readNumberAt('abc', 7)).toBeNull();
  });

  it('reads lone financial numerals as words (陆续, 大陆, 收拾)', () => {
    expect(findNumbers('陆续发放，大陆，收拾，退伍')).toEqual([]);
  });

  it('keeps a spaced Chinese digit out of a figure unless a unit claims it', () => {
    expect(findNumbers('二十 三十').map((r) => r.value)).toEqual([20, 30]);
  });

  it('does not read 一点两 as a decimal', () => {
    expect(findNumbers('一点两').map((r) => r.value)).toEqual([1, 2]);
  });

  it('reads at an exact start', () => {
    const text = '其中城市低保3.46万人';
    expect(readNumberAt(text, 6)).toMatchObject({ value: 34600, start: 6, end: 11 });
  });
});

describe('parseChineseNumeral', () => {
  it.each([
    ['一千二百', 1200],
    ['三万五千', 35000],
    ['两千', 2000],
    ['十二', 12],
    ['一亿零五百万', 105000000],
    ['二〇二一', 2021],
    ['壹贰叁', 123],
    ['壹仟贰佰叁拾肆', 1234],
    ['十万零一', 100001],
    ['一万亿', 1e12],
    ['零', 0],
    ['一百零五', 105],
    ['伍拾', 50],
  ])('%s → %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n));

  it.each(['', '万', '千', '约五', '五余', '五%', '一是', '十四五'])('rejects %s', (s) => {
    expect(parseChineseNumeral(s)).toBeNull();
  });
});
