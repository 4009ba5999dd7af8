// A zip bomb renamed .docx: a few hundred KB that inflate to half a gigabyte. Whether the reader
// refuses it on its declared sizes or stops inflating when the sizes lie, ingest must hold it back
// with a reason, quickly and without the process growing by anything like the inflated size.
// Its own file (own process), so the peak resident size measures this upload alone.
import { beforeAll, describe, expect, it } from 'vitest';
import { createDeflateRaw } from 'node:zlib';
import { createTestResources, type TestResources } from '../support/localStack.ts';
import { putUpload, sqsBatch } from '../support/s3Events.ts';
import { loadHandler, objectExists, recordsByKey } from './harness.ts';
import { zipOf } from '../read/documents.ts';

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

let stack: TestResources;
let ingestWith: Awaited<ReturnType<typeof loadHandler>>;
let deflated: Buffer;

beforeAll(async () => {
  ingestWith = await loadHandler();
  stack = await createTestResources('zip-bomb');
  deflated = await deflatedZeros(inflatedBytes);
}, 120_000);

describe('a zip bomb renamed .docx', () => {
  it.each([
    ['declares its true size', inflatedBytes],
    ['lies about its size', 4096],
  ])('is held back with a reason when it %s, in bounded time and memory', async (label, declared) => {
    // A one-part .docx-shaped zip whose headers declare the true size, or a lie small enough to
    // pass a check on declared sizes.
    const bomb = zipOf([{ name: 'word/document.xml', deflated, declaredSize: declared }]);
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
