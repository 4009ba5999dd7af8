// Query results laid out as sheets with Chinese headers, for the CSV and XLSX exports.
import { metrics, metricById } from '#shared/catalogue/catalogue.ts';
import type { ReportRecord } from '#shared/domain/records.ts';
import type { Qualifier } from '#shared/domain/report.ts';
import type { RollupRow } from './rollups.ts';
import { number, text, type CellValue, type Table } from './table.ts';
import type { UnitFactsView } from './units.ts';

const orNull = <T extends CellValue>(value: T | undefined): T | null => (value === undefined ? null : value);

const qualifierZh: Record<Qualifier, string> = { approximate: '约', lowerBound: '以上', upperBound: '以下' };
const ruleZh = { sum: '合计', distribution: '分布' } as const;

/**
 * One row per province and period, one column per metric headed by its Chinese name and unit —
 * the sheet a person reads. Distribution metrics (standards, rates) show their median, and say so.
 */
export function rollupsWide(rows: RollupRow[], name: string): Table {
  const present = new Set(rows.map((r) => r.metric));
  const columnsMetrics = metrics.filter((m) => present.has(m.id));
  const byPlace = new Map<string, { head: CellValue[]; values: Map<string, number | null> }>();
  for (const row of rows) {
    const place = `${row.provinceCode}#${row.periodKey}`;
    let entry = byPlace.get(place);
    if (!entry) {
      entry = { head: [row.provinceCode, orNull(row.provinceName), row.periodKey], values: new Map() };
      byPlace.set(place, entry);
    }
    entry.values.set(row.metric, row.rule === 'distribution' ? orNull(row.median) : orNull(row.value));
  }
  return {
    name,
    columns: [
      text('省份代码'),
      text('省份'),
      text('期间'),
      ...columnsMetrics.map((m) => number(m.rollup === 'distribution' ? `${m.zh}(${m.unit},中位数)` : `${m.zh}(${m.unit})`)),
    ],
    rows: [...byPlace.values()].map((e) => [...e.head, ...columnsMetrics.map((m) => e.values.get(m.id) ?? null)]),
  };
}

/** One row per rollup item with every statistic: the sheet a machine or an analyst filters. */
export function rollupsLong(rows: RollupRow[], name: string): Table {
  return {
    name,
    columns: [
      text('省份代码'), text('省份'), text('期间'), text('指标代码'), text('指标'), text('计量单位'),
      text('汇总方式'), number('合计'), number('最小值'), number('最大值'), number('平均值'), number('中位数'),
      number('单位数'), text('计算时间'),
    ],
    rows: rows.map((r) => [
      r.provinceCode, orNull(r.provinceName), r.periodKey, r.metric, orNull(r.metricName), orNull(r.unit),
      r.rule ? ruleZh[r.rule] : null, orNull(r.value), orNull(r.min), orNull(r.max), orNull(r.mean), orNull(r.median),
      orNull(r.unitCount), orNull(r.computedAt),
    ]),
  };
}

/** One row per fact, with the sentence it was read from and where in the text. */
export function unitFactsTable(items: UnitFactsView[], name: string): Table {
  return {
    name,
    columns: [
      text('行政区划代码'), text('单位名称'), text('期间'), text('截至'), text('指标代码'), text('指标'), number('数值'),
      text('计量单位'), text('限定'), text('原文'), number('起始位置'), number('结束位置'), number('置信度'), text('报告编号'),
    ],
    rows: items.flatMap((u) =>
      u.facts.map((f) => [
        u.adcode, u.unitName, u.periodKey, orNull(u.asOf), f.metric, orNull(f.metricName ?? metricById(f.metric)?.zh),
        f.value, f.unit, f.qualifier ? qualifierZh[f.qualifier] : null, f.quote, f.start, f.end, f.confidence, u.reportId,
      ]),
    ),
  };
}

const stateZh: Record<ReportRecord['state'], string> = {
  stored: '已入库',
  superseded: '已被取代',
  duplicate: '重复',
  held: '暂扣',
  'dead-lettered': '处理失败',
};

/** One row per upload: where it stands and why. */
export function reportsTable(records: ReportRecord[], name: string): Table {
  return {
    name,
    columns: [
      text('报告编号'), text('上传状态'), text('提取状态'), text('行政区划代码'), text('单位名称'), text('期间'),
      number('事实数'), text('问题'), text('接收时间'), text('文件'), text('版本'),
    ],
    rows: records.map((r) => [
      r.reportId, stateZh[r.state] ?? r.state, r.status, r.unit?.adcode ?? r.keyUnitCode, r.unit?.name ?? null,
      r.period?.key ?? r.keyPeriodKey, r.factCount, r.issues.map((i) => `${i.code}: ${i.message}`).join('\n') || null,
      r.receivedAt, r.key, r.versionId,
    ]),
  };
}

export function catalogueTable(name: string): Table {
  return {
    name,
    columns: [text('指标代码'), text('指标'), text('计量单位'), text('类型'), text('汇总方式'), text('定义')],
    rows: metrics.map((m) => [m.id, m.zh, m.unit, m.kind, ruleZh[m.rollup], m.definition]),
  };
}
