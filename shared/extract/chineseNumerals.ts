// Character tables for Chinese numerals, looked up by UTF-16 code so the number reader never
// allocates per character. Financial forms (壹贰叁 拾佰仟) and traditional forms (兩 萬 億) read
// like the everyday ones because scanned and older reports use them.

/** Digit value of a Chinese digit character, or -1. */
const DIGIT = new Int8Array(0x10000).fill(-1);
/** Power of ten of a unit character (十 1, 百 2, 千 3, 万 4, 亿 8), or 0. */
const UNIT_POW = new Uint8Array(0x10000);

const digits: [string, number][] = [
  ['零〇', 0],
  ['一壹', 1],
  ['二贰貳两兩倆', 2],
  ['三叁參', 3],
  ['四肆', 4],
  ['五伍', 5],
  ['六陆陸', 6],
  ['七柒', 7],
  ['八捌', 8],
  ['九玖', 9],
];
for (const [chars, value] of digits) for (const ch of chars) DIGIT[ch.charCodeAt(0)] = value;

const units: [string, number][] = [
  ['十拾', 1],
  ['百佰', 2],
  ['千仟', 3],
  ['万萬', 4],
  ['亿億', 8],
];
for (const [chars, pow] of units) for (const ch of chars) UNIT_POW[ch.charCodeAt(0)] = pow;

// `?? ` because charCodeAt past the end gives NaN, and typed arrays give undefined for it.
export const chineseDigitOf = (code: number): number => DIGIT[code] ?? -1;
export const unitPowOf = (code: number): number => UNIT_POW[code] ?? 0;

/**
 * 两/兩/倆 means 2 before a unit (两千, 两万) or a measure word (两个), but never in a digit-by-digit
 * figure (二〇二一) or after a decimal point (一点两 is not 1.2).
 */
export const isLiang = (code: number): boolean => code === 0x4e24 || code === 0x5169 || code === 0x5006;


/** 10^n for the small exponents the reader uses, exact as doubles up to 10^22. */
export const POW10: readonly number[] = Array.from({ length: 23 }, (_, n) => 10 ** n);

/** A membership table over UTF-16 codes: a typed-array lookup is far cheaper than Set.has on a hot path. */
export function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
}

/** Whether code is in table; false for NaN (charCodeAt past the end). */
export const inTable = (table: Uint8Array, code: number): boolean => table[code] === 1;

const FINANCIAL = charTable('壹贰貳叁參肆伍陆陸柒捌玖拾佰仟');

/** The anti-forgery forms used on cheques and in accounts; alone they are ordinary words. */
export const isFinancialForm = (code: number): boolean => inTable(FINANCIAL, code);
