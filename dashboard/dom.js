// Small DOM helpers: elements built from data (never innerHTML with report text), number formats,
// and the quote with its figure highlighted.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else if (name === 'class') node.className = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

const formatter = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
export const formatNumber = (n) => (typeof n === 'number' ? formatter.format(n) : '—');

/** 元 figures read better in 万元 once they are large; the table keeps the base unit beside. */
export function formatValue(value, unit) {
  if (typeof value !== 'number') return '—';
  if (unit === '元' && Math.abs(value) >= 1e5) return `${formatter.format(value / 1e4)} 万元`;
  return `${formatter.format(value)} ${unit ?? ''}`.trim();
}

/**
 * The fact's quote with the figure inside it emphasised. Offsets are in the report text; the quote
 * starts at `start`, so the figure sits at valueStart - start within it.
 */
export function highlightedQuote(fact) {
  const quote = fact.quote ?? '';
  const from = typeof fact.valueStart === 'number' ? fact.valueStart - fact.start : -1;
  const to = typeof fact.valueEnd === 'number' ? fact.valueEnd - fact.start : -1;
  if (from < 0 || to <= from || to > quote.length) return el('mark', { class: 'quote', 'data-testid': 'quote' }, quote);
  return el(
    'mark',
    { class: 'quote', 'data-testid': 'quote' },
    quote.slice(0, from),
    el('span', { class: 'figure' }, quote.slice(from, to)),
    quote.slice(to),
  );
}

export const statusZh = {
  ok: '正常',
  template: '模板未填写',
  unreadable: '无法识别文字编码',
  rejected: '未能采用',
  'unsupported-format': '不支持的文件格式',
  'no-text-layer': '扫描件无文字层',
  'too-large': '文件过大',
};

export const stateZh = { stored: '已入库', superseded: '已被取代', duplicate: '重复上传', held: '暂缓入库', 'dead-lettered': '处理失败' };

export const verdictZh = { confirm: '已确认', reject: '已驳回' };

export function message(text, kind = 'muted') {
  return el('p', { class: kind }, text);
}

export function hashParams() {
  const [, query = ''] = location.hash.split('?');
  return new URLSearchParams(query);
}

/** Replaces a container's content; absent parts (null, false) are left out rather than printed. */
export function fill(container, ...nodes) {
  container.replaceChildren(...nodes.flat().filter((n) => n !== null && n !== undefined && n !== false));
}
