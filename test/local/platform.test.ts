// `npm start` end to end: the real local stack (DynamoDB Local, s3rver, the ingest bridge, the
// rollup timer and the query handler behind the local HTTP server), started once for this file
// in a temp folder, driven only through S3 puts, HTTP calls and the `minzheng` CLI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { s3Client } from '#shared/aws/clients.ts';
import type { ReportRecord } from '#shared/domain/records.ts';
import { readEndpoints } from '#shared/cli/endpointsFile.ts';
import { defaultCorpusSeeds, startPlatform, type RunningPlatform, type SeedSummary } from '../../cli/commands/start.ts';
import { gulouReport, templateReport } from '../support/reportTexts.ts';

const run = promisify(execFile);
const samplePeriod = '2024';
const testPeriod = '2018';

let dataDir: string;
let platform: RunningPlatform;
let s3: S3Client;
let seeded: SeedSummary | undefined;
let startSeconds: number;
let rollupsServedSeconds: number;
const logs: string[] = [];

async function api<T = any>(path: string): Promise<{ status: number; body: T }> {
  const response = await fetch(`${platform.url}${path}`);
  const text = await response.text();
  return { status: response.status, body: (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text };
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const put = (key: string, body: string | Uint8Array) =>
  s3.send(new PutObjectCommand({ Bucket: platform.endpoints.bucket, Key: key, Body: body }));

const reportsOf = async (adcode: string) => (await api<{ items: ReportRecord[] }>(`/api/units/${adcode}/reports`)).body.items ?? [];

/** The CLI as a user runs it: it must find the stack through endpoints.json, not this process's environment. */
function cli(args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, MINZHENG_DATA_DIR: dataDir };
  for (const name of Object.keys(env)) {
    if (/^AWS_ENDPOINT_URL|^(REPORTS_TABLE|ROLLUPS_TABLE|UPLOAD_BUCKET)$/.test(name)) delete env[name];
  }
  return run(process.execPath, ['bin/minzheng.mjs', ...args], { env, timeout: 90_000 }).then(
    (out) => ({ code: 0, ...out }),
    (err: { code: number; stdout: string; stderr: string }) => ({ code: err.code, stdout: err.stdout, stderr: err.stderr }),
  );
}

beforeAll(async () => {
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  dataDir = mkdtempSync(join(tmpdir(), 'minzheng-start-'));
  const started = Date.now();
  platform = await startPlatform({
    dataDir,
    port: 0,
    seed: true,
    rollupEverySeconds: 1,
    // A smaller sample than npm start's 60 keeps this file quick; the path is the same.
    sampleCount: 8,
    samplePeriod,
    log: (line) => logs.push(line),
    progress: { update: () => {}, done: (line) => line && logs.push(line) },
  });
  startSeconds = (Date.now() - started) / 1000;
  s3 = s3Client({ endpoint: platform.endpoints.s3Endpoint });
  seeded = await platform.seeding;
  await until('rollups of the sample', async () => {
    const { body } = await api(`/api/rollups?period=${samplePeriod}`);
    return body.items?.length ? true : undefined;
  });
  rollupsServedSeconds = (Date.now() - started) / 1000;
  console.info(`local platform: up in ${startSeconds.toFixed(1)} s, sample rollups served after ${rollupsServedSeconds.toFixed(1)} s`);
}, 150_000);

afterAll(async () => {
  await platform?.stop();
  s3?.destroy();
  if (dataDir) {
    expect(existsSync(join(dataDir, 'endpoints.json'))).toBe(false);
    rmSync(dataDir, { recursive: true, force: true });
  }
});

describe('npm start', () => {
  it('writes endpoints.json with the running servers, the bucket, the tables and the API URL', () => {
    const endpoints = readEndpoints(dataDir)!;
    expect(endpoints).toMatchObject({ apiUrl: platform.url, bucket: platform.endpoints.bucket, pid: process.pid });
    expect(endpoints.dynamoEndpoint).toMatch(/^http:\/\/127\.0\.0\.1:/);
    expect(endpoints.tables).toEqual({ Reports: expect.any(String), Rollups: expect.any(String) });
  });

  it('seeds an empty store with sample reports, templates held back, and serves their rollups', async () => {
    expect(seeded).toBeDefined();
    expect(seeded!.periodKey).toBe(samplePeriod);
    expect(seeded!.states.stored).toBeGreaterThanOrEqual(6);
    expect(seeded!.states.held).toBeGreaterThanOrEqual(1);
    const corpusPresent = existsSync(defaultCorpusSeeds);
    // The corpus seeds (when ../shared is there) are filed under the unit their text names; the blank template is skipped.
    expect(seeded!.uploaded).toBe(8 + 1 + (corpusPresent ? 4 : 0));
    if (corpusPresent) expect(seeded!.skipped.map((s) => s.file)).toEqual(['004_b1a80a29c0cccbf1.txt']);
    const held = await api(`/api/uploads?status=held`);
    expect(held.body.items[0].issues[0]).toMatchObject({ code: 'placeholder-values', message: expect.stringContaining('模板') });
    const { body } = await api(`/api/rollups?period=${samplePeriod}`);
    expect(body.items.length).toBeGreaterThan(0);
    expect(rollupsServedSeconds).toBeLessThan(120);
  });

  it('turns an uploaded report into facts served by the API', async () => {
    await put(`incoming/320106/${testPeriod}/鼓楼区 ${testPeriod}年 工作总结.txt`, gulouReport({ period: `${testPeriod}年`, dibao: 42 }));
    const facts = await until('facts of 320106', async () => {
      const r = await api(`/api/units/320106/facts?period=${testPeriod}`);
      return r.status === 200 ? r.body : undefined;
    });
    expect(facts.items[0].facts.find((f: { metric: string }) => f.metric === 'dibao_recipients_urban').value).toBe(42);
  });

  it('holds a template back with its reason', async () => {
    const key = `incoming/320106/${testPeriod}/模板.txt`;
    await put(key, templateReport());
    const held = await until('the held template', async () => (await reportsOf('320106')).find((r) => r.key === key));
    expect(held.state).toBe('held');
    expect(held.status).toBe('template');
    expect(held.issues[0].message.length).toBeGreaterThan(10);
    const listed = await api(`/api/uploads?status=held&unit=320106`);
    expect(listed.body.items.map((r: ReportRecord) => r.key)).toContain(key);
  });

  it('records the same bytes uploaded twice as one stored report and one duplicate', async () => {
    const key = `incoming/320102/${testPeriod}/玄武区年度总结.txt`;
    const bytes = gulouReport({ unit: '南京市玄武区', period: `${testPeriod}年`, dibao: 300 });
    await put(key, bytes);
    await until('the first upload', async () => ((await reportsOf('320102')).length === 1 ? true : undefined));
    await put(key, bytes);
    const records = await until('both uploads', async () => {
      const all = await reportsOf('320102');
      return all.length === 2 ? all : undefined;
    });
    expect(records.map((r) => r.state).sort()).toEqual(['duplicate', 'stored']);
  });

  it('lets a corrected version supersede the first', async () => {
    const report = (dibao: number) => gulouReport({ unit: '南京市秦淮区', period: `${testPeriod}年`, dibao });
    await put(`incoming/320104/${testPeriod}/秦淮区总结.txt`, report(100));
    await until('the first version', async () => ((await reportsOf('320104')).length === 1 ? true : undefined));
    await put(`incoming/320104/${testPeriod}/秦淮区总结(更正).txt`, report(120));
    const records = await until('the correction', async () => {
      const all = await reportsOf('320104');
      return all.length === 2 && all.some((r) => r.state === 'superseded') ? all : undefined;
    });
    const first = records.find((r) => r.key.endsWith('秦淮区总结.txt'))!;
    const second = records.find((r) => r.key.endsWith('(更正).txt'))!;
    expect([first.state, second.state]).toEqual(['superseded', 'stored']);
    const facts = await api(`/api/units/320104/facts?period=${testPeriod}`);
    expect(facts.body.items[0].reportId).toBe(second.reportId);
    expect(facts.body.items[0].facts.find((f: { metric: string }) => f.metric === 'dibao_recipients_urban').value).toBe(120);
  });

  it('reflects the uploads in the rollup the timer computes', async () => {
    // 鼓楼区 42 + 玄武区 300 + 秦淮区 120 (the correction, not the first version).
    const rollup = await until('the Jiangsu rollup', async () => {
      const { body } = await api(`/api/provinces/320000/rollups?period=${testPeriod}`);
      const row = body.items?.find((r: { metric: string }) => r.metric === 'dibao_recipients_urban');
      return row?.value === 462 ? row : undefined;
    });
    expect(rollup).toMatchObject({ provinceCode: '320000', periodKey: testPeriod, value: 462 });
  });
});

describe('minzheng start as a process', () => {
  it('prints the URL, refuses a second start on the same data, and stops cleanly on SIGTERM', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'minzheng-proc-'));
    const env: NodeJS.ProcessEnv = { ...process.env, MINZHENG_DATA_DIR: folder };
    const child = spawn(process.execPath, ['bin/minzheng.mjs', 'start', '--port', '0', '--no-seed'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const url = await until('the printed URL', async () => /dashboard and API\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(stdout)?.[1], 90_000);
      expect((await fetch(`${url}/api/catalogue`)).status).toBe(200);
      expect(readEndpoints(folder)?.apiUrl).toBe(url);

      const second = await run(process.execPath, ['bin/minzheng.mjs', 'start', '--port', '0'], { env }).catch((err) => err);
      expect(second.code).toBe(1);
      expect(second.stderr).toContain('already runs');

      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(stdout).toContain('stopped; data kept');
      expect(existsSync(join(folder, 'endpoints.json'))).toBe(false);
      expect(existsSync(join(folder, 'dynamodb'))).toBe(true);
    } finally {
      child.kill('SIGKILL');
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('the CLI against the running local stack', () => {
  it('uploads a file with a Chinese name, waits, and says it was stored; status lists it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'minzheng-cli-'));
    const file = join(folder, '鼓楼区 2017年 工作总结.txt');
    writeFileSync(file, gulouReport({ period: '2017年', dibao: 77 }));
    const template = join(folder, '模板 2017.txt');
    writeFileSync(template, templateReport());
    try {
      const upload = await cli(['upload', file, template, '--unit', '320106', '--period', '2017']);
      expect(upload.stderr).toContain('local stack');
      expect(upload.stderr).toMatch(/鼓楼区 2017年 工作总结\.txt: stored: 鼓楼区\(320106\) 2017, \d+ facts/);
      expect(upload.stderr).toMatch(/模板 2017\.txt: held back \(template\)/);
      expect(upload.stderr).toContain('placeholder-values');
      expect(upload.code).toBe(2);

      const status = await cli(['status', '--unit', '320106', '--json']);
      expect(status.code).toBe(0);
      const records = JSON.parse(status.stdout) as ReportRecord[];
      const byKey = new Map(records.map((r) => [r.key, r]));
      expect(byKey.get('incoming/320106/2017/鼓楼区 2017年 工作总结.txt')?.state).toBe('stored');
      expect(byKey.get('incoming/320106/2017/模板 2017.txt')?.state).toBe('held');
      // Newest first.
      const times = records.map((r) => r.receivedAt);
      expect(times).toEqual([...times].sort().reverse());
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);

  it('gives the same rollups as the API', async () => {
    // The API pages its JSON; read every page as a client would.
    const viaApi: Record<string, unknown>[] = [];
    let next: string | undefined;
    do {
      const { body } = await api(`/api/rollups?period=${samplePeriod}&limit=50${next ? `&next=${next}` : ''}`);
      viaApi.push(...body.items);
      next = body.next;
    } while (next);
    const [viaCli, csv] = await Promise.all([
      cli(['query', 'rollups', '--period', samplePeriod, '--format', 'json']),
      cli(['query', 'rollups', '--period', samplePeriod, '--format', 'csv']),
    ]);
    expect(viaCli.code).toBe(0);
    const figures = (items: Record<string, unknown>[]) =>
      items.map(({ provinceCode, metric, value, median, unitCount }) => ({ provinceCode, metric, value, median, unitCount }));
    expect(figures(JSON.parse(viaCli.stdout).items)).toEqual(figures(viaApi));
    const rows = csv.stdout.replace(/^\uFEFF/, '').trim().split(/\r\n/);
    expect(rows.length - 1).toBe(viaApi.length);
  }, 120_000);

  it('refuses clearly when no stack is running and no AWS target is configured', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, MINZHENG_DATA_DIR: join(dataDir, 'nowhere') };
    for (const name of Object.keys(env)) if (/^AWS_ENDPOINT_URL|^(REPORTS_TABLE|ROLLUPS_TABLE|UPLOAD_BUCKET)$/.test(name)) delete env[name];
    const out = await run(process.execPath, ['bin/minzheng.mjs', 'status'], { env }).catch((err) => err);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('no local stack is running');
    expect(out.stderr).toContain('npm start');
  }, 60_000);
});
