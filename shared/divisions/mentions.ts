// Finds the units a text names in full (江苏省南京市鼓楼区民政局 → 江苏省, 南京市, 鼓楼区), each
// resolved with the units named just before it as context. Short names (淮南, 中山) are not
// searched for: as free text they collide with roads, companies and words; the extraction
// engine probes them itself with resolve() where the text says 民政局.
import type { DivisionIndex } from './resolver.ts';
import type { Resolution } from './types.ts';

export interface DivisionMention {
  start: number;
  end: number;
  name: string;
  resolution: Resolution;
}

/** How far back (in characters) an earlier mention still counts as context. */
const contextWindow = 40;

/** Two-character names (东区, 城区) also occur inside ordinary words; they count only right after another mention. */
const shortestFreeName = 3;

export function mentionFinder(index: DivisionIndex): (text: string) => DivisionMention[] {
  const names = new Set<string>();
  for (const d of index.all()) names.add(d.name);
  for (const c of index.history()) names.add(c.formerName);
  // Longest first under each first two characters, so 南京市 wins over 南京 and 鼓楼区 over 鼓楼.
  // Keyed by the first two char codes (every name has two or more characters): most positions
  // of a text miss at once, and no string is allocated per character.
  const pair = (text: string, i: number) => text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);
  const byFirst = new Map<number, string[]>();
  for (const name of names) {
    const first = pair(name, 0);
    const list = byFirst.get(first);
    if (list) list.push(name);
    else byFirst.set(first, [name]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);

  return (text) => {
    const found: DivisionMention[] = [];
    let i = 0;
    while (i < text.length) {
      const candidates = byFirst.get(pair(text, i));
      if (candidates === undefined) {
        i++;
        continue;
      }
      const previous = found[found.length - 1];
      const adjacent = previous !== undefined && previous.end === i;
      let name: string | undefined;
      for (const n of candidates) {
        if ((n.length >= shortestFreeName || adjacent) && text.startsWith(n, i)) {
          name = n;
          break;
        }
      }
      if (name === undefined) {
        i++;
        continue;
      }
      const nearby: string[] = [];
      for (let k = found.length - 1; k >= 0 && i - found[k].end <= contextWindow; k--) {
        const r = found[k].resolution;
        if (r.kind === 'unit') nearby.push(r.division.adcode);
      }
      found.push({ start: i, end: i + name.length, name, resolution: index.resolve(name, { nearby }) });
      i += name.length;
    }
    return found;
  };
}
