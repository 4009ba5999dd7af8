// CSV exports read back cell for cell, whatever the cells hold: commas, quotes, line breaks, Chinese.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvField, toCsv } from '#shared/query/csv.ts';
import { text, number, type Table } from '#shared/query/table.ts';
import { parseCsv } from './csvParse.ts';

const tricky = fc.string({ unit: fc.constantFrom('a', '低', '保', ',', '"', '\n', '\r', ' ', '，', '“', '1') });

describe('toCsv', () => {
  it('starts with the byte-order mark and ends every line with CRLF', () => {
    const csv = toCsv({ name: 't', columns: [text('指标'), number('数值')], rows: [['低保资金', 5.42e8]] });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\uFEFF指标,数值\r\n低保资金,542000000\r\n');
  });

  it('quotes only fields that need it, doubling inner quotes', () => {
    expect(csvField('合肥市')).toBe('合肥市');
    expect(csvField('约1,234人')).toBe('"约1,234人"');
    expect(csvField('称"兜底"保障')).toBe('"称""兜底""保障"');
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvField(null)).toBe('');
    expect(csvField(0.5)).toBe('0.5');
  });

  it('reads back as the same cells for any text', () => {
    fc.assert(
      fc.property(
        fc.array(tricky, { minLength: 1, maxLength: 5 }),
        fc.array(fc.array(fc.option(tricky, { nil: null })), { maxLength: 6 }),
        (headers, rawRows) => {
          const rows = rawRows.map((r) => headers.map((_, i) => r[i] ?? null));
          const table: Table = { name: 't', columns: headers.map(text), rows };
          const csv = toCsv(table);
          expect(csv.startsWith('\uFEFF')).toBe(true);
          expect(parseCsv(csv.slice(1))).toEqual([headers, ...rows.map((r) => r.map((c) => c ?? ''))]);
        },
      ),
    );
  });
});
