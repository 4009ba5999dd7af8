// .xlsx exports through write-excel-file: it depends only on fflate, so the query bundle stays
// around 80 kB where exceljs would pull in archiver, jszip, unzipper and more.
import writeExcelFile from 'write-excel-file/node';
import type { Table } from './table.ts';

export async function toXlsx(table: Table): Promise<Buffer> {
  const header = table.columns.map((c) => ({ value: c.header, fontWeight: 'bold' as const }));
  const rows = table.rows.map((row) =>
    row.map((value, i) =>
      value === null
        ? null
        : table.columns[i]?.type === 'number' && typeof value === 'number'
          ? { value, type: Number }
          : { value: String(value), type: String },
    ),
  );
  const columns = table.columns.map((c) => ({ width: Math.min(60, Math.max(10, c.header.length * 2 + 2)) }));
  return writeExcelFile([header, ...rows], { sheet: table.name.slice(0, 31), columns, stickyRowsCount: 1 }).toBuffer();
}
