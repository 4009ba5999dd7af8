// 全国概览: one metric of one period, provinces side by side — a bar chart and a table with coverage.
import { catalogue, getJson } from './api.js';
import { el, formatNumber, formatValue, hashParams, message, fill } from './dom.js';

const coverageText = (c, done, total) => (c && typeof c[done] === 'number' ? `${c[done]} / ${c[total] ?? '—'}` : '—');

export async function renderOverview(main) {
  const [{ list }, { periods }] = await Promise.all([catalogue(), getJson('/api/periods')]);
  const params = hashParams();
  const period = params.get('period') ?? periods[0]?.periodKey ?? String(new Date().getFullYear() - 1);
  const metric = params.get('metric') ?? 'dibao_recipients';

  const go = (next) => {
    location.hash = `#/overview?${new URLSearchParams({ period, metric, ...next })}`;
  };
  const periodPicker = el(
    'select',
    { 'data-testid': 'period', onchange: (e) => go({ period: e.target.value }) },
    (periods.some((p) => p.periodKey === period) ? periods : [{ periodKey: period }, ...periods]).map((p) =>
      el('option', { value: p.periodKey, selected: p.periodKey === period }, p.periodKey),
    ),
  );
  const metricPicker = el(
    'select',
    { 'data-testid': 'metric', onchange: (e) => go({ metric: e.target.value }) },
    list.map((m) => el('option', { value: m.id, selected: m.id === metric }, `${m.zh}（${m.unit}）`)),
  );
  const exportQuery = (format) => `/api/rollups?${new URLSearchParams({ period, metric, format })}`;
  const chartBox = el('div', { id: 'chart', 'data-testid': 'chart' });
  const body = el('div');
  fill(main, 
    el('h2', {}, '全国概览'),
    el(
      'div',
      { class: 'controls' },
      el('label', {}, '期间', periodPicker),
      el('label', {}, '指标', metricPicker),
      el(
        'span',
        { class: 'exports' },
        el('a', { href: exportQuery('csv'), 'data-testid': 'export-csv' }, '导出 CSV'),
        el('a', { href: exportQuery('xlsx'), 'data-testid': 'export-xlsx' }, '导出 Excel'),
      ),
    ),
    el('div', { class: 'card' }, chartBox),
    body,
  );

  const overview = await getJson('/api/overview', { period, metric });
  if (overview.items.length === 0) {
    chartBox.remove();
    body.replaceChildren(message(`${period} 尚无 ${overview.metricName ?? metric} 的汇总数据（汇总任务运行后显示）。`));
    return;
  }
  const rule = overview.rule === 'distribution' ? '中位数' : '合计';
  drawChart(chartBox, overview, rule);
  body.replaceChildren(
    el(
      'table',
      { 'data-testid': 'overview-table' },
      el(
        'thead',
        {},
        el('tr', {}, ['省份', `${overview.metricName}（${rule}）`, '最小 – 最大', '上报单位数', '地市覆盖', '部分覆盖地市', '县级上报', ''].map((h) => el('th', {}, h))),
      ),
      el(
        'tbody',
        {},
        overview.items.map((row) =>
          el(
            'tr',
            { 'data-province': row.provinceCode },
            el('td', {}, row.provinceName ?? row.provinceCode),
            el('td', { class: 'num' }, formatValue(row.figure, overview.unit)),
            el('td', { class: 'num' }, overview.rule === 'distribution' ? `${formatNumber(row.min)} – ${formatNumber(row.max)}` : '—'),
            el('td', { class: 'num' }, formatNumber(row.unitCount)),
            el('td', { class: 'num' }, coverageText(row.coverage, 'prefecturesCovered', 'prefecturesTotal')),
            el('td', { class: 'num' }, formatNumber(row.coverage?.prefecturesPartial)),
            el('td', { class: 'num' }, coverageText(row.coverage, 'countiesReporting', 'countiesTotal')),
            el('td', {}, el('a', { href: `#/province/${row.provinceCode}?period=${encodeURIComponent(period)}` }, '查看各单位')),
          ),
        ),
      ),
    ),
  );
}

function drawChart(box, overview, rule) {
  if (!window.echarts) {
    box.replaceChildren(message('图表库未加载'));
    return;
  }
  const rows = [...overview.items].sort((a, b) => (b.figure ?? 0) - (a.figure ?? 0));
  const chart = window.echarts.init(box, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    title: { text: `${overview.period} ${overview.metricName}（${overview.unit}，${rule}）`, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    grid: { left: 60, right: 20, bottom: 60, top: 50 },
    xAxis: { type: 'category', data: rows.map((r) => r.provinceName ?? r.provinceCode), axisLabel: { rotate: rows.length > 12 ? 45 : 0 } },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', data: rows.map((r) => r.figure), itemStyle: { color: '#b3261e' } }],
  });
  chart.on('click', (e) => {
    const row = rows[e.dataIndex];
    if (row) location.hash = `#/province/${row.provinceCode}?period=${encodeURIComponent(overview.period)}`;
  });
  new ResizeObserver(() => chart.resize()).observe(box);
}
