// Decoding: every encoding bureaus send reads back to the same text; anything else is held back
// with a reason instead of being decoded into mojibake.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { decodeReport } from '#shared/extract/decode.ts';
import { extractReport } from '#shared/extract/extractReport.ts';

const REPORT = '合肥市民政局2021年工作总结\r\n全市共保障城乡低保对象4.52万人，发放低保金2.36亿元。\r\n';

const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
};
const encodings: Array<[string, (s: string) => Uint8Array]> = [
  ['utf-8', (s) => Buffer.from(s, 'utf8')],
  ['utf-8-bom', (s) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')])],
  ['gb18030', (s) => iconv.encode(s, 'gb18030')],
  ['utf-16le', (s) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])],
  ['utf-16be', (s) => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(s)])],
];

describe('decodeReport', () => {
  for (const [name, encode] of encodings) {
    it(`reads ${name} with CRLF line ends`, () => {
      const decoded = decodeReport(encode(REPORT));
      expect(decoded).toMatchObject({ ok: true, text: REPORT, encoding: name });
    });
  }

  it('reads any Chinese text back from each encoding (property)', () => {
    const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
    const piece = fc.oneof(han, fc.constantFrom('，', '。', '、', '（', '）', '\n', '1', '5', '.', '%', 'a'));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 4, maxLength: 200 }), fc.integer({ min: 0, max: encodings.length - 1 }), (chars, i) => {
        const text = '民政' + chars.join('');
        const decoded = decodeReport(encodings[i][1](text));
        return decoded.ok && decoded.text === text;
      }),
      { numRuns: 300 },
    );
  });

  it('extracts the same facts from every encoding', async () => {
    const results = await Promise.all(encodings.map(([, encode]) => extractReport({ bytes: encode(REPORT) })));
    for (const r of results) {
      expect(r.status).toBe('ok');
      expect(r.facts.map((f) => [f.metric, f.value, f.quote])).toEqual(results[0].facts.map((f) => [f.metric, f.value, f.quote]));
    }
  });

  it('holds back an empty file', async () => {
    const r = await extractReport({ bytes: new Uint8Array() });
    expect(r.status).toBe('rejected');
    expect(r.issues[0].code).toBe('empty-file');
  });

  it('holds back binary garbage as unreadable, never as mojibake', async () => {
    const bytes = new Uint8Array(4096);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    const r = await extractReport({ bytes });
    expect(r.status).toBe('unreadable');
    expect(r.facts).toEqual([]);
    expect(r.issues[0].message).toMatch(/UTF-8|编码|二进制/);
  });

  it('holds back bytes that are neither UTF-8 nor GB18030', async () => {
    // 0x80 and 0xFF are not lead bytes in GB18030, and the sequence is not UTF-8.
    const bytes = new Uint8Array([0xe6, 0xb0, 0x91, 0x80, 0xff, 0x80, 0xff, 0x41, 0x42]);
    expect((await extractReport({ bytes })).status).toBe('unreadable');
  });

  it('tells an image renamed .txt by its magic bytes', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
    const r = await extractReport({ bytes: png, fileName: 'report.txt' });
    expect(r.status).toBe('unsupported-format');
    expect(r.issues[0].message).toContain('PNG');
  });
});
