// basE91 carries the compressed division data (shared/divisions/base91.ts): whatever bytes go in come back out.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBase91, encodeBase91 } from '#shared/divisions/base91.ts';

describe('basE91', () => {
  it('decodes what it encoded, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        expect(decodeBase91(encodeBase91(bytes))).toEqual(bytes);
      }),
      { numRuns: 500 },
    );
  });

  it('writes about 1.23 characters a byte, in an alphabet no string literal escapes', () => {
    const bytes = Uint8Array.from({ length: 9000 }, (_, i) => (i * 2654435761) >>> 24);
    const text = encodeBase91(bytes);
    expect(text.length).toBeLessThan(bytes.length * 1.25);
    expect(JSON.stringify(text)).toBe(`"${text}"`);
    expect(encodeBase91(new Uint8Array())).toBe('');
  });
});
