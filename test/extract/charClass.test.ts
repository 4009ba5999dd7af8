import { describe, expect, it } from 'vitest';
import { charSet, isHan, isWhiteSpace } from '#shared/extract/charClass.ts';

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
