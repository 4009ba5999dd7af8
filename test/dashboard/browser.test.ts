// The dashboard in a real browser: playwright-core driving Debian's chromium headless against the
// local stack (query handler behind local/httpServer.ts, DynamoDB Local, s3rver bridged to ingest).
// Screenshots go to test/.artifacts/dashboard/. Skips when /usr/bin/chromium is absent
// (scripts/ensure-test-system-packages.sh installs it; CI runs that first).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startDashboardStack, type DashboardStack } from './dashboardStack.ts';
import { seedUnits } from './seedData.ts';
import { gulouReport, templateReport } from '../support/reportTexts.ts';

// Overridable only so the skip itself can be checked on a machine that has chromium.
const chromiumPath = process.env.MINZHENG_TEST_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);
if (!hasChromium) {
  console.warn(`dashboard browser tests skipped: ${chromiumPath} is missing (run scripts/ensure-test-system-packages.sh as root)`);
}

const artifacts = join(import.meta.dirname, '..', '.artifacts', 'dashboard');

let stack: DashboardStack;
let context: BrowserContext;
let page: Page;
let userDataDir: string;
const pageErrors: string[] = [];

async function open(hash: string) {
  await page.goto(`${stack.url}/${hash}`);
  await page.locator('main[data-ready="true"]').waitFor();
}

/** Saves a screenshot, after checking no missing value was printed as text. */
async function shot(name: string) {
  expect(await page.locator('main').innerText()).not.toMatch(/\b(null|undefined|NaN)\b|\[object /);
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
}

describe.skipIf(!hasChromium)('dashboard in chromium', () => {
  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    stack = await startDashboardStack('dash-browser');
    await stack.seed(seedUnits);
    await stack.rollup();
    userDataDir = mkdtempSync(join(tmpdir(), 'minzheng-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
  });

  afterAll(async () => {
    await context?.close();
    await stack?.stop();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('overview shows the provinces of a period side by side, with a chart and coverage', async () => {
    await open('#/overview?period=2021&metric=dibao_recipients');
    const rows = page.getByTestId('overview-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).innerText()).toMatch(/江苏省\s+20,000 人/);
    expect(await rows.nth(1).innerText()).toMatch(/安徽省\s+17,345 人[\s\S]*2 \/ 16/);
    expect(await page.locator('#chart canvas').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('export-csv').getAttribute('href')).toBe('/api/rollups?period=2021&metric=dibao_recipients&format=csv');
    await shot('overview');
    expect(pageErrors).toEqual([]);
  });

  it('drills down to a province and to one report, whose figures show their sentence highlighted', async () => {
    await open('#/overview?period=2021&metric=dibao_recipients');
    await page.locator('tr[data-province="340000"] a').click();
    await page.locator('main[data-ready="true"] section[data-unit="340100"]').waitFor();
    expect(await page.locator('section[data-unit]').count()).toBe(2);
    await shot('province');
    await page.locator('section[data-unit="340100"]').getByTestId('report-link').click();
    await page.getByTestId('facts').waitFor();
    const quote = page.locator('tr[data-metric="dibao_recipients"]').getByTestId('quote');
    expect(await quote.innerText()).toBe('全市城乡低保对象共计12,345人');
    expect(await quote.locator('.figure').innerText()).toBe('12,345');
    expect(await quote.evaluate((node) => (globalThis as unknown as { getComputedStyle(n: unknown): { backgroundColor: string } }).getComputedStyle(node).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await shot('report');
  });

  it('lists held-back uploads with their reasons', async () => {
    await stack.s3.send(
      new PutObjectCommand({ Bucket: stack.resources.bucket, Key: 'incoming/320106/2021/模板.txt', Body: templateReport() }),
    );
    await new Promise((r) => setTimeout(r, 50));
    await stack.bridge.drain();
    await open('#/held');
    const table = page.getByTestId('held-table');
    expect(await table.innerText()).toContain('模板.txt');
    expect(await table.innerText()).toContain('这份报告看起来是未填写的模板');
    await shot('held');
  });

  it('a bureau uploads a report and sees the figures read from it with their sentences', async () => {
    await open('#/upload');
    await page.getByTestId('unit').fill('320106');
    await page.getByTestId('period').fill('2021');
    await page.getByTestId('file').setInputFiles({
      name: '鼓楼区2021年工作总结.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(gulouReport({ period: '2021年', dibao: 4321 }), 'utf8'),
    });
    await shot('upload-chosen');
    const started = Date.now();
    await page.getByTestId('submit').click();
    await page.getByTestId('upload-result').waitFor({ timeout: 20_000 });
    const seconds = (Date.now() - started) / 1000;
    expect(seconds).toBeLessThan(10);
    expect(await page.getByTestId('upload-result').innerText()).toContain('已入库');
    const facts = page.getByTestId('facts');
    expect(await facts.innerText()).toContain('4,321 人');
    expect(await facts.locator('[data-testid="quote"]').first().innerText()).toContain('4321');
    await shot('upload-result');
    expect(pageErrors).toEqual([]);
  });

  it('an analyst rejects a low-confidence figure and the next rollup leaves it out', async () => {
    await open('#/review?period=2021');
    await page.getByTestId('reviewer').fill('王分析员');
    const row = page.locator('tr[data-report="r-wuhu"][data-metric="dibao_recipients"]');
    expect(await row.getByTestId('quote').innerText()).toBe('年末保障对象约5000人');
    await shot('review-before');
    await row.getByRole('button', { name: '驳回' }).click();
    await expect.poll(() => row.locator('[data-cell=decision]').innerText()).toContain('已驳回（王分析员');
    await shot('review-after');

    await stack.rollup();
    await open('#/overview?period=2021&metric=dibao_recipients');
    expect(await page.locator('tr[data-province="340000"]').innerText()).toMatch(/安徽省\s+12,345 人/);
    await shot('overview-after-review');
    expect(pageErrors).toEqual([]);
  });
});
