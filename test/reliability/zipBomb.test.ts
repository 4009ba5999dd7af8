// A zip bomb renamed .docx: a few hundred KB that inflate to half a gigabyte. Whether the reader
// refuses it on its declared sizes or stops inflating when the sizes lie, ingest must hold it back
// with a reason, quickly and without the process growing by anything like the inflated size.
// Its own file (own process), so the peak resident size measures this upload alone.
import { beforeAll, describe, expect, it } from 'vitest';
import { createDeflateRaw } from 'node:zlib';
import { createTestResources, type TestResources } from '../support/localStack.ts';
import { putUpload, sqsBatch } from '../support/s3Events.ts';
import { loadHandler, objectExists, recordsByKey } from './harness.ts';

const inflatedBytes = 512 * 1024 * 1024;

/** Deflates `size` zero bytes without ever holding them: 1 MB of zeros fed over and over. */
async function deflatedZeros(size: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  const block = Buffer.alloc(1024 * 1024);
  for (let written = 0; written < size; written += block.length) {
    if (!deflate.write(block)) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return Buffer.concat(chunks);
}

/**
 * A one-part .docx-shaped zip (word/document.xml). `declare` is the uncompressed size written in
 * the headers: the truth, or a lie small enough to pass a check on declared sizes.
 */
function zipOf(name: string, deflated: Buffer, crc: number, declare: number): Buffer {
  const fileName = Buffer.from(name, 'utf8');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(deflated.length, 18);
  local.writeUInt32LE(declare, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(deflated.length, 20);
  central.writeUInt32LE(declare, 24);
  central.writeUInt16LE(fileName.length, 28);
  central.writeUInt32LE(0, 42);
  const centralOffset = local.length + fileName.length + deflated.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, fileName, deflated, central, fileName, end]);
}

let stack: TestResources;
let ingestWith: Awaited<ReturnType<typeof loadHandler>>;
let deflated: Buffer;
let crc: number;

beforeAll(async () => {
  ingestWith = await loadHandler();
  stack = await createTestResources('zip-bomb');
  deflated = await deflatedZeros(inflatedBytes);
  // The CRC of 512 MB of zeros is costly in JS; readers stop long before checking it, so any
  // value will do for a bomb that must never be inflated to the end.
  crc = 0;
}, 120_000);

describe('a zip bomb renamed .docx', () => {
  it.each([
    ['declares its true size', inflatedBytes],
    ['lies about its size', 4096],
  ])('is held back with a reason when it %s, in bounded time and memory', async (label, declared) => {
    const bomb = zipOf('word/document.xml', deflated, crc, declared);
    expect(bomb.byteLength).toBeLessThan(2 * 1024 * 1024);
    const key = `incoming/320106/2021/工作总结-${declared === inflatedBytes ? '真' : '假'}.docx`;
    const put = await putUpload(stack.s3, stack.bucket, key, bomb);

    const rssBefore = process.memoryUsage().rss;
    const peakBefore = process.resourceUsage().maxRSS * 1024;
    const started = Date.now();
    const response = await ingestWith(stack.env)(sqsBatch(put));
    const elapsed = Date.now() - started;
    const peakGrowth = process.resourceUsage().maxRSS * 1024 - Math.max(peakBefore, rssBefore);

    expect(response.batchItemFailures).toEqual([]);
    const [record] = await recordsByKey(stack).of(stack.bucket, key);
    expect(record.state, label).toBe('held');
    expect(record.status).not.toBe('ok');
    expect(record.issues.length).toBeGreaterThan(0);
    expect(record.issues[0].message.length).toBeGreaterThan(12);
    expect(await objectExists(stack.s3, stack.bucket, key)).toBe(true);
    // Inflating it would take 512 MB; a bounded reader stays far below that.
    expect(peakGrowth).toBeLessThan(200 * 1024 * 1024);
    expect(elapsed).toBeLessThan(25_000);
  }, 60_000);
});
