import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { charSet, isHan, isWhiteSpace } from '#shared/extract/charClass.ts';
import { opensClause } from '#shared/extract/period.ts';

/** Every UTF-16 code unit on which `test` and `re` disagree. */
function disagreements(test: (c: number) => boolean, re: RegExp): number[] {
  const out: number[] = [];
  for (let c = 0; c <= 0xffff; c++) if (test(c) !== re.test(String.fromCharCode(c))) out.push(c);
  return out;
}

describe('character classes used in hot loops', () => {
  it('isWhiteSpace is exactly \\s over every code unit, and false past the end of a string', () => {
    expect(disagreements(isWhiteSpace, /^\s$/)).toEqual([]);
    expect(isWhiteSpace('ab'.charCodeAt(5))).toBe(false);
  });
  it('isHan is exactly [\\u4e00-\\u9fa5] over every code unit', () => {
    expect(disagreements(isHan, /^[\u4e00-\u9fa5]$/)).toEqual([]);
  });
  it('charSet holds the characters it was given and no others', () => {
    expect(disagreements(charSet('为对向给'), /^[为对向给]$/)).toEqual([]);
  });
});

describe('lookbehinds written as code', () => {
  // The pattern opensClause stands for; a lookbehind at the head of a global pattern is tried at
  // every character of the text, which made the year-end scan a whole report's slowest regex.
  const OPENS_CLAUSE = /(?<=^|[，,。；;：:\n]\s*)/my;
  const pieces = ['，', ',', '。', '；', ';', '：', ':', '\n', '\r', '\u2028', ' ', '\u3000', '\t', '年', '底', '2', '0', '上', 'a'];
  it('opensClause is the lookbehind (?<=^|[，,。；;：:\\n]\\s*) at every position', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (chars) => {
        const text = chars.join('');
        for (let at = 0; at <= text.length; at++) {
          OPENS_CLAUSE.lastIndex = at;
          expect(opensClause(text, at)).toBe(OPENS_CLAUSE.test(text));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
