// Figures in tables are read with the right metric: each row becomes a clause naming the row,
// the column and the unit (see shared/read/tableRows.ts).
import { describe, expect, it } from 'vitest';
import { extractReport, extractText } from '#shared/extract/extractReport.ts';
import { readReport } from '#shared/read/readReport.ts';
import { tableLines } from '#shared/read/tableRows.ts';
import { docxOf } from './documents.ts';

const title = '合肥市民政局2021年工作总结';
const assistance = [
  ['项目', '人数（人）', '金额（万元）'],
  ['城市低保对象', '12000', '7800'],
  ['农村低保对象', '2.1万人', '9600万元'],
  ['特困供养人员', '1200', '1560'],
];
const elderly = [
  ['指标', '数值'],
  ['养老机构床位', '3456张'],
];
const expected = {
  dibao_recipients_urban: 12000,
  dibao_funds_urban: 78_000_000,
  dibao_recipients_rural: 21000,
  dibao_funds_rural: 96_000_000,
  tekun_recipients: 1200,
  tekun_funds: 15_600_000,
  elderly_beds: 3456,
};

const cells = (rows: string[][]) => rows.map((r) => r.map((c) => [c]));

describe('tables', () => {
  it('writes each row as one clause: row label, column label, figure and the header unit', () => {
    expect(tableLines(cells(assistance))).toEqual([
      '项目，人数（人），金额（万元）。',
      '城市低保对象12000人，金额7800万元。',
      '农村低保对象2.1万人，金额9600万元。',
      '特困供养人员1200人，金额1560万元。',
    ]);
    expect(tableLines(cells(elderly))).toEqual(['指标，数值。', '养老机构床位3456张。']);
  });

  it('writes a row of one scope (城市 | 低保对象（人）) as prose names it, and a 合计 row as the whole', () => {
    const scopes = [
      ['类别', '低保对象（人）', '全年发放低保金（万元）'],
      ['城市', '3,862', '3,418.6'],
      ['农村', '47,215', '41,772.3'],
      ['合计', '51,077', '45,190.9'],
    ];
    expect(tableLines(cells(scopes))).toEqual([
      '类别，低保对象（人），全年发放低保金（万元）。',
      '城市，城市低保对象3,862人，城市全年发放低保金3,418.6万元。',
      '农村，农村低保对象47,215人，农村全年发放低保金41,772.3万元。',
      '合计，低保对象51,077人，全年发放低保金45,190.9万元。',
    ]);
    const text = `${title}\n${tableLines(cells(scopes)).join('\n')}\n`;
    expect(Object.fromEntries(extractText(text).facts.map((f) => [f.metric, f.value]))).toEqual({
      dibao_recipients_urban: 3862, dibao_funds_urban: 34186000, dibao_recipients_rural: 47215, dibao_funds_rural: 417723000, dibao_recipients: 51077, dibao_funds: 451909000,
    });
  });

  it('reads a statistics table by its header: the 单位 column, this year’s column, not last year’s or the change', () => {
    const statistics = [
      ['指标名称', '单位', '2020年', '2021年', '增减%'],
      ['城市低保对象', '人', '12563', '11820', '-5.9'],
      ['城乡低保资金', '万元', '8923.5', '9310.2', '4.3'],
    ];
    expect(tableLines(cells(statistics))).toEqual([
      '指标名称，单位，2020年，2021年，增减%。',
      '城市低保对象11820人。',
      '城乡低保资金9310.2万元。',
    ]);
    const thisAndLast = [
      ['项目', '本年', '上年', '同比增长%'],
      ['养老床位（张）', '19305', '18620', '3.7'],
    ];
    expect(tableLines(cells(thisAndLast))).toEqual(['项目，本年，上年，同比增长%。', '养老床位19305张。']);
  });

  it('extracts this year’s figures from a .docx statistics table', async () => {
    const statistics = [
      ['指标名称', '单位', '2020年', '2021年', '增减%'],
      ['城市低保对象', '人', '12563', '11820', '-5.9'],
      ['养老床位', '张', '18620', '19305', '3.7'],
    ];
    const r = await extractReport({ bytes: await docxOf(`${title}\n主要指标完成情况如下。`, [statistics]), fileName: 'report.docx' });
    expect(Object.fromEntries(r.facts.map((f) => [f.metric, f.value]))).toEqual({ dibao_recipients_urban: 11820, elderly_beds: 19305 });
  });

  it('keeps a layout table (one cell a row, or cells of paragraphs) as its lines', () => {
    expect(tableLines([[['一、基本情况', '全市低保对象4.5万人。']], [['二、存在问题'], []]])).toEqual([
      '一、基本情况',
      '全市低保对象4.5万人。',
      '二、存在问题',
    ]);
  });

  it('extracts the figures of a .docx table with the right metrics', async () => {
    const bytes = await docxOf(`${title}\n全市民政事业稳步发展，主要数据如下。`, [assistance, elderly]);
    const r = await extractReport({ bytes, fileName: 'report.docx' });
    expect(r.status).toBe('ok');
    expect(Object.fromEntries(r.facts.map((f) => [f.metric, f.value]))).toEqual(expected);
    const read = await readReport(bytes, 'report.docx');
    if (!read.ok) throw new Error('unread');
    for (const f of r.facts) expect(read.text.slice(f.start, f.end)).toBe(f.quote);
  });

  it('extracts the same figures from an HTML table', async () => {
    const rows = (t: string[][]) => t.map((r, i) => `<tr>${r.map((c) => (i ? `<td>${c}</td>` : `<th>${c}</th>`)).join('')}</tr>`).join('');
    const html = `<!doctype html><html><body><h1>${title}</h1><p>主要数据如下。</p><table>${rows(assistance)}</table><table><tbody>${rows(elderly)}</tbody></table></body></html>`;
    const r = await extractReport({ bytes: new TextEncoder().encode(html), fileName: 'report.html' });
    expect(r.encoding).toBe('html');
    expect(Object.fromEntries(r.facts.map((f) => [f.metric, f.value]))).toEqual(expected);
  });
});
