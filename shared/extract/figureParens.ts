// Some bureaus put a figure in parentheses after what it counts: 全年保障城市低保对象（1.31万人）,
// 城市、农村低保标准（分别为每人每月800元、620元）, 全年发放高龄津贴（对象9.86万人、资金5370万元）.
// Such a parenthesis is no aside but the value itself, so its two marks become spaces, one
// character for one, and the figures read as the prose's own; offsets still hold and quotes,
// cut from the original, keep the parentheses.
//
// Only a parenthesis that holds figures and nothing else is read so, and only after a word:
// one after a figure (发放低保金4.21亿元（城市1.18亿元、…）, 对1536户（2137人次）) breaks that
// figure down, and one that says what is included (（含…）, （其中…）) stays an aside.

const FIGURE = String.raw`\d[\d.,]*\s?(?:万|亿)?\s?(?:人次|户次|人|户|名|元|张|家|个|所|对|%)`;
/** What may stand before a figure inside: the word for which of two it is, or a standard's per-person-month. */
const LEAD = String.raw`(?:分别为|分别是|分别|对象|资金|人数|金额|共计?|合计|约|达)?\s?(?:每人每月|每月每人)?\s?`;
const FIGURES_ONLY = new RegExp(String.raw`^\s?${LEAD}${FIGURE}(?:\s?[、,/]\s?${LEAD}${FIGURE}){0,3}\s?$`);
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
    if (inside.includes('(') || !FIGURES_ONLY.test(inside)) continue;
    (out ??= []).push(text.slice(from, open), ' ', inside, ' ');
    from = close + 1;
  }
  if (out === null) return text;
  out.push(text.slice(from));
  return out.join('');
}
