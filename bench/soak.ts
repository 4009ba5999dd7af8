// The soak: simulated reports uploaded through a fresh local stack (PutObject to s3rver → its
// notification → the ingest bridge → the real ingest handler → DynamoDB Local), then every upload
// accounted for (stored + held + superseded + duplicate + dead-lettered = uploaded) and the stored
// facts compared with the simulator's truth. The baseline, measured on the same DynamoDB Local in
// the same run, is its raw BatchWriteItem rate: what the machine can write at all.
//
//   npm run soak [-- --count 3000 --concurrency 8]      (also `npm run bench soak`)
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BatchWriteItemCommand } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient, dynamoDocumentClient, s3Client } from '#shared/aws/clients.ts';
import { divisions } from '#shared/divisions/divisions.ts';
import { simulateCorpus } from '#shared/simulate/corpus.ts';
import type { Truth } from '#shared/simulate/report.ts';
import { createTable } from '../local/resources.ts';
import { bridgeUploadsToIngest } from '../local/ingestBridge.ts';
import { startLocalStack } from '../local/stack.ts';
import type { BenchSection } from './section.ts';

export interface SoakOptions {
  count: number;
  /** Messages the bridge hands to the handler at once (Lambda invocations in parallel). */
  concurrency: number;
  seed: string;
}

export interface SoakResult {
  uploaded: number;
  byState: Record<string, number>;
  /** Held uploads by their first issue's code. */
  heldReasons: Record<string, number>;
  /** Uploads with no record at the end: must be zero. */
  lost: number;
  /** Bad uploads planted on purpose, and how many of them ended held. */
  planted: { bad: number; heldBack: number };
  facts: { truth: number; matched: number; stored: number; unexpected: number; exactReports: number; comparedReports: number };
  seconds: number;
  reportsPerSecond: number;
  rawBatchWriteItemsPerSecond: number;
}

interface Upload {
  key: string;
  body: Uint8Array;
  truth?: Truth;
  bad?: string;
}

/** Every 97th upload is bad in one of these ways; each must end held back, none lost. */
function plantedBad(i: number, adcode: string, periodKey: string): Upload {
  const kinds = [
    () => ({ key: `incoming/${adcode}/${periodKey}/空文件-${i}.txt`, body: new Uint8Array(), bad: 'empty' }),
    () => ({ key: `incoming/${adcode}/${periodKey}/乱码-${i}.txt`, body: Uint8Array.from({ length: 3000 }, (_, k) => (k * 131 + i * 7) % 256), bad: 'garbage' }),
    () => ({ key: `incoming/${adcode}/${periodKey}/扫描-${i}.txt`, body: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), bad: 'png' }),
    () => ({ key: `incoming/990199/${periodKey}/报告-${i}.txt`, body: new TextEncoder().encode('某某县民政局工作总结\n全县城市低保对象123人。'), bad: 'unknown-unit' }),
    () => ({ key: `incoming/${adcode}/第${i}期/报告.txt`, body: new TextEncoder().encode('路径里的报告期不对'), bad: 'bad-key' }),
  ];
  return kinds[Math.floor(i / 97) % kinds.length]();
}

function* uploads(options: SoakOptions): Generator<Upload> {
  let i = 0;
  for (const entry of simulateCorpus({ seed: options.seed, count: options.count }, divisions())) {
    const { period } = entry.report.truth;
    // The unit the report was written for; a template's truth names no unit, its file name does.
    const adcode = entry.file.split('_')[1];
    if (i % 97 === 96) yield plantedBad(i, adcode, period.key);
    else yield { key: `incoming/${adcode}/${period.key}/${entry.file}`, body: entry.report.bytes, truth: entry.report.truth };
    i++;
  }
}

async function scanAll(client: ReturnType<typeof dynamoDocumentClient>, tableName: string): Promise<Record<string, any>[]> {
  const items: Record<string, any>[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey }));
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}

/** Raw BatchWriteItem throughput on the same server: items of a facts item's size, 25 a request. */
async function rawBatchWriteRate(endpoint: string, items: number, concurrency: number): Promise<number> {
  const admin = dynamoClient({ endpoint });
  const tableName = `soak-raw-${Date.now()}`;
  await createTable(admin, { id: 'Reports', envVar: 'X', partitionKey: 'pk', sortKey: 'sk', indexes: [] }, tableName);
  const payload = '低保对象'.repeat(300);
  const batches: number[] = [];
  for (let start = 0; start < items; start += 25) batches.push(start);
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < batches.length) {
        const start = batches[next++];
        let requests = Array.from({ length: Math.min(25, items - start) }, (_, k) => ({
          PutRequest: { Item: { pk: { S: `RAW#${start + k}` }, sk: { S: 'RAW' }, payload: { S: payload } } },
        }));
        while (requests.length) {
          const out = await admin.send(new BatchWriteItemCommand({ RequestItems: { [tableName]: requests } }));
          requests = (out.UnprocessedItems?.[tableName] ?? []) as typeof requests;
        }
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  admin.destroy();
  return items / seconds;
}

const factKey = (f: { metric: string; value: number }) => `${f.metric}=${f.value}`;

export async function soak(options: SoakOptions, log: (line: string) => void = () => {}): Promise<SoakResult> {
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
  process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
  const { createIngestHandler } = await import('../functions/ingest/handler.ts');
  const { ingestDependencies } = await import('#shared/ingest/dependencies.ts');
  const s3Directory = mkdtempSync(join(tmpdir(), 'minzheng-soak-'));
  const stack = await startLocalStack({ s3Directory, tablePrefix: 'soak-', bucket: 'minzheng-soak' });
  try {
    const handler = createIngestHandler(() => ingestDependencies({ ...process.env, ...stack.env }));
    const bridge = bridgeUploadsToIngest(stack.s3Server, handler, {
      bucket: stack.bucket,
      concurrency: options.concurrency,
      deadLetterFile: join(s3Directory, 'dead-letters.jsonl'),
      onError: (err) => log(`bridge error: ${String(err)}`),
    });
    const s3 = s3Client({ endpoint: stack.s3Endpoint });
    const all = [...uploads(options)];
    log(`soak: uploading ${all.length} reports (${all.filter((u) => u.bad).length} planted bad ones), bridge concurrency ${options.concurrency}`);

    const t0 = performance.now();
    let next = 0;
    let put = 0;
    const progress = setInterval(() => {
      const { succeeded, deadLettered } = bridge.stats();
      log(`soak: ${put} uploaded, ${succeeded + deadLettered} processed`);
    }, 15_000);
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < all.length) {
          const u = all[next++];
          await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: u.key, Body: u.body }));
          put++;
        }
      }),
    );
    // Every put's notification is queued by now; wait for the queue to empty.
    await new Promise((r) => setTimeout(r, 200));
    await bridge.drain();
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(progress);
    bridge.stop();

    const document = dynamoDocumentClient({ endpoint: stack.dynamoEndpoint });
    const items = await scanAll(document, stack.tableNames.Reports);
    const records = new Map(items.filter((i) => i.sk === 'REPORT').map((i) => [i.key as string, i]));
    const factsByUnitPeriod = new Map(items.filter((i) => String(i.pk).startsWith('UNIT#')).map((i) => [`${i.adcode}|${i.periodKey}`, i]));
    const byState: Record<string, number> = {};
    const heldReasons: Record<string, number> = {};
    let lost = 0;
    let heldBack = 0;
    const facts = { truth: 0, matched: 0, stored: 0, unexpected: 0, exactReports: 0, comparedReports: 0 };
    for (const u of all) {
      const record = records.get(u.key);
      if (!record) {
        lost++;
        continue;
      }
      byState[record.state] = (byState[record.state] ?? 0) + 1;
      if (record.state === 'held') {
        const reason = record.issues?.[0]?.code ?? record.status;
        heldReasons[reason] = (heldReasons[reason] ?? 0) + 1;
      }
      if (u.bad && record.state === 'held') heldBack++;
      if (!u.truth || record.state !== 'stored' || u.truth.status !== 'ok') continue;
      const current = factsByUnitPeriod.get(`${record.keyUnitCode}|${record.keyPeriodKey}`);
      if (!current || current.reportId !== record.reportId) continue;
      // Multiset comparison of (metric, value); figures the truth tolerates are neither required nor wrong.
      const expected = new Map<string, number>();
      for (const f of u.truth.facts) expected.set(factKey(f), (expected.get(factKey(f)) ?? 0) + 1);
      const tolerated = new Set(u.truth.tolerate.map(factKey));
      let matched = 0;
      let unexpected = 0;
      for (const f of current!.facts as Array<{ metric: string; value: number }>) {
        const k = factKey(f);
        const left = expected.get(k) ?? 0;
        if (left > 0) {
          expected.set(k, left - 1);
          matched++;
        } else if (!tolerated.has(k)) unexpected++;
      }
      facts.truth += u.truth.facts.length;
      facts.matched += matched;
      facts.stored += current!.facts.length;
      facts.unexpected += unexpected;
      facts.comparedReports++;
      if (matched === u.truth.facts.length && unexpected === 0) facts.exactReports++;
    }
    const uploaded = all.length;
    log(`soak: measuring DynamoDB Local's raw BatchWriteItem rate`);
    const raw = await rawBatchWriteRate(stack.dynamoEndpoint, Math.max(2000, uploaded * 2), options.concurrency);
    document.destroy();
    s3.destroy();
    return {
      uploaded,
      byState,
      heldReasons,
      lost,
      planted: { bad: all.filter((u) => u.bad).length, heldBack },
      facts,
      seconds,
      reportsPerSecond: uploaded / seconds,
      rawBatchWriteItemsPerSecond: raw,
    };
  } finally {
    await stack.stop();
    rmSync(s3Directory, { recursive: true, force: true });
  }
}

const pct = (a: number, b: number) => (b ? (100 * a) / b : 100);

export function soakVerdict(r: SoakResult): string[] {
  const problems: string[] = [];
  const accounted = Object.values(r.byState).reduce((a, b) => a + b, 0);
  if (r.lost > 0 || accounted !== r.uploaded) problems.push(`${r.lost} uploads have no record`);
  if (r.planted.heldBack !== r.planted.bad) problems.push(`${r.planted.bad - r.planted.heldBack} planted bad uploads were not held back`);
  if (pct(r.facts.matched, r.facts.truth) < 99) problems.push(`only ${pct(r.facts.matched, r.facts.truth).toFixed(2)}% of the true facts were stored`);
  if (pct(r.facts.stored - r.facts.unexpected, r.facts.stored) < 99) problems.push(`${r.facts.unexpected} stored facts are not in the truth`);
  return problems;
}

export function soakLines(r: SoakResult, options: SoakOptions): string[] {
  const s = (k: string) => r.byState[k] ?? 0;
  return [
    `${r.uploaded} simulated reports (mixed encodings, ~3% templates, ${r.planted.bad} planted bad uploads), seed ${options.seed}, bridge concurrency ${options.concurrency}, ${cpus().length} cores.`,
    '',
    '| Accounting | Uploads |',
    '| --- | ---: |',
    `| uploaded | ${r.uploaded} |`,
    `| stored | ${s('stored')} |`,
    `| held back: ${Object.entries(r.heldReasons).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')} | ${s('held')} |`,
    `| superseded by a newer upload for the same unit and period | ${s('superseded')} |`,
    `| duplicate | ${s('duplicate')} |`,
    `| dead-lettered | ${s('dead-lettered')} |`,
    `| **lost (no record)** | **${r.lost}** |`,
    '',
    '| Stored facts against the simulator’s truth | |',
    '| --- | ---: |',
    `| reports compared (stored and current) | ${r.facts.comparedReports} |`,
    `| true facts stored (recall) | ${r.facts.matched} / ${r.facts.truth} = ${pct(r.facts.matched, r.facts.truth).toFixed(2)}% |`,
    `| stored facts that are true or tolerated (precision) | ${r.facts.stored - r.facts.unexpected} / ${r.facts.stored} = ${pct(r.facts.stored - r.facts.unexpected, r.facts.stored).toFixed(2)}% |`,
    `| reports whose facts equal the truth exactly | ${r.facts.exactReports} / ${r.facts.comparedReports} = ${pct(r.facts.exactReports, r.facts.comparedReports).toFixed(2)}% |`,
    '',
    '| Throughput | per second | ratio to baseline |',
    '| --- | ---: | ---: |',
    `| DynamoDB Local raw BatchWriteItem (baseline, items) | ${r.rawBatchWriteItemsPerSecond.toFixed(0)} | 1 |`,
    `| end to end: put → notification → handler → stored (reports) | ${r.reportsPerSecond.toFixed(1)} | ${(r.reportsPerSecond / r.rawBatchWriteItemsPerSecond).toFixed(3)} |`,
    '',
    `Wall time for the uploads and their ingest: ${r.seconds.toFixed(1)} s.`,
  ];
}

function optionsFrom(argv: string[]): SoakOptions {
  const flag = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const count = Number(flag('count') ?? process.env.SOAK_COUNT ?? 3000);
  const concurrency = Number(flag('concurrency') ?? 8);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive whole number, not ${flag('count')}`);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error('--concurrency must be a positive whole number');
  return { count, concurrency, seed: flag('seed') ?? 'soak' };
}

export async function run(): Promise<BenchSection> {
  const options = optionsFrom([]);
  const result = await soak(options, (line) => process.stderr.write(`${line}\n`));
  const problems = soakVerdict(result);
  return {
    title: 'Soak: uploads through the local stack, every one accounted for',
    command: 'npm run soak',
    lines: [...soakLines(result, options), ...(problems.length ? ['', `**Failed:** ${problems.join('; ')}`] : [])],
  };
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  const options = optionsFrom(process.argv.slice(2));
  const result = await soak(options, (line) => process.stderr.write(`${line}\n`));
  process.stdout.write(`${soakLines(result, options).join('\n')}\n\n`);
  const problems = soakVerdict(result);
  const s = (k: string) => result.byState[k] ?? 0;
  process.stdout.write(
    `soak: ${result.uploaded} uploaded = ${s('stored')} stored + ${s('held')} held + ${s('superseded')} superseded + ${s('duplicate')} duplicate + ${s('dead-lettered')} dead-lettered, ${result.lost} lost; ` +
      `facts ${pct(result.facts.matched, result.facts.truth).toFixed(2)}% of truth; ${result.reportsPerSecond.toFixed(1)} reports/s vs ${result.rawBatchWriteItemsPerSecond.toFixed(0)} raw items/s; ${result.seconds.toFixed(0)} s` +
      `${problems.length ? ` — FAILED: ${problems.join('; ')}` : ' — ok'}\n`,
  );
  process.exitCode = problems.length ? 1 : 0;
}
