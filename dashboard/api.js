// Calls to the query API from the dashboard: JSON in and out, errors as thrown messages in Chinese.
export async function getJson(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== ''));
  const response = await fetch(query.size ? `${path}?${query}` : path);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body?.error?.message ?? `请求失败（${response.status}）`);
  return body;
}

export async function postJson(path, value) {
  const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body?.error?.message ?? `提交失败（${response.status}）`);
  return body;
}

let cataloguePromise;
/** The metric catalogue, fetched once: ids to Chinese names and units. */
export function catalogue() {
  cataloguePromise ??= getJson('/api/catalogue').then((c) => ({ list: c.metrics, byId: new Map(c.metrics.map((m) => [m.id, m])) }));
  return cataloguePromise;
}
