// What a first `npm start` uploads so the dashboard shows something real: simulated bureau reports
// for one year over units all over the country (a few blank templates among them), plus the
// real reports under ../shared/corpus/seeds when that folder is there.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DivisionResolver } from '#shared/divisions/types.ts';
import { extractReport } from '#shared/extract/extractReport.ts';
import { simulateCorpus, type UnitSource } from '#shared/simulate/corpus.ts';
import { bucketLayout } from '#shared/store/tables.ts';

export interface SampleUpload {
  key: string;
  bytes: Uint8Array;
  /** Where it came from, for messages. */
  source: 'simulated' | 'corpus';
}

export interface SkippedSeed {
  file: string;
  reason: string;
}

export const uploadKey = (adcode: string, periodKey: string, fileName: string) =>
  `${bucketLayout.incomingPrefix}${adcode}/${periodKey}/${fileName}`;

/** Any item at all means this store has been used: seeding is for a first start only. */
export async function storeIsEmpty(client: DynamoDBDocumentClient, reportsTableName: string): Promise<boolean> {
  const out = await client.send(new ScanCommand({ TableName: reportsTableName, Limit: 1 }));
  return (out.Items ?? []).length === 0;
}

export interface SimulatedSampleOptions {
  count: number;
  periodKey: string;
  seed?: string;
  /** Blank templates added, so the dashboard shows held uploads with their reasons (default count/20, at least 1). */
  templates?: number;
}

/** Simulated reports, named as a bureau would name the file (in Chinese, as the bureaus do). */
export function simulatedSample(options: SimulatedSampleOptions, units: UnitSource): SampleUpload[] {
  const seed = options.seed ?? 'npm-start';
  const templates = options.templates ?? Math.max(1, Math.round(options.count / 20));
  const reports = simulateCorpus({ seed, count: options.count, periodKey: options.periodKey, templateShare: 0 }, units);
  const blanks = simulateCorpus({ seed: `${seed}-templates`, count: templates, periodKey: options.periodKey, templateShare: 1 }, units);
  const uploads: SampleUpload[] = [];
  const year = options.periodKey.slice(0, 4);
  for (const { file, report } of [...reports, ...blanks]) {
    const adcode = /_(\d{6})_/.exec(file)?.[1];
    const unit = adcode ? units.get(adcode) : undefined;
    if (!unit) continue;
    uploads.push({ key: uploadKey(unit.adcode, options.periodKey, `${unit.name}民政局${year}年工作总结.txt`), bytes: report.bytes, source: 'simulated' });
  }
  return uploads;
}

/**
 * The corpus's real reports, each filed under the unit and period its own text names. A report
 * whose unit or period cannot be read from it (a blank template) is skipped: no key would be honest.
 */
export async function corpusSample(
  directory: string,
  resolver?: DivisionResolver,
): Promise<{ uploads: SampleUpload[]; skipped: SkippedSeed[] }> {
  const uploads: SampleUpload[] = [];
  const skipped: SkippedSeed[] = [];
  if (!existsSync(directory)) return { uploads, skipped };
  for (const file of readdirSync(directory).sort()) {
    const bytes = readFileSync(join(directory, file));
    const result = await extractReport({ bytes, fileName: file, ...(resolver ? { resolver } : {}) });
    if (!result.unit.adcode || !result.period.key) {
      const missing = !result.unit.adcode ? 'its reporting unit' : 'its period';
      skipped.push({ file, reason: `${missing} cannot be read from the text (extraction status ${result.status})` });
      continue;
    }
    uploads.push({ key: uploadKey(result.unit.adcode, result.period.key, file), bytes, source: 'corpus' });
  }
  return { uploads, skipped };
}

/** Puts the uploads a few at a time, as bureaus would; the bucket's notifications do the rest. */
export async function putUploads(
  s3: S3Client,
  bucket: string,
  uploads: SampleUpload[],
  onProgress: (done: number, total: number) => void = () => {},
  concurrency = 4,
): Promise<void> {
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < uploads.length) {
      const upload = uploads[next++];
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: upload.key, Body: upload.bytes }));
      onProgress(++done, uploads.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, uploads.length) }, worker));
}

/** How many upload records there are in each state (a full scan: for a small local store only). */
export async function countUploadsByState(client: DynamoDBDocumentClient, reportsTableName: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await client.send(
      new ScanCommand({
        TableName: reportsTableName,
        FilterExpression: 'sk = :record',
        ProjectionExpression: '#state',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':record': 'REPORT' },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of out.Items ?? []) counts[String(item.state)] = (counts[String(item.state)] ?? 0) + 1;
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return counts;
}
