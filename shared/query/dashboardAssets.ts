// The dashboard's static files, served by the query API itself so that `npm start` and the HTTP
// API on AWS (which routes $default to the query function) serve it at the same URL as the data.
//   /                                  dashboard/index.html
//   /dashboard/{name}.{js,css,html}    dashboard/{name}.*
//   /dashboard/vendor/echarts.min.js   ECharts from node_modules (never a CDN: bureaus' networks may not reach one)
// Files are read once per process. On AWS the bundle has no dashboard/ or node_modules beside it:
// MINZHENG_DASHBOARD_DIR names where the deployment copied them (echarts.min.js into its vendor/).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface AssetResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded: boolean;
}

const contentTypes: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
};

const assetName = /^\/dashboard\/([a-z0-9-]+\.(html|js|css|svg))$/;

const dashboardDir = () => process.env.MINZHENG_DASHBOARD_DIR ?? fileURLToPath(new URL('../../dashboard/', import.meta.url));

function echartsPath(): string {
  if (process.env.MINZHENG_DASHBOARD_DIR) return join(process.env.MINZHENG_DASHBOARD_DIR, 'vendor', 'echarts.min.js');
  return createRequire(import.meta.url).resolve('echarts/dist/echarts.min.js');
}

const cache = new Map<string, string | null>();

function readOnce(path: string): string | null {
  if (!cache.has(path)) {
    try {
      cache.set(path, readFileSync(path, 'utf8'));
    } catch {
      cache.set(path, null);
    }
  }
  return cache.get(path)!;
}

/** The asset a GET path names, or undefined when the path is not the dashboard's. */
export function dashboardAsset(path: string): AssetResponse | undefined {
  let file: string | undefined;
  let type: string | undefined;
  if (path === '/' || path === '/dashboard' || path === '/dashboard/') {
    file = join(dashboardDir(), 'index.html');
    type = contentTypes.html;
  } else if (path === '/dashboard/vendor/echarts.min.js') {
    file = echartsPath();
    type = contentTypes.js;
  } else {
    const match = assetName.exec(path);
    if (!match) return undefined;
    file = join(dashboardDir(), match[1]);
    type = contentTypes[match[2]];
  }
  const body = readOnce(file);
  if (body === null) {
    return { statusCode: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'not found', isBase64Encoded: false };
  }
  return {
    statusCode: 200,
    // Short: a redeploy should reach analysts within minutes, and the files are small but for ECharts.
    headers: { 'content-type': type, 'cache-control': 'public, max-age=300', 'x-content-type-options': 'nosniff' },
    body,
    isBase64Encoded: false,
  };
}
