// Tables in reports carry figures: "项目 | 人数（人） | 金额（万元）" over "城市低保对象 | 12000 | 7800".
// The extractor reads clauses, so each data row becomes one line that says what a clerk would:
// the row's label, then each figure preceded by its column's label and followed by the column's
// unit where the cell has none — "城市低保对象，人数12000人，金额7800万元。". A figure under a
// column labelled only 数值/数量 follows the row label directly ("养老机构床位3456张。").
// A table used for page layout (a cell holding paragraphs, or one cell a row) is not a data
// table: its lines are kept as they are.

import { classifyColumns, LABEL_UNIT } from '../extract/tableColumns.ts';

/** One cell: the lines of text it holds (more than one when it holds paragraphs). */
export type Cell = string[];
export type Row = Cell[];

const bareNumber = /^[+-]?\d[\d,，]*(?:\.\d+)?%?$/;
/** A figure, perhaps qualified and with its own unit: 12000, 1.2万人, 约7800万元, 98.5%. */
const figure = /^(?:约|近|超|逾|共)?[+-]?\d[\d,，]*(?:\.\d+)?\s*(?:[万亿])?[^\d，。；]{0,4}$/;
const YEAR_LABEL = /^(?:19|20)\d\d年?(?:末|底|度|全年)?$/;
const headerUnit = /\s*[（(]\s*([^()（）\d]{1,6}?)\s*[)）]\s*$/;
const genericLabel = /^(?:数值|数量|数据|数字|值|指标值|完成数|完成情况|合计|总计|情况|金额|人数)?$/;

interface Column {
  label: string;
  unit: string | null;
}

function columnOf(header: string): Column {
  const unit = header.match(headerUnit)?.[1] ?? null;
  const label = header.replace(headerUnit, '').replace(/^(?:单位|计量单位)[:：].*$/, '').trim();
  return { label, unit };
}

/** A row label that is one scope: its figures are that scope's. */
const SCOPE_ROW = /^(?:城市|城镇|农村|乡村)$/;
const SCOPE_ROW_WORD = /城市|城镇|农村|乡村|城乡/;

export function tableLines(rows: Row[]): string[] {
  const lines: string[] = [];
  const isLayout = (row: Row) => row.filter((c) => c.length > 0).length <= 1 || row.some((c) => c.length > 1);
  const header = rows.find((r) => !isLayout(r));
  const isHeader = header !== undefined && header.every((c) => !figure.test(c.join('')) || YEAR_LABEL.test(c.join('').trim()));
  const columns = isHeader ? header.map((c) => columnOf(c.join(''))) : null;
  // 单位 | 2020年 | 2021年 | 增减%: which column gives the unit, and which hold no fact of this report.
  const kinds = isHeader ? classifyColumns(header.map((c) => c.join('').trim())) : null;
  for (const row of rows) {
    if (isLayout(row)) {
      for (const cell of row) lines.push(...cell);
      continue;
    }
    if (row === header && columns) {
      lines.push(`${row.map((c) => c.join('')).filter((c) => c !== '').join('，')}。`);
      continue;
    }
    let line = '';
    const rowUnit = kinds && kinds.unitColumn >= 0 ? row[kinds.unitColumn].join('').trim() : '';
    // 城市低保对象（人）: with year columns the unit goes to the figure the row keeps.
    const labelUnit = kinds ? LABEL_UNIT.exec(row[0].join('')) : null;
    row.forEach((cell, i) => {
      let text = cell.join('');
      if (i === 0 && labelUnit) text = text.slice(0, labelUnit.index);
      const kind = kinds?.kinds[i];
      if (text === '' || kind === 'unit' || kind === 'serial' || kind === 'other-period' || kind === 'change') return;
      const column = columns?.[i];
      if (!column || i === 0 || !figure.test(text)) {
        line += (line ? '，' : '') + text;
        return;
      }
      const unit = bareNumber.test(text) ? (column.unit ?? (rowUnit || labelUnit?.[1] || '')) : '';
      // Both of a 本月 | 本年累计 pair read as this period's here; the text's period picks one (figures.ts).
      if (kind === 'current' || kind === 'part' || kind === 'to-date') {
        line += text + unit; // this period's figure reads right after the row label
        return;
      }
      // A generic column label adds nothing, and a figure reads best right after the row label.
      const attaches = genericLabel.test(column.label) && !/[，。]$/.test(line) && line !== '' && i === 1;
      // 城市 | 低保对象（人） | 3,862: a row of one scope reads 城市低保对象3,862人, as prose names it.
      const scope = SCOPE_ROW.exec(row[0].join('').trim())?.[0];
      const label = scope && !SCOPE_ROW_WORD.test(column.label) ? scope + column.label : column.label;
      const said = `${attaches ? '' : label}${text}${unit}`;
      line += attaches ? said : (line ? '，' : '') + said;
    });
    lines.push(/[。；！？]$/.test(line) ? line : `${line}。`);
  }
  return lines;
}
