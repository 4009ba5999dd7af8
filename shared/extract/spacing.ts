// Text copied out of some PDFs puts a space between every two characters (全 市 共 有 养 老 机 构
// 1 2 0 家). Such a text is read with those spaces taken out; offsets found in it are mapped back
// (layout.ts), so quotes stay exact substrings of the upload.
//
// A text counts as spaced out when most of its Chinese characters are followed by a single space
// and then another character. Chinese prose otherwise puts no spaces between its words.

const isCjk = (c: number) => c >= 0x3400 && c <= 0x9fff;
const isSpace = (c: number) => c === 32 || c === 0x3000;

/** Positions of the spaces to take out (sorted), or none when the text is not spaced out. */
export function spacedOutPositions(text: string): number[] {
  let cjk = 0;
  let spacedCjk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isCjk(c)) continue;
    cjk++;
    if (isSpace(text.charCodeAt(i + 1)) && !isSpace(text.charCodeAt(i + 2)) && text.charCodeAt(i + 2) > 32) spacedCjk++;
    // Prose shows itself within a couple of hundred characters: no need to read on.
    if (cjk === 200 && spacedCjk < 0.3 * cjk) return spacedOutRuns(text);
  }
  if (cjk < 20 || spacedCjk < 0.5 * cjk) return spacedOutRuns(text);
  const removed: number[] = [];
  for (let i = 1; i + 1 < text.length; i++) {
    // One space between two characters of the same line: a gap the PDF put, not a word break.
    if (isSpace(text.charCodeAt(i)) && text.charCodeAt(i - 1) > 32 && !isSpace(text.charCodeAt(i - 1)) && text.charCodeAt(i + 1) > 32 && !isSpace(text.charCodeAt(i + 1))) {
      removed.push(i);
    }
  }
  return removed;
}

/** The fewest characters a spaced-out run within prose has (全 县 城 市 低 保 标 准由…): fewer may be a word set apart (目 录). */
const MIN_RUN = 4;

/**
 * In prose, the spaces of a run of Chinese characters each set one space apart (全 县 特 困 供 养 人
 * 员 9216人, a label a PDF spread out): the run reads as its words. Only spaces are visited.
 */
function spacedOutRuns(text: string): number[] {
  const removed: number[] = [];
  let run: number[] = [];
  const close = () => {
    if (run.length >= MIN_RUN - 1) removed.push(...run);
    run = [];
  };
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
    if (!isCjk(text.charCodeAt(i - 1)) || !isCjk(text.charCodeAt(i + 1))) {
      close();
      continue;
    }
    if (run.length > 0 && run[run.length - 1] !== i - 2) close();
    run.push(i);
  }
  close();
  return removed;
}
