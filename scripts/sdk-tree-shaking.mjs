#!/usr/bin/env node
// Lets esbuild tree-shake the installed AWS SDK clients again (run by `postinstall`).
//
// The functions bundle the SDK's ES module build (dist-es; Node itself loads dist-cjs, so tests
// and local runs are untouched). Two generated patterns there keep code no function calls:
//
// 1. Since 3.930 each client's schemas/schemas_0.js writes trait objects with computed keys taken
//    from string constants ({ [_h]: [...] } where `const _h = "http"`). esbuild must assume a
//    computed key can run code (a toString), so it keeps every such statement: every operation
//    of the client lands in every bundle, 51 KB of S3 alone that ingest never calls
//    (aws/aws-sdk-js-v3#7607, open). The fix upstream, smithy-lang/smithy-typescript#1889,
//    emits literal keys; this does the same to the installed files: `[_h]:` becomes `"http":`.
// 2. runtimeConfig.js imports the client's whole package.json for one field, the version in the
//    user agent. A default import of JSON keeps every field; a named import keeps that one.
//
// 3. The hashes S3 and the signer use (md5, sha1, sha256) each import a pure-JavaScript version as
//    the fallback for a Node without node:crypto, which a Lambda never is: 7.6 KB of the ingest
//    bundle. The fallback becomes a class that says what is missing.
//
// 4. Where no region is configured, the SDK asks the EC2 instance metadata service (IMDS) for one,
//    and so does the defaults mode `auto` outside a Lambda. A Lambda always has AWS_REGION and
//    AWS_EXECUTION_ENV, so neither ask runs there: 1.2 KB. Elsewhere the region must be set, as
//    it must where IMDS does not answer.
//
// 5. The Node stream modules hand a web ReadableStream (or a Blob) to their browser twins, which
//    the Node HTTP handler never answers with and the functions never send: 3.4 KB of browser
//    code. Such a stream now meets an error; the stream mixin's is the one it gave an unknown stream.
//
// 6. S3's client config makes a session provider for S3 Express One Zone (directory buckets, named
//    …--x-s3), with its own cache, whether or not a bucket is one: 2 KB. The functions' bucket is a
//    general-purpose bucket of the stateful stack, so no request asks for a session; one that did
//    would meet an error saying so. A provider passed in the client's config is used as before.
//
// 7. The retry config builds the adaptive strategy and its client-side rate limiter when the retry
//    mode is `adaptive` (AWS_RETRY_MODE): 3.4 KB. The functions retry in the standard mode their
//    SDK timeouts are sized for (shared/aws/clientConfig.ts) and set no other; a mode set anyway is
//    said in a warning and the standard strategy used.
//
// 8. The partitions table the endpoint rules read gives each region a description (Africa (Cape
//    Town)) that no rule reads: 1.8 KB. Each region keeps its entry, so a region is found in its
//    partition as before.
//
// 9. S3's schemas register a class for each of its 21 modelled errors (NoSuchKey, NotFound,
//    InvalidObjectState …) so that a caller can test `instanceof NoSuchKey`: 6 KB. The functions
//    tell S3's errors by name (shared/store/s3ObjectStore.ts), and an error S3 answers with that no
//    class is registered for is thrown as S3ServiceException under the same name, with the same
//    message and metadata. DynamoDB keeps its classes: the stores test those with instanceof, and
//    TransactionCanceledException carries the reasons its schema reads.
//
// Values are unchanged: test/infra/sdkTreeShaking.test.ts loads each rewritten schema module
// beside its original and compares every export, and test/infra/bundledIngest.test.ts runs the
// ingest bundle against DynamoDB Local and the local S3. The original stays beside each rewritten
// file as <name>.orig. Running it again changes nothing.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `const _h = "http";` at the top level of a generated schema module. */
const STRING_CONSTANT = /^const (_[A-Za-z0-9_]+) = ("(?:[^"\\\n]|\\.)*");$/gm;
/** A computed key naming one of those constants, where an object literal expects a key. */
const COMPUTED_KEY = /([{,]\s*)\[(_[A-Za-z0-9_]+)\]:/g;

/** The schema module with literal trait keys, or null when there is nothing to rewrite. */
export function withLiteralTraitKeys(source) {
  const constants = new Map([...source.matchAll(STRING_CONSTANT)].map((m) => [m[1], m[2]]));
  let rewritten = 0;
  const text = source.replace(COMPUTED_KEY, (whole, before, name) => {
    const literal = constants.get(name);
    if (literal === undefined) return whole;
    rewritten++;
    return `${before}${literal}:`;
  });
  return rewritten === 0 ? null : text;
}

const PACKAGE_DEFAULT_IMPORT = /^import packageInfo from "(\.\.\/package\.json)";$/m;

/** The runtime config importing only the version from package.json, or null when it already does. */
export function withPackageVersionImport(source) {
  if (!PACKAGE_DEFAULT_IMPORT.test(source)) return null;
  // Only `packageInfo.version` is read; anything else and the file is left as it is.
  const uses = source.match(/\bpackageInfo\b(\.\w+)?/g) ?? [];
  if (uses.slice(1).some((use) => use !== 'packageInfo.version')) return null;
  return source.replace(
    PACKAGE_DEFAULT_IMPORT,
    'import { version as packageVersion } from "$1";\nconst packageInfo = { version: packageVersion };',
  );
}

/** `export const Sha256Node = hasNativeCrypto ? buildNativeClass() : Sha256Js;` and the fallback's import. */
const JS_HASH_FALLBACK = /^import \{ (\w+Js) \} from "\.\/\1";\n/m;

/** The native hash module without its pure-JavaScript fallback, or null when it has none (or uses it elsewhere). */
export function withoutJsHashFallback(source) {
  const imported = JS_HASH_FALLBACK.exec(source);
  if (!imported) return null;
  const fallback = imported[1];
  const choice = `? buildNativeClass() : ${fallback};`;
  const rest = source.replace(imported[0], '');
  if (rest.split(fallback).length !== 2 || !rest.includes(choice)) return null;
  const missing = `class { constructor() { throw new Error("${fallback.slice(0, -2)} needs node:crypto"); } };`;
  return rest.replace(choice, `? buildNativeClass() : ${missing}`);
}

/** `import { getInstanceMetadataRegion } from "…/getInstanceMetadataRegion";`, and where it is awaited or returned. */
const IMDS_REGION_IMPORT = /^import \{ getInstanceMetadataRegion \} from "[./\w-]*\/getInstanceMetadataRegion";\n/m;
const IMDS_REGION_USE = /\b(await|return) getInstanceMetadataRegion\(\)/;

/**
 * The module without one imported name and the one place it is used, replaced; null when the
 * module does not import it, or uses it anywhere else (then it is left as it is).
 */
function withoutImportedUse(source, { name, imported, use, replacement }) {
  const line = imported.exec(source);
  if (!line) return null;
  const rest = source.replace(line[0], '');
  if (rest.split(name).length !== 2 || !use.test(rest)) return null;
  return rest.replace(use, replacement);
}

/** The module without its IMDS region lookup, or null when it has none (or uses it otherwise). */
export function withoutImdsRegion(source) {
  return withoutImportedUse(source, { name: 'getInstanceMetadataRegion', imported: IMDS_REGION_IMPORT, use: IMDS_REGION_USE, replacement: '$1 undefined' });
}

/** An import from a browser twin of the module (`import { a, b as c } from "./x.browser";`). */
const BROWSER_IMPORT = /^import \{([^}]*)\} from "(\.{1,2}\/[\w./-]*\.browser)";\n/m;
const WEB_STREAM_THROW = 'throw new Error("a web stream is not read in a Lambda");';

/**
 * The Node stream module without the branches that hand a web ReadableStream (or a Blob) to its
 * browser twin, or null when it has none. A name imported from the twin whose every use opens such
 * a branch (`if (isReadableStream(s)) { return twin(s); }`) is dropped, and the branch throws
 * instead; a name used otherwise (createBufferedReadable's flush, merge) stays imported. The Node HTTP handler the functions use
 * answers with a Node Readable, and the functions send buffers and strings.
 */
export function withoutWebStreamBranches(source) {
  const imported = BROWSER_IMPORT.exec(source);
  if (!imported) return null;
  let rest = source.replace(imported[0], '\0');
  const kept = [];
  let dropped = 0;
  for (const specifier of imported[1].split(',').map((s) => s.trim()).filter(Boolean)) {
    const local = specifier.split(/\s+as\s+/).pop();
    // The first statement of a branch on the kind of stream (isReadableStream, isBlob, not a Node Readable).
    const call = new RegExp(`(if \\([^\\n]*(?:isReadableStream|isBlob|instanceof Readable)[^\\n]*\\) \\{\\s*(?:try \\{\\s*)?)return ${local}\\([^;\\n]*\\);`, 'g');
    const uses = rest.split(new RegExp(`\\b${local}\\b`)).length - 1;
    const calls = (rest.match(call) ?? []).length;
    if (calls === 0 || calls !== uses) {
      kept.push(specifier);
      continue;
    }
    rest = rest.replace(call, `$1${WEB_STREAM_THROW}`);
    dropped++;
  }
  if (dropped === 0) return null;
  // The import stays where it stood, with the names still used.
  return rest.replace('\0', kept.length ? `import { ${kept.join(', ')} } from "${imported[2]}";\n` : '');
}

/** `import { S3ExpressIdentityProviderImpl } from "…";` and the default provider it makes. */
const S3_EXPRESS_PROVIDER_IMPORT = /^import \{ S3ExpressIdentityProviderImpl \} from "[./\w-]*\/S3ExpressIdentityProviderImpl";\n/m;
const S3_EXPRESS_DEFAULT = /\?\?\s*new S3ExpressIdentityProviderImpl\(async \(key\) => s3ClientProvider\(\)\.send\(new CreateSessionCommandCtor\(\{\s*Bucket: key,\s*\}\)\)\),/;
const S3_EXPRESS_REFUSED =
  '?? { getS3ExpressIdentity: async () => { throw new Error("S3 Express One Zone (directory bucket) sessions are not bundled in this function: pass an s3ExpressIdentityProvider"); } },';

/** S3's config without its default S3 Express session provider, or null when it makes none (or uses the class otherwise). */
export function withoutS3ExpressSessions(source) {
  return withoutImportedUse(source, { name: 'S3ExpressIdentityProviderImpl', imported: S3_EXPRESS_PROVIDER_IMPORT, use: S3_EXPRESS_DEFAULT, replacement: S3_EXPRESS_REFUSED });
}

/** `import { AdaptiveRetryStrategy } from "…";` and the branch of the retry config that makes one. */
const ADAPTIVE_IMPORT = /^import \{ AdaptiveRetryStrategy \} from "[./\w-]*\/AdaptiveRetryStrategy";\n/m;
const ADAPTIVE_BRANCH = /if \(adaptive\) \{\s*return new AdaptiveRetryStrategy\(maxAttemptsProvider, \{[^}]*\}\);\s*\}/;
const ADAPTIVE_REFUSED =
  'if (adaptive) {\n            console.warn("the adaptive retry mode is not bundled in this function: retrying in the standard mode");\n        }';

/** The retry config without the adaptive strategy, or null when it makes none (or uses the class otherwise). */
export function withoutAdaptiveRetry(source) {
  return withoutImportedUse(source, { name: 'AdaptiveRetryStrategy', imported: ADAPTIVE_IMPORT, use: ADAPTIVE_BRANCH, replacement: ADAPTIVE_REFUSED });
}

/** A region's entry holding only its description: `{ "description": "Africa (Cape Town)" }`. */
const REGION_DESCRIPTION = /\{\s*"description": "[^"\\]*"\s*\}/g;

/** The partitions table with empty region entries, or null when none holds a description alone. */
export function withoutRegionDescriptions(source) {
  const text = source.replace(REGION_DESCRIPTION, '{}');
  return text === source ? null : text;
}

/** `import { AccessDenied, …, NoSuchKey, … } from "../models/errors";` in a client's schemas. */
const MODELLED_ERRORS_IMPORT = /^import \{([^}]*)\} from "\.\.\/models\/errors";\n/m;

/**
 * A client's schemas without their modelled error classes registered, but for those in `keep`, or
 * null when they register none to drop (or use one otherwise). The error schemas stay exported,
 * and the service's base exception stays registered: an error is thrown as that, named as the
 * service named it.
 */
export function withoutModelledErrors(source, keep = []) {
  const imported = MODELLED_ERRORS_IMPORT.exec(source);
  if (!imported) return null;
  const names = imported[1].split(',').map((s) => s.trim()).filter(Boolean);
  const dropped = names.filter((name) => !keep.includes(name));
  if (dropped.length === 0) return null;
  const kept = names.filter((name) => keep.includes(name));
  let rest = source.replace(imported[0], kept.length ? `import { ${kept.join(', ')} } from "../models/errors";\n` : '');
  for (const name of dropped) {
    const registration = `n0_registry.registerError(${name}$, ${name});\n`;
    if (!rest.includes(registration)) return null;
    rest = rest.replace(registration, '');
    // A use other than the registration: not a string constant (`const _NSK = "NoSuchKey";`), not the schema (NoSuchKey$).
    if (new RegExp(`(?<!")\\b${name}\\b(?![$"])`).test(rest)) return null;
  }
  return rest;
}

/**
 * DynamoDB's classes the code needs: the stores test the first two with instanceof (and read a
 * cancellation's reasons off the second), and the retry strategy retries the third by its trait.
 * Every other error DynamoDB returns is told apart by name, which the base exception keeps.
 */
export const DYNAMODB_ERRORS_KEPT = ['ConditionalCheckFailedException', 'TransactionCanceledException', 'ReplicatedWriteConflictException'];

const rewrites = [
  { applies: (file) => basename(dirname(file)) === 'schemas', rewrite: withLiteralTraitKeys },
  { applies: (file) => /^runtimeConfig(\.\w+)?\.js$/.test(basename(file)), rewrite: withPackageVersionImport },
  { applies: (file) => /^(?:Md5|Sha1|Sha256)Node\.js$/.test(basename(file)), rewrite: withoutJsHashFallback },
  { applies: (file) => /^(?:config|resolveDefaultsModeConfig)\.js$/.test(basename(file)), rewrite: withoutImdsRegion },
  {
    applies: (file) => /^(?:sdk-stream-mixin|stream-collector|createBufferedReadable|createChecksumStream|getAwsChunkedEncodingStream)\.js$/.test(basename(file)),
    rewrite: withoutWebStreamBranches,
  },
  { applies: (file) => basename(file) === 's3Configuration.js', rewrite: withoutS3ExpressSessions },
  { applies: (file) => basename(file) === 'configurations.js' && basename(dirname(file)) === 'middleware-retry', rewrite: withoutAdaptiveRetry },
  { applies: (file) => basename(file) === 'partitions.js' && basename(dirname(file)) === 'aws', rewrite: withoutRegionDescriptions },
  { applies: (file) => basename(dirname(file)) === 'schemas' && file.includes('/client-s3/dist-es/'), rewrite: (source) => withoutModelledErrors(source) },
  { applies: (file) => basename(dirname(file)) === 'schemas' && file.includes('/client-dynamodb/dist-es/'), rewrite: (source) => withoutModelledErrors(source, DYNAMODB_ERRORS_KEPT) },
];

/** Every installed dist-es module of the SDK (@aws-sdk and @smithy) that one of the rewrites is for, nested @aws-sdk installs included. */
export function installedSdkModules(nodeModules = join(projectRoot, 'node_modules')) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js') && rewrites.some((r) => r.applies(path))) found.push(path);
    }
  };
  const visitScope = (scopeDir) => {
    if (!existsSync(scopeDir)) return;
    for (const name of readdirSync(scopeDir)) {
      const pkg = join(scopeDir, name);
      if (existsSync(join(pkg, 'dist-es'))) walk(join(pkg, 'dist-es'));
      visitScope(join(pkg, 'node_modules', '@aws-sdk'));
    }
  };
  visitScope(join(nodeModules, '@aws-sdk'));
  visitScope(join(nodeModules, '@smithy'));
  return found.sort();
}

/** The module's text after every rewrite that applies, or null when none changes it. */
export function rewritten(file, source) {
  let text = source;
  for (const { applies, rewrite } of rewrites) {
    if (!applies(file)) continue;
    text = rewrite(text) ?? text;
  }
  return text === source ? null : text;
}

export function rewriteInstalledSdk(nodeModules) {
  const changed = [];
  for (const file of installedSdkModules(nodeModules)) {
    const source = readFileSync(file, 'utf8');
    const text = rewritten(file, source);
    if (text === null) continue;
    if (!existsSync(`${file}.orig`)) writeFileSync(`${file}.orig`, source);
    writeFileSync(file, text);
    changed.push(file);
  }
  return changed;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const changed = rewriteInstalledSdk();
  console.log(`sdk tree-shaking: ${changed.length} module(s) rewritten${changed.length ? ':' : ''}`);
  for (const file of changed) console.log(`  ${relative(projectRoot, file)}`);
}
