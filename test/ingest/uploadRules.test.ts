// Pure rules of the ingest path: key parsing, upload order, identities.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeEventKey, heldKeyFor, parseUploadKey } from '#shared/ingest/uploadKey.ts';
import { compareUploads, sortableSequencer } from '#shared/ingest/uploadOrder.ts';
import { reportIdOf } from '#shared/ingest/identity.ts';
import { encodeS3EventKey } from '../support/s3Events.ts';

describe('upload keys', () => {
  it('decodes S3 event keys with + for spaces and percent escapes', () => {
    expect(decodeEventKey('incoming/320106/2021-H1/%E9%BC%93%E6%A5%BC+%E6%8A%A5%E5%91%8A.txt')).toBe(
      'incoming/320106/2021-H1/鼓楼 报告.txt',
    );
    expect(decodeEventKey('incoming/320106/2021/a%2Bb.txt')).toBe('incoming/320106/2021/a+b.txt');
    expect(decodeEventKey('incoming/%E9%ZZ')).toBeUndefined();
  });

  it('round-trips any key through S3 event encoding', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), (segments) => {
        const key = segments.join('/');
        expect(decodeEventKey(encodeS3EventKey(key))).toBe(key);
      }),
    );
  });

  it('accepts incoming/{adcode}/{period}/{file} for every period shape', () => {
    for (const period of ['2021', '2021-H1', '2021-H2', '2021-Q3', '2021-11', '2021-01']) {
      expect(parseUploadKey(`incoming/320106/${period}/报告 定稿.docx`)).toEqual({
        ok: true,
        key: { adcode: '320106', periodKey: period, fileName: '报告 定稿.docx', rest: `320106/${period}/报告 定稿.docx` },
      });
    }
  });

  it.each([
    ['outside incoming/', 'uploads/320106/2021/a.txt'],
    ['a .. segment', 'incoming/320106/../2021/a.txt'],
    ['a 5-digit adcode', 'incoming/32010/2021/a.txt'],
    ['a named unit instead of a code', 'incoming/鼓楼区/2021/a.txt'],
    ['a month 13', 'incoming/320106/2021-13/a.txt'],
    ['a half H3', 'incoming/320106/2021-H3/a.txt'],
    ['a quarter Q5', 'incoming/320106/2021-Q5/a.txt'],
    ['no file name', 'incoming/320106/2021/'],
    ['an extra folder', 'incoming/320106/2021/x/a.txt'],
    ['a missing period', 'incoming/320106/a.txt'],
  ])('refuses %s', (_, key) => {
    const parsed = parseUploadKey(key);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message.length).toBeGreaterThan(5);
  });

  it('puts held copies under held/ with the rest of the key', () => {
    expect(heldKeyFor('incoming/320106/2021/a.txt')).toBe('held/320106/2021/a.txt');
    expect(heldKeyFor('elsewhere/a.txt')).toBe('held/elsewhere/a.txt');
  });
});

describe('upload order', () => {
  const hex = fc.bigInt({ min: 0n, max: (1n << 128n) - 1n });

  it('orders sequencers of different lengths numerically', () => {
    expect(sortableSequencer('0A') > sortableSequencer('9')).toBe(true);
    expect(sortableSequencer('00643717F9F8B85354')).toBe(sortableSequencer('643717f9f8b85354'));
    fc.assert(
      fc.property(hex, hex, fc.nat(6), fc.nat(6), (a, b, padA, padB) => {
        const sa = '0'.repeat(padA) + a.toString(16);
        const sb = '0'.repeat(padB) + b.toString(16).toUpperCase();
        const byString = Math.sign(sortableSequencer(sa).localeCompare(sortableSequencer(sb)));
        expect(byString).toBe(a === b ? 0 : a < b ? -1 : 1);
      }),
    );
  });

  const position = fc.record({
    objectKey: fc.constantFrom('incoming/320106/2021/a.txt', 'incoming/320106/2021/b.txt'),
    eventTime: fc.integer({ min: 1_600_000_000_000, max: 1_600_000_000_010 }).map((ms) => new Date(ms).toISOString()),
    sequencer: hex.map((n) => n.toString(16)),
    reportId: fc.constantFrom('r1', 'r2', 'r3'),
  });

  it('is antisymmetric, and the same key orders by sequencer whatever the event time', () => {
    fc.assert(
      fc.property(position, position, (a, b) => {
        expect(Math.sign(compareUploads(a, b)) + 0).toBe(-Math.sign(compareUploads(b, a)) + 0);
        if (a.objectKey === b.objectKey && BigInt(`0x${a.sequencer}`) !== BigInt(`0x${b.sequencer}`)) {
          expect(compareUploads(a, b) > 0).toBe(BigInt(`0x${a.sequencer}`) > BigInt(`0x${b.sequencer}`));
        }
        if (a.objectKey !== b.objectKey && a.eventTime !== b.eventTime) {
          expect(compareUploads(a, b) > 0).toBe(a.eventTime > b.eventTime);
        }
      }),
    );
  });
});

describe('report id', () => {
  it('is stable for a redelivery and tells versionless uploads to one key apart by sequencer', () => {
    const a = reportIdOf('b', 'incoming/320106/2021/a.txt', null, '01');
    expect(reportIdOf('b', 'incoming/320106/2021/a.txt', null, '01')).toBe(a);
    expect(reportIdOf('b', 'incoming/320106/2021/a.txt', null, '02')).not.toBe(a);
    // With a versionId the sequencer does not matter: the version is the identity.
    expect(reportIdOf('b', 'k', 'v1', '01')).toBe(reportIdOf('b', 'k', 'v1', '02'));
    expect(reportIdOf('b', 'k', 'v1', '01')).not.toBe(reportIdOf('b', 'k', 'v2', '01'));
    expect(a).toMatch(/^[0-9a-f]{32}$/);
  });
});
