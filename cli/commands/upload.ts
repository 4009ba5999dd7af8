// `minzheng upload FILE... --unit CODE --period KEY`: what a bureau does, from the command line.
// Puts each file to incoming/{adcode}/{periodKey}/{filename} on the local stack or a deployed
// one, then waits for ingest's record and says what became of it, with the reasons when held.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { s3Client } from '#shared/aws/clients.ts';
import type { ReportRecord } from '#shared/domain/records.ts';
import { periodKeyPattern } from '#shared/ingest/uploadKey.ts';
import { bucketLayout } from '#shared/store/tables.ts';
import { progressLine } from '#shared/cli/progress.ts';
import { resolveTarget, targetOptions, useTarget } from '#shared/cli/target.ts';
import { resolveUnit } from '#shared/cli/units.ts';
import { describeOutcome, reportIdsForKey, waitForRecord } from '#shared/cli/uploadOutcome.ts';

/** S3 allows 1024 bytes of UTF-8 in a key. */
const maxKeyBytes = 1024;

/**
 * The file's own name, as the dashboard and the clerk know it: Chinese kept (the SDK escapes it on
 * the wire), Unicode composed one way, and nothing that would add a path segment or break a listing.
 */
export function uploadFileName(path: string): string {
  const name = basename(path)
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f\\/]/g, '_')
    .trim();
  if (!name || name === '.' || name === '..') throw new Error(`"${path}" has no usable file name`);
  return name;
}

export function uploadObjectKey(adcode: string, periodKey: string, fileName: string): string {
  const key = `${bucketLayout.incomingPrefix}${adcode}/${periodKey}/${fileName}`;
  if (Buffer.byteLength(key, 'utf8') > maxKeyBytes) throw new Error(`the file name "${fileName}" is too long for an S3 key; shorten it`);
  return key;
}

interface UploadFlags {
  unit: string;
  period: string;
  wait: boolean;
  timeout: string;
  json?: boolean;
  aws?: boolean;
  profile?: string;
}

export function registerUpload(program: Command): void {
  targetOptions(
    program
      .command('upload')
      .description('Upload work reports for one unit and period, and show what became of each (stored with its facts, or held back with reasons).')
      .argument('<files...>', 'report files (.txt, .docx, .pdf)')
      .requiredOption('--unit <code>', 'the reporting unit: a 6-digit adcode (or its name, e.g. 海门区)')
      .requiredOption('--period <key>', 'the period: 2021, 2021-H1, 2021-Q3 or 2021-11')
      .option('--no-wait', 'do not wait for ingestion')
      .option('--timeout <seconds>', 'how long to wait for each upload to be ingested', '60')
      .option('--json', 'print the upload records as JSON'),
  ).action(async (files: string[], flags: UploadFlags) => {
    const unit = resolveUnit(flags.unit);
    if (!periodKeyPattern.test(flags.period)) {
      throw new Error(`--period "${flags.period}" must be 2021, 2021-H1, 2021-Q3 or 2021-11 (a year, half, quarter or month)`);
    }
    const timeoutMs = Number(flags.timeout) * 1000;
    if (!(timeoutMs > 0)) throw new Error(`--timeout must be a number of seconds, not ${flags.timeout}`);
    const uploads = files.map((file) => {
      const key = uploadObjectKey(unit.adcode, flags.period, uploadFileName(file));
      return { file, key, bytes: readFileSync(file) };
    });

    const target = await resolveTarget(flags, flags.wait ? ['bucket', 'reports', 'rollups'] : ['bucket']);
    useTarget(target);
    const bucket = target.env[bucketLayout.envVar];
    const s3 = s3Client();
    const store = flags.wait ? (await import('../../functions/query/handler.ts')).defaultQueryDeps().store : undefined;
    const progress = progressLine();
    console.error(`uploading to ${target.description}: ${unit.name} (${unit.adcode}), period ${flags.period}`);

    const records: (ReportRecord | null)[] = [];
    let unsettled = 0;
    for (const [i, upload] of uploads.entries()) {
      const label = `[${i + 1}/${uploads.length}] ${upload.file}`;
      progress.update(`${label}: uploading`);
      const before = store ? await reportIdsForKey(store, unit.adcode, upload.key) : new Set<string>();
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: upload.key, Body: upload.bytes }));
      if (!store) {
        progress.done(`${label}: uploaded to s3://${bucket}/${upload.key}`);
        continue;
      }
      progress.update(`${label}: uploaded, waiting for ingestion`);
      const record = await waitForRecord(store, { adcode: unit.adcode, key: upload.key, before }, { timeoutMs });
      records.push(record ?? null);
      if (!record) {
        unsettled += 1;
        progress.done(`${label}: uploaded; not ingested within ${flags.timeout} s (see \`minzheng status --unit ${unit.adcode}\`)`);
        continue;
      }
      if (record.state === 'held' || record.state === 'dead-lettered') unsettled += 1;
      const [first, ...reasons] = describeOutcome(record);
      progress.done([`${label}: ${first}`, ...reasons].join('\n'));
    }
    if (flags.json) console.log(JSON.stringify(records, null, 2));
    s3.destroy();
    // Scripts can tell "all stored" from "something needs the clerk's attention".
    if (unsettled) process.exitCode = 2;
  });
}
