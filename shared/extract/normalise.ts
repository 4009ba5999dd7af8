// Normalisation that keeps offsets: every change is one UTF-16 code unit for one, so an index
// into the normalised text is the same index into the decoded original, and quotes are cut
// from the original. Thousands separators and spaces inside figures are left in place; the
// number reader reads through them.

const FULLWIDTH_START = 0xff01; // ！
const FULLWIDTH_END = 0xff5e; // ～

/** Characters outside the plain full-width block that bureaus use in figures and units. */
const EXTRA: Record<string, string> = {
  '\u3000': ' ', // ideographic space
  '\u00a0': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '\u3002': '。',
  '\u00b7': '·', // middle dot, as in 元/人·月
  '\u2022': '·', // bullet, seen in 元/人•月
  '\u30fb': '·', // katakana middle dot
  '\u2027': '·',
  '\u2014': '—',
  '\u2013': '-',
  '\u2212': '-',
  '\u301c': '～',
};

/** Same length as `text`, character for character. */
export function normaliseText(text: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let repl: string | undefined;
    if (c >= FULLWIDTH_START && c <= FULLWIDTH_END) {
      // Keep full-width ～ and ， as they carry no ambiguity; map the rest to ASCII.
      if (c === 0xff5e) continue;
      if (c === 0xff0c) repl = ','; // ，: kept as an ASCII comma; the number reader tells thousands separators apart
      else repl = String.fromCharCode(c - 0xfee0);
    } else if (c > 0x7f) {
      repl = EXTRA[text[i]];
    }
    if (repl !== undefined) {
      out += text.slice(runStart, i) + repl;
      runStart = i + 1;
    }
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}
