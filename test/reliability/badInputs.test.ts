// Every kind of bad upload a bureau can send, through the real ingest handler with real puts to
// the local S3: each ends held back with a reason a clerk can act on, the original untouched and
// a copy under held/. Nothing throws, so nothing retries into the dead-letter queue.
import { beforeAll, describe, expect, it } from 'vitest';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { ingestLimits } from '#shared/aws/clientConfig.ts';
import { createTestResources, type TestResources } from '../support/localStack.ts';
import { putUpload, sqsBatch } from '../support/s3Events.ts';
import { gulouReport, templateReport } from '../support/reportTexts.ts';
import { commandCounter, loadHandler, objectExists, recordsByKey } from './harness.ts';

let stack: TestResources;
let ingestWith: Awaited<ReturnType<typeof loadHandler>>;
let records: ReturnType<typeof recordsByKey>;

beforeAll(async () => {
  ingestWith = await loadHandler();
  stack = await createTestResources('bad-inputs');
  records = recordsByKey(stack);
});

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Deterministic noise with every byte value: no text decoder accepts it. */
function binaryGarbage(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = 0x2545f491;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

const pngRenamedTxt = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...binaryGarbage(400)]);

/**
 * Chinese text in UTF-8 with invalid sequences spliced in (a lone continuation byte, an
 * overlong form, 0xFF): not UTF-8; and 0xFF / a 0x80 lead byte are not GB18030 either.
 */
const neitherUtf8NorGb18030 = new Uint8Array([...utf8('南京市鼓楼区民政局'), 0x80, 0xc0, 0xaf, 0xff, 0xfe, ...utf8('低保对象1234人'), 0xff]);

interface BadInput {
  name: string;
  key: string;
  body: Uint8Array | string;
  state?: 'held';
  status: string;
  reason: string;
  /** Words the reason must contain: what went wrong and what to do. */
  says: string[];
}

const period = '2021';
const badInputs: BadInput[] = [
  { name: 'an empty file', key: 'incoming/320106/2021/空文件.txt', body: new Uint8Array(), status: 'rejected', reason: 'empty-file', says: ['为空', '重新上传'] },
  { name: 'binary garbage', key: 'incoming/320106/2021/乱码.txt', body: binaryGarbage(4096), status: 'unreadable', reason: 'unreadable', says: ['编码', 'UTF-8'] },
  { name: 'an image renamed .txt', key: 'incoming/320106/2021/扫描件.txt', body: pngRenamedTxt, status: 'unsupported-format', reason: 'unsupported-format', says: ['PNG'] },
  {
    name: 'bytes that are neither UTF-8 nor GB18030',
    key: 'incoming/320106/2021/编码错误.txt',
    body: neitherUtf8NorGb18030,
    status: 'unreadable',
    reason: 'unreadable',
    says: ['UTF-8', 'GB18030'],
  },
  {
    name: 'a unit code that does not exist',
    key: 'incoming/990199/2021/不存在.txt',
    body: gulouReport({ period: '2021年', dibao: 3 }),
    status: 'rejected',
    reason: 'unknown-unit',
    says: ['990199', '不是现行行政区划代码'],
  },
  {
    name: 'a unit code whose text names another unit',
    key: 'incoming/320106/2021/秦淮区的报告.txt',
    body: gulouReport({ unit: '南京市秦淮区', period: '2021年', dibao: 3 }),
    status: 'rejected',
    reason: 'unit-mismatch',
    says: ['秦淮区', '鼓楼区', '320106'],
  },
  { name: 'a template', key: 'incoming/320106/2021/模板.txt', body: templateReport(), status: 'template', reason: 'placeholder-values', says: ['模板', '占位符', '重新上传'] },
  {
    name: 'a report with no figures at all',
    key: 'incoming/320106/2021/无数字.txt',
    body: '南京市鼓楼区民政局2021年工作总结\n今年以来，我局认真贯彻落实上级部署，扎实推进各项民政工作，取得了良好成效。\n下一步，我们将继续努力。',
    status: 'rejected',
    reason: 'no-figures',
    says: ['没有找到', '指标'],
  },
  {
    name: 'a key with a .. segment',
    key: 'incoming/320106/../320102/2021/越级.txt',
    body: gulouReport({ period: '2021年', dibao: 3 }),
    status: 'rejected',
    reason: 'bad-key',
    says: ['..'],
  },
  {
    name: 'a percent-encoded slash that would move the adcode',
    key: 'incoming/320106%2F320102/2021/编码路径.txt',
    body: gulouReport({ period: '2021年', dibao: 3 }),
    status: 'rejected',
    reason: 'bad-key',
    says: ['320106%2F320102', '6位数字'],
  },
  {
    name: 'a key one folder too deep',
    key: 'incoming/320106/2021/子目录/报告.txt',
    body: gulouReport({ period: '2021年', dibao: 3 }),
    status: 'rejected',
    reason: 'bad-key',
    says: ['{6位行政区划代码}/{报告期}/{文件名}'],
  },
  {
    name: 'a key outside incoming/ (a misrouted notification)',
    key: 'uploads/320106/2021/报告.txt',
    body: gulouReport({ period: '2021年', dibao: 3 }),
    status: 'rejected',
    reason: 'bad-key',
    says: ['incoming/'],
  },
];

describe('bad inputs through the ingest handler', () => {
  it.each(badInputs)('holds back $name with a specific reason, keeps the original and copies it under held/', async (input) => {
    const ingest = ingestWith(stack.env);
    const put = await putUpload(stack.s3, stack.bucket, input.key, input.body);
    const response = await ingest(sqsBatch(put));
    expect(response.batchItemFailures).toEqual([]);

    const [record, ...others] = await records.of(stack.bucket, input.key);
    expect(others).toEqual([]);
    expect(record).toMatchObject({ state: 'held', status: input.status, factCount: 0 });
    const issue = record.issues.find((i: { code: string }) => i.code === input.reason);
    expect(issue, JSON.stringify(record.issues)).toBeDefined();
    // A reason is a sentence for a clerk, not a code: long enough to say what and what to do.
    expect(issue.message.length).toBeGreaterThan(12);
    for (const words of input.says) expect(issue.message).toContain(words);

    expect(await objectExists(stack.s3, stack.bucket, input.key)).toBe(true);
    expect(record.heldKey).toMatch(/^held\//);
    const copy = await stack.s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: record.heldKey }));
    const bytes = typeof input.body === 'string' ? utf8(input.body) : input.body;
    expect(Buffer.from(await copy.Body!.transformToByteArray()).equals(Buffer.from(bytes))).toBe(true);
    // Nothing became current for the key's unit and period.
    if (record.keyUnitCode) expect(await records.table.facts(record.keyUnitCode, period)).toBeUndefined();
  });

  it('refuses a real 50 MB upload before reading it: no GetObject at all, with or without the size in the event', async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x41);
    expect(big.byteLength).toBeGreaterThan(ingestLimits.maxObjectBytes);
    for (const sizeInEvent of [true, false]) {
      const key = `incoming/320106/2021/大文件-${sizeInEvent ? '有大小' : '无大小'}.txt`;
      const put = await putUpload(stack.s3, stack.bucket, key, big);
      if (!sizeInEvent) delete put.s3.object.size;
      const gets = commandCounter('GetObjectCommand');
      const response = await ingestWith(stack.env, { s3: { middleware: [gets.hook] } })(sqsBatch(put));
      expect(response.batchItemFailures).toEqual([]);
      expect(gets.seen.count).toBe(0);
      const [record] = await records.of(stack.bucket, key);
      expect(record).toMatchObject({ state: 'held', status: 'too-large', size: big.byteLength, contentHash: '' });
      expect(record.issues[0].code).toBe('too-large');
      expect(record.issues[0].message).toContain(String(big.byteLength));
      expect(record.issues[0].message).toContain(String(ingestLimits.maxObjectBytes));
      expect(await objectExists(stack.s3, stack.bucket, key)).toBe(true);
    }
  }, 120_000);

  it.each([
    ['spaces', 'incoming/320106/2021-Q1/鼓楼区 2021年 一季度 报告.txt', '2021年一季度'],
    ['a plus sign and brackets', 'incoming/320106/2021-Q2/鼓楼区+二季度（更正）[1].txt', '2021年二季度'],
    ['a literal percent sequence', 'incoming/320106/2021-Q3/三季度%2F..%2F320102.txt', '2021年三季度'],
  ])('stores a well-formed upload whose file name has %s, under exactly its own key', async (_, key, periodWords) => {
    const put = await putUpload(stack.s3, stack.bucket, key, gulouReport({ period: periodWords, dibao: 321 }));
    // The event carries the key as S3 encodes it; the handler must decode it exactly once.
    expect(put.s3.object.key).not.toBe(key);
    expect((await ingestWith(stack.env)(sqsBatch(put))).batchItemFailures).toEqual([]);
    const [record] = await records.of(stack.bucket, key);
    expect(record).toMatchObject({ state: 'stored', keyUnitCode: '320106', key });
    const facts = await records.table.facts('320106', key.split('/')[2]);
    expect(facts?.objectKey).toBe(key);
  });
});
