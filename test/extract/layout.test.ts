// Plain text copied out of a PDF, broken at a fixed width or with a space between every character,
// is read as if it were not, and every quote and value offset still points into the text as uploaded.
import { describe, expect, it } from 'vitest';
import { extractText } from '#shared/extract/extractReport.ts';
import { wrapBreakPositions } from '#shared/extract/unwrap.ts';
import fc from 'fast-check';
import { spacedOutPositions } from '#shared/extract/spacing.ts';
import { layoutPositions, offsetMapper, withoutPositions } from '#shared/extract/layout.ts';

const paragraphs = [
  '宁国市民政局2023年工作总结',
  '一、兜底保障',
  '自2023年7月1日起，城乡低保标准统一提高至每人每月800元。截至12月底，全市共有低保对象4521户6893人，全年累计发放低保金5612.3万元；特困供养人员1324人，其中集中供养286人、分散供养1038人。全年实施临时救助1126人次，发放临时救助金168.5万元。',
  '二、养老服务',
  '全市现有养老机构21家，床位3120张。为1.86万名80周岁以上老年人发放高龄津贴1342万元。全市60周岁以上老年人口达8.9万人。全年办理结婚登记1486对。全市登记社会组织286家，实名注册志愿者达6.2万人。',
];

/** Breaks every paragraph every `width` characters, as a PDF copy does. */
const wrap = (width: number, newline = '\n') =>
  paragraphs.map((p) => p.match(new RegExp(`.{1,${width}}`, 'gu'))!.join(newline)).join(newline);

const valuesOf = (text: string) => Object.fromEntries(extractText(text).facts.map((f) => [f.metric, f.value]));

describe('hard-wrapped plain text', () => {
  it('gives the same facts as the text written a paragraph a line, with quotes cut from the wrapped text', () => {
    const flowing = valuesOf(paragraphs.join('\n'));
    expect(Object.keys(flowing).length).toBeGreaterThan(12);
    for (const newline of ['\n', '\r\n']) {
      const wrapped = wrap(30, newline);
      expect(valuesOf(wrapped)).toEqual(flowing);
      for (const f of extractText(wrapped).facts) {
        expect(wrapped.slice(f.start, f.end)).toBe(f.quote);
        expect(wrapped.slice(f.valueStart, f.valueEnd).replace(/\r?\n/g, '')).toMatch(/^[\d.万亿]+/);
      }
    }
  });

  it('leaves a report written a paragraph a line, and a pasted table, as they are', () => {
    expect(wrapBreakPositions(paragraphs.join('\n'))).toEqual([]);
    const table = ['指标\t单位\t2020年\t2021年', ...Array.from({ length: 8 }, (_, i) => `城市低保对象${i}\t人\t12563\t11820`)].join('\n');
    expect(wrapBreakPositions(table)).toEqual([]);
  });

  it('leaves lines of a label, a figure and its unit (城市低保对象 2,136 人) as they are, and reads each as its own', () => {
    const rows = [
      '城乡低保对象合计 33,618 人', '城市低保对象 2,136 人', '农村低保对象 31,482 人', '城市低保标准 880 元/人/月',
      '城市低保资金 1,512 万元', '特困人员 5,207 人', '临时救助 7,430 人次', '养老机构 27 家', '养老床位 3,960 张',
    ];
    expect(wrapBreakPositions(rows.join('\n'))).toEqual([]);
    expect(valuesOf(['于都县2023年民政事业主要数据公报', ...rows, ''].join('\n'))).toEqual({
      dibao_recipients: 33618, dibao_recipients_urban: 2136, dibao_recipients_rural: 31482, dibao_standard_urban: 880,
      dibao_funds_urban: 15120000, tekun_recipients: 5207, temp_assistance_cases: 7430, elderly_institutions: 27, elderly_beds: 3960,
    });
  });

  it('does not join a line to a heading or list item after it', () => {
    const prose = '全市民政系统坚持以人民为中心的发展思想扎实推进各项工作取得新成效的';
    const full = prose.slice(0, 30);
    const lines = [...Array(6).fill(full), '（二）养老服务情况', ...Array(3).fill(full), '2、儿童福利', full, full];
    const joined = lines.join('\n');
    const text = withoutPositions(joined, wrapBreakPositions(joined));
    expect(text).toContain(`${full}\n（二）养老服务情况\n${full}${full}`);
    expect(text).toContain(`${full}\n2、儿童福利\n${full}${full}`);
    expect(text.split('\n')).toHaveLength(5);
  });

  it('maps every offset of the joined text back to the same character', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 40 }), (width) => {
        const wrapped = wrap(width);
        const removed = wrapBreakPositions(wrapped);
        const text = withoutPositions(wrapped, removed);
        expect(removed.every((p) => wrapped[p] === '\n' || wrapped[p] === '\r')).toBe(true);
        const at = offsetMapper(removed);
        for (let i = 0; i < text.length; i++) expect(wrapped[at(i)]).toBe(text[i]);
      }),
      { numRuns: 20 },
    );
  });
});

describe('page numbers and running headers of a PDF copy', () => {
  /** The wrapped text with a page's furniture after every `every`-th line, as a PDF copy keeps it. */
  const paged = (every: number) =>
    wrap(30)
      .split('\n')
      .map((line, i) => (i > 0 && i % every === 0 ? `\n- ${i / every} -\n\n宁国市民政局2023年工作总结\n${line}` : line))
      .join('\n');

  it('gives the same facts as the text without them, a figure split across a page break included, quotes cut from the upload', () => {
    const flowing = valuesOf(paragraphs.join('\n'));
    for (const every of [3, 4, 5]) {
      const text = paged(every);
      expect(text.match(/- \d+ -/g)!.length).toBeGreaterThan(1);
      expect(valuesOf(text)).toEqual(flowing);
      for (const f of extractText(text).facts) expect(text.slice(f.start, f.end)).toBe(f.quote);
    }
  });

  it('leaves a text with no page number line as it is, and a line of figures that only looks like one', () => {
    expect(layoutPositions(paragraphs.join('\n'))).toEqual([]);
    const table = `${paragraphs.join('\n')}\n项目\t人数\n低保\t3200\n12\n特困\t1324`;
    expect(layoutPositions(table)).toEqual([]);
  });
});

describe('text with a space between every character', () => {
  const spaced = (text: string) => text.split('\n').map((line) => [...line].join(' ')).join('\n');

  it('gives the same facts as the text without the spaces, quotes cut from the spaced text', () => {
    const flowing = valuesOf(paragraphs.join('\n'));
    for (const text of [spaced(paragraphs.join('\n')), spaced(wrap(30))]) {
      expect(valuesOf(text)).toEqual(flowing);
      for (const f of extractText(text).facts) expect(text.slice(f.start, f.end)).toBe(f.quote);
    }
  });

  it('chooses between two values of a metric on the text as read, not on the spaced quote', () => {
    const body = `${paragraphs[0]}\n${paragraphs[2]}\n徽州区社会福利中心(公办养老机构)床位200张;全区养老机构共7家,床位总数890张。`;
    expect(valuesOf(spaced(body)).elderly_beds).toBe(890);
    expect(valuesOf(body).elderly_beds).toBe(890);
  });

  it('reads a label spread out within prose (全 县 城 市 低 保 标 准) as its words, and leaves a short one (目 录) alone', () => {
    const prose = `${paragraphs.join('\n')}\n全 县 城 市 低 保 标 准由每人每月650元提高到680元。\n目 录`;
    const fact = extractText(prose).facts.find((f) => f.metric === 'dibao_standard_urban')!;
    expect(fact.value).toBe(680);
    expect(prose.slice(fact.start, fact.end)).toBe(fact.quote);
    const positions = spacedOutPositions(prose);
    expect(positions).toHaveLength(7);
    expect(positions.every((p) => prose[p] === ' ' && prose.lastIndexOf('\n', p) === prose.lastIndexOf('\n', prose.indexOf('全 县')))).toBe(true);
  });

  it('leaves prose with a few spaces in it as it is', () => {
    const prose = `${paragraphs.join('\n')}\n2023年 全市 共有养老机构21家。Contact: minzheng office`;
    expect(spacedOutPositions(prose)).toEqual([]);
    expect(layoutPositions(prose)).toEqual([]);
  });
});

describe('a report written in Markdown', () => {
  /** The report as a wiki exports it: # headings, a quoted note, figures in **bold**, run-in labels in bold. */
  const markdown = () =>
    [
      `# ${paragraphs[0]}`,
      '> 本页面由局办公室维护。',
      `## ${paragraphs[1]}`,
      paragraphs[2].replace(/(\d[\d.,]*(?:万|亿)?(?:人次|户|人|元|张|家|对|名))/g, '**$1**'),
      `## ${paragraphs[3]}`,
      `- **养老服务**：${paragraphs[4].replace(/(\d[\d.,]*(?:万|亿)?(?:人次|户|人|元|张|家|对|名))/g, '**$1**')}`,
    ].join('\n');

  it('gives the same facts as the text without the marks, quotes cut from the Markdown', () => {
    const text = markdown();
    expect(text.match(/\*\*/g)!.length).toBeGreaterThan(20);
    const facts = extractText(text);
    expect(facts.status).toBe('ok');
    expect(valuesOf(text)).toEqual(valuesOf(paragraphs.join('\n')));
    for (const f of facts.facts) expect(text.slice(f.start, f.end)).toBe(f.quote);
  });

  it('leaves a template’s ** placeholders to be read as such', () => {
    const template = `${paragraphs[0]}\n全市共有低保对象**人，发放低保金**万元；特困供养人员**人，其中集中供养**人。`;
    expect(layoutPositions(template)).toEqual([]);
    expect(extractText(template).status).toBe('template');
  });
});

describe('a table drawn with box characters', () => {
  /** The same table as a pipe table and drawn with box characters or an ASCII grid, ruled between its rows. */
  const rows = [
    ['项　　目', '户数', '人数', '资金（万元）'],
    ['城市低保', '2136', '3874', '1862.4'],
    ['农村低保', '15802', '31265', '9743.6'],
    ['特困供养', '4518', '4603', '4127.8'],
  ];
  const drawn = (wall: string, rule: (kind: 'top' | 'middle' | 'bottom') => string) =>
    [paragraphs[0], '表1　2022年城乡低保和特困供养情况', rule('top'), ...rows.flatMap((r, i) => [`${wall} ${r.join(` ${wall} `)} ${wall}`, i < rows.length - 1 ? rule('middle') : rule('bottom')])].join('\n');
  const box = drawn('│', (kind) => ({ top: '┌────┬────┬────┬────┐', middle: '├────┼────┼────┼────┤', bottom: '└────┴────┴────┴────┘' })[kind]);
  const grid = drawn('|', () => '+----+----+----+----+');
  const pipes = [paragraphs[0], '表1　2022年城乡低保和特困供养情况', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

  it('reads its rows as a pipe table’s, quotes cut from the drawn rows', () => {
    const expected = { dibao_recipients_urban: 3874, dibao_funds_urban: 18624000, dibao_recipients_rural: 31265, dibao_funds_rural: 97436000, tekun_recipients: 4603, tekun_funds: 41278000 };
    expect(valuesOf(pipes)).toEqual(expected);
    for (const text of [box, grid]) {
      expect(valuesOf(text)).toEqual(expected);
      for (const f of extractText(text).facts) expect(text.slice(f.start, f.end)).toBe(f.quote);
    }
    expect(extractText(box).facts[0].quote).toMatch(/^│ 城市低保 │ 2136/);
  });

  it('takes out only lines of rules, not a line of prose that holds a box character', () => {
    const text = `${paragraphs[0]}\n────────\n全市共有低保对象6893人──其中城市1200人。`;
    const removed = layoutPositions(text);
    expect(withoutPositions(text, removed)).toBe(`${paragraphs[0]}\n全市共有低保对象6893人──其中城市1200人。`);
  });
});
