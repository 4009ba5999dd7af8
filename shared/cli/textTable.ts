// Tables for a terminal: columns padded by display width (a Chinese character takes two cells),
// and the API's CSV exports read back into rows so the CLI prints exactly what the API exports.

/** Cells a string takes in a monospaced terminal: East Asian wide and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code === 0xfeff || (code >= 0x300 && code <= 0x36f)) continue;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x20000;
    width += wide ? 2 : 1;
  }
  return width;
}

const pad = (text: string, width: number, right: boolean) => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
};

const numeric = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/** Left-aligned text, right-aligned numbers, one space-separated line per row; newlines in a cell become ' / '. */
export function renderTable(header: string[], rows: string[][]): string {
  const clean = (cell: string) => cell.replace(/\r?\n/g, ' / ');
  const body = rows.map((row) => header.map((_, i) => clean(row[i] ?? '')));
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...body.map((row) => displayWidth(row[i]))));
  const isNumber = header.map((_, i) => body.length > 0 && body.every((row) => row[i] === '' || numeric.test(row[i])));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i], isNumber[i]))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** RFC 4180 as shared/query/csv.ts writes it (BOM, quoted fields, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
