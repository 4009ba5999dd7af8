// A deliberately separate reader of the figures in a piece of evidence, so the tests check the
// simulator's writing against an independent reading rather than against itself.

const FULL = /[０-９．％，]/g;
const toAscii = (s: string) =>
  s.replace(FULL, (c) => (c === '．' ? '.' : c === '％' ? '%' : c === '，' ? '，' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

const CN_DIGIT: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

function chineseValue(s: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in CN_DIGIT) digit = CN_DIGIT[ch];
    else if (ch in CN_UNIT) {
      section += (digit || 1) * CN_UNIT[ch];
      digit = 0;
    } else if (ch === '万') {
      total += (section + digit) * 10000;
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}

/** Every value the evidence can be read as stating, in base units (元, 人, %, 元/人/月). */
export function valuesIn(evidence: string): number[] {
  const s = toAscii(evidence).replace(/(\d),(?=\d{3})/g, '$1');
  const out: number[] = [];
  for (const m of s.matchAll(/(\d+(?:\.\d+)?)\s*(?:余|多)?\s*(万|亿)?/g)) {
    const n = Number(m[1]) * (m[2] === '万' ? 1e4 : m[2] === '亿' ? 1e8 : 1);
    out.push(n, n / 12);
  }
  for (const m of s.matchAll(/[零一二两三四五六七八九十百千万]+/g)) {
    if (/^[万]+$/.test(m[0])) continue;
    out.push(chineseValue(m[0]));
  }
  return out;
}

export const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
