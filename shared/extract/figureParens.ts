// Some bureaus put a figure in parentheses after what it counts: 全年保障城市低保对象（1.31万人）,
// 城市、农村低保标准（分别为每人每月800元、620元）, 全年发放高龄津贴（对象9.86万人、资金5370万元）.
// Such a parenthesis is no aside but the value itself, so its two marks become spaces, one
// character for one, and the figures read as the prose's own; offsets still hold and quotes,
// cut from the original, keep the parentheses.
//
// Only a parenthesis that holds figures and nothing else is read so, and only after a word:
// one after a figure (发放低保金4.21亿元（城市1.18亿元、…）, 对1536户（2137人次）) breaks that
// figure down, and one that says what is included (（含…）, （其中…）) stays an aside.
import { readUnit } from './units.ts';

/** What may stand before a figure inside: the word for which of two it is, or a standard's per-person period. */
const LEAD = /^(?:分别为|分别是|分别|对象|资金|人数|金额|共计?|合计|约|达)?\s?(?:每人每[月年]|每[月年]每人)?\s?/;
const NUMBER = /^\d[\d.,]*\s?[千万亿]?(?:余|多)?/;
/** Households before the head count they hold (1927户3146人). */
const HOUSEHOLDS = /^\d[\d.,]*\s?[千万]?(?:余|多)?户(?=\d)/;
/** A figure (after its lead word) and the unit units.ts reads after it, and nothing else. */
function isFigureItem(whole: string): boolean {
  const item = whole.slice(HOUSEHOLDS.exec(whole)?.[0].length ?? 0);
  const lead = LEAD.exec(item)![0];
  const number = NUMBER.exec(item.slice(lead.length));
  if (!number) return false;
  const at = lead.length + number[0].length;
  if (at === item.length - 1 && item[at] === '%') return true;
  return readUnit(item, at, lead)?.end === item.length;
}
/** One to four figures, joined by 、. */
function holdsFiguresOnly(inside: string): boolean {
  const items = inside.trim().split(/\s?[、，]\s?/);
  return items.length <= 4 && items.every(isFigureItem);
}
/** A figure and its unit just before: a parenthesis after it breaks that figure down. */
const AFTER_FIGURE = /[\d万亿%](?:人次|户次|[人户名元张家个所对])?$/;
const MAX_INSIDE = 40;

/** `text` with the parentheses around bare figures made spaces (same length). */
export function withFigureParens(text: string): string {
  let out: string[] | null = null;
  let from = 0;
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const close = text.indexOf(')', open + 1);
    if (close < 0) break;
    if (close - open > MAX_INSIDE + 1) continue;
    const before = text.charCodeAt(open - 1);
    // After a word, not a figure, a space or a line's start.
    if (!(before >= 0x4e00 && before <= 0x9fa5) || AFTER_FIGURE.test(text.slice(Math.max(0, open - 3), open))) continue;
    const inside = text.slice(open + 1, close);
    if (inside.includes('(') || !holdsFiguresOnly(inside)) continue;
    (out ??= []).push(text.slice(from, open), ' ', inside, ' ');
    from = close + 1;
  }
  if (out === null) return text;
  out.push(text.slice(from));
  return out.join('');
}
