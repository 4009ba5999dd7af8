// Character classes asked of one character at a time in hot loops: a code comparison costs a
// fraction of a regex call (/\s/.test(text[i])) and reads the same. Each is tested against the
// regex it stands for over every UTF-16 code unit (test/extract/charClass.test.ts).

/** The same characters as JavaScript's `\s`; false for NaN (past the end of a string). */
export function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** String.raw under a short name, for the many regex sources written as they read (\d, \s) in templates. */
export const raw = String.raw;

/** 一 to 十 as a regex class: the numerals of headings (一、 （三）) and list items (二是). */
export const ONE_TO_TEN = '[一二三四五六七八九十]';

/** A colon, full-width or ASCII. */
export const isColon = (c: number): boolean => c === 0x3a || c === 0xff1a;

/** The same characters as `[一-龥]` (U+4E00 to U+9FA5), the common CJK ideographs the lexicon reads. */
export const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fa5;

/** A set of characters, given as a string, as a membership test on a code (a bitset: 8 KB, no hashing). */
export function charSet(chars: string): (c: number) => boolean {
  const bits = new Uint32Array(2048);
  for (const ch of chars) {
    const c = ch.charCodeAt(0);
    bits[c >> 5] |= 1 << (c & 31);
  }
  return (c) => c >= 0 && c < 0x10000 && (bits[c >> 5] & (1 << (c & 31))) !== 0;
}

/** How many Han characters (isHan) stand right before `end`, counting back no further than `max`. */
export function hanRunBefore(text: string, end: number, max: number): number {
  let n = 0;
  while (n < max && n < end && isHan(text.charCodeAt(end - 1 - n))) n++;
  return n;
}
