// What an unbundled package puts in the asset, computed from node_modules as installed: the
// bundles test proves the result runs; this pins down how the closure is found and de-duplicated.
import { describe, expect, it } from 'vitest';
import { installedDependencyClosure, unbundledPackageFiles } from '../../infra/constructs/minzheng-function.ts';

describe('unbundled packages', () => {
  it('finds mammoth’s run-time closure where npm installed it, nested copies included', () => {
    const closure = installedDependencyClosure('mammoth');
    expect(closure).toEqual(expect.arrayContaining(['node_modules/jszip', 'node_modules/@xmldom/xmldom', 'node_modules/underscore', 'node_modules/pako']));
    // jszip wants readable-stream 2, nested under it; the resolution is Node's, not "the top-level one".
    expect(closure).toContain('node_modules/jszip/node_modules/readable-stream');
    expect(closure).not.toContain('node_modules/mammoth');
    expect(new Set(closure).size).toBe(closure.length);
  });

  it('ships listed files one by one and whole folders once, nested folders travelling with their parent', () => {
    const files = unbundledPackageFiles([
      { name: 'pdfjs-dist', files: ['package.json', 'legacy/build/pdf.mjs'] },
      { name: 'mammoth', withDependencies: true },
    ]);
    expect(files.slice(0, 3)).toEqual([
      { from: 'node_modules/pdfjs-dist/package.json', to: 'node_modules/pdfjs-dist/package.json' },
      { from: 'node_modules/pdfjs-dist/legacy/build/pdf.mjs', to: 'node_modules/pdfjs-dist/legacy/build/pdf.mjs' },
      { from: 'node_modules/mammoth/', to: 'node_modules/mammoth/' },
    ]);
    expect(files).toContainEqual({ from: 'node_modules/jszip/', to: 'node_modules/jszip/' });
    expect(files.map((f) => f.from).filter((from) => from.startsWith('node_modules/jszip/node_modules/'))).toEqual([]);
  });

  it('refuses a package that is not installed, at synth rather than at the first upload', () => {
    expect(() => installedDependencyClosure('no-such-package-minzheng')).toThrow(/not installed/);
  });
});
