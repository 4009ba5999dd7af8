// CSV as Excel opens it: UTF-8 with a byte-order mark (without one, Excel reads the Chinese
// headers as GBK mojibake), RFC 4180 quoting and CRLF line ends.
import type { CellValue, Table } from './table.ts';

const needsQuotes = /[",\r\n]/;

export function csvField(value: CellValue): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : value;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(table: Table): string {
  const lines = [table.columns.map((c) => csvField(c.header)), ...table.rows.map((row) => row.map(csvField))];
  return `\uFEFF${lines.map((fields) => fields.join(',')).join('\r\n')}\r\n`;
}
