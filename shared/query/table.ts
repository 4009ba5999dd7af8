// A result laid out as one sheet: what CSV and XLSX exports are written from.
export type CellValue = string | number | null;

export interface Column {
  header: string;
  /** Numbers stay numbers in a spreadsheet; everything else is text. */
  type: 'text' | 'number';
}

export interface Table {
  /** Sheet name in an .xlsx (Excel allows 31 characters) and the download's file name. */
  name: string;
  columns: Column[];
  rows: CellValue[][];
}

export const text = (header: string): Column => ({ header, type: 'text' });
export const number = (header: string): Column => ({ header, type: 'number' });
