import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNumbers, parseChineseNumeral, readNumberAt } from '#shared/extract/numbers.ts';

// An independent writer of Chinese numerals, by the standard rules: four-digit groups under
// 亿 and 万, 零 for every run of missing digits, 十 (not 一十) at the very start, and 两 for a 2
// before 千, 万 or 亿 when asked.
const DIGITS = '零一二三四五六七八九';
const SMALL = ['', '十', '百', '千'];

function writeGroup(g: number, leading: boolean, liang: boolean, bigFollows: boolean): string {
  let out = '';
  let started = false;
  let gap = false;
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(g / 10 ** pos) % 10;
    if (d === 0) {
      if (started) gap = true;
      continue;
    }
    if (gap) out += '零';
    gap = false;
    if (pos === 1 && d === 1 && leading && !started) out += '十';
    else {
      const two = liang && d === 2 && (pos === 3 || (pos === 0 && g === 2 && bigFollows));
      out += (two ? '两' : DIGITS[d]) + SMALL[pos];
    }
    started = true;
  }
  return out;
}

function writeChinese(n: number, liang = false): string {
  if (n === 0) return '零';
  const groups: [number, string][] = [
    [Math.floor(n / 1e8), '亿'],
    [Math.floor(n / 1e4) % 1e4, '万'],
    [n % 1e4, ''],
  ];
  let out = '';
  let started = false;
  let zeroGroup = false;
  for (const [g, big] of groups) {
    if (g === 0) {
      if (started) zeroGroup = true;
      continue;
    }
    if (started && (zeroGroup || g < 1000)) out += '零';
    out += writeGroup(g, !started, liang, big !== '') + big;
    started = true;
    zeroGroup = false;
  }
  return out;
}

describe('the test writer itself', () => {
  it.each([
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [105, '一百零五'],
    [1010, '一千零一十'],
    [10001, '一万零一'],
    [100000, '十万'],
    [105000000, '一亿零五百万'],
    [100010000, '一亿零一万'],
    [2000, '二千'],
  ])('%d is %s', (n, s) => expect(writeChinese(n)).toBe(s));
  it('writes 两 when asked', () => {
    expect(writeChinese(2000, true)).toBe('两千');
    expect(writeChinese(20000, true)).toBe('两万');
    expect(writeChinese(222, true)).toBe('二百二十二');
  });
});

const FILLER = [...'全年救助资金发放城市低保对象共计其中保障标准为累计农村特困供养人员'];
const UNITS = ['元', '人', '人次', '户', '名', '张', '家', '个', '。', '', '，其他'];

describe('properties', () => {
  it('parseChineseNumeral reads back every integer below 10^12 as written', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 - 1 }), fc.boolean(), (n, liang) => {
        expect(parseChineseNumeral(writeChinese(n, liang))).toBe(n);
      }),
      { numRuns: 3000 },
    );
  });

  it('small integers and round figures too', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 1, max: 9999 }).map((k) => k * 10000), fc.integer({ min: 1, max: 9999 }).map((k) => k * 1e8)),
        fc.boolean(),
        (n, liang) => {
          expect(parseChineseNumeral(writeChinese(n, liang))).toBe(n);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a decimal with one or two places before 万 or 亿 is multiplied out exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.constantFrom(1, 2), fc.constantFrom(['万', 4n], ['亿', 8n]) as fc.Arbitrary<[string, bigint]>, (scaled, places, [mult, pow]) => {
        const digits = String(scaled).padStart(places + 1, '0');
        const written = `${digits.slice(0, -places)}.${digits.slice(-places)}`;
        const exact = BigInt(scaled) * 10n ** (pow - BigInt(places));
        const r = readNumberAt(`${written}${mult}元`, 0);
        expect(r?.end).toBe(written.length + 1);
        expect(r?.value).toBe(Number(exact));
        expect(Number.isInteger(r?.value)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('thousands separators are read through', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9e15 }), (n) => {
        const written = n.toLocaleString('en-US');
        expect(readNumberAt(`${written}元`, 0)).toMatchObject({ value: n, end: written.length });
      }),
    );
  });

  const figure = fc.oneof(
    fc.integer({ min: 0, max: 1e9 }).map((n) => ({ written: String(n), value: n })),
    fc.integer({ min: 1, max: 99999 }).chain((k) =>
      fc.constantFrom('万', '亿').map((m) => ({ written: `${(k / 100).toFixed(2)}${m}`, value: Number((BigInt(k) * 10n ** (m === '万' ? 2n : 6n)).toString()) })),
    ),
    fc.tuple(fc.integer({ min: 1, max: 1e12 - 1 }), fc.boolean()).map(([n, liang]) => ({ written: writeChinese(n, liang), value: n })),
    fc.integer({ min: 1, max: 9999 }).map((n) => ({ written: `${n}余万`, value: n * 10000, qualifier: 'lowerBound' })),
    fc.integer({ min: 1, max: 9999 }).map((n) => ({ written: `约${n}万`, value: n * 10000, qualifier: 'approximate' })),
    fc.integer({ min: 1, max: 100 }).map((n) => ({ written: `${n}%`, value: n, percent: true })),
  );

  it('a figure in surrounding text is found with its exact start and end', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FILLER), { minLength: 1, maxLength: 12 }), figure, fc.constantFrom(...UNITS), (before, f, unit) => {
        const prefix = before.join('');
        const text = prefix + f.written + unit + '。';
        const expected = { start: prefix.length, end: prefix.length + f.written.length, value: f.value };
        expect(readNumberAt(text, prefix.length)).toMatchObject(expected);
        const found = findNumbers(text);
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject(expected);
        if ('qualifier' in f) expect(found[0].qualifier).toBe(f.qualifier);
        if ('percent' in f) expect(found[0].percent).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds exactly what reading at every position would find (the fast skip loses nothing)', () => {
    const alphabet = fc.constantFrom(...'0123456789.,% -~至零一二两三五十百千万亿余多几约近超过逾不足到大以上左右点百分之元人次', ...FILLER);
    const naive = (text: string) => {
      const out = [];
      for (let i = 0; i < text.length; ) {
        const r = readNumberAt(text, i);
        if (r) {
          out.push(r);
          i = r.end;
        } else i++;
      }
      return out;
    };
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(findNumbers(text)).toEqual(naive(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('never throws and returns ordered, non-overlapping figures on arbitrary text', () => {
    const alphabet = fc.constantFrom(...'0123456789.,% -~至零一二两三五十百千万亿余多约近超过不足以上左右点百分之元人次', ...FILLER);
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        let last = 0;
        for (const r of findNumbers(text)) {
          expect(r.start).toBeGreaterThanOrEqual(last);
          expect(r.end).toBeGreaterThan(r.start);
          expect(Number.isFinite(r.value)).toBe(true);
          last = r.end;
        }
      }),
      { numRuns: 3000 },
    );
  });
});
