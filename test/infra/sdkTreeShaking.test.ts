// scripts/sdk-tree-shaking.mjs (run at install) rewrites the SDK clients' ES modules so esbuild
// can drop what a function never calls: the schemas of other operations, the rest of package.json.
// The rewrite must change no value: each rewritten schema module is loaded beside its original
// and every export compared, thunks followed.
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../../infra/constructs/minzheng-function.ts';
// @ts-expect-error -- a plain .mjs script without types
import * as sdkTreeShaking from '../../scripts/sdk-tree-shaking.mjs';

const { installedSdkModules, rewritten, withLiteralTraitKeys, withPackageVersionImport, withoutJsHashFallback, withoutImdsRegion, withoutWebStreamBranches, withoutS3ExpressSessions, withoutAdaptiveRetry, withoutRegionDescriptions, withoutModelledErrors, DYNAMODB_ERRORS_KEPT } = sdkTreeShaking as {
  installedSdkModules: () => string[];
  rewritten: (file: string, source: string) => string | null;
  withLiteralTraitKeys: (source: string) => string | null;
  withPackageVersionImport: (source: string) => string | null;
  withoutJsHashFallback: (source: string) => string | null;
  withoutImdsRegion: (source: string) => string | null;
  withoutWebStreamBranches: (source: string) => string | null;
  withoutS3ExpressSessions: (source: string) => string | null;
  withoutAdaptiveRetry: (source: string) => string | null;
  withoutRegionDescriptions: (source: string) => string | null;
  withoutModelledErrors: (source: string, keep?: string[]) => string | null;
  DYNAMODB_ERRORS_KEPT: string[];
};
const modules = installedSdkModules();
const rewrite = withLiteralTraitKeys;

/** Loads a schema module (extensionless relative imports, so through esbuild) and returns its exports. */
async function load(file: string, contents = readFileSync(file, 'utf8')): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'sdk-schemas-'));
  const out = join(dir, 'module.mjs');
  const result = await build({
    stdin: { contents, resolveDir: dirname(file), loader: 'js', sourcefile: file },
    bundle: true,
    format: 'esm',
    platform: 'node',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  writeFileSync(out, result.outputFiles[0].text);
  try {
    return await import(pathToFileURL(out).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Structural equality of two schema graphs: arrays and objects by content, thunks followed, classes by name. */
function sameSchema(a: unknown, b: unknown, seen = new Map<unknown, unknown>()): boolean {
  if (typeof a !== typeof b) return false;
  if (a === null || typeof a !== 'object') {
    if (typeof a !== 'function') return Object.is(a, b);
    const fa = a as (...args: unknown[]) => unknown;
    const fb = b as (...args: unknown[]) => unknown;
    if (fa.length === 0 && !fa.prototype) return sameSchema(fa(), fb(), seen); // () => Shape$
    return fa.name === fb.name;
  }
  if (seen.has(a)) return seen.get(a) === b;
  seen.set(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) => sameSchema((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], seen));
}

describe('the SDK’s ES modules as installed', () => {
  it('finds the clients the functions use', () => {
    const names = modules.map((file) => relative(projectRoot, file));
    expect(names).toContain('node_modules/@aws-sdk/client-s3/dist-es/schemas/schemas_0.js');
    expect(names).toContain('node_modules/@aws-sdk/client-dynamodb/dist-es/schemas/schemas_0.js');
    expect(names).toContain('node_modules/@aws-sdk/client-s3/dist-es/runtimeConfig.js');
    expect(names).toContain('node_modules/@smithy/core/dist-es/submodules/checksum/sha256/Sha256Node.js');
    expect(names).toContain('node_modules/@aws-sdk/checksums/dist-es/submodules/sha/sha1/Sha1Node.js');
  });

  it.each([
    ['Md5Node', '@smithy/core/dist-es/submodules/checksum/md5/'],
    ['Sha1Node', '@aws-sdk/checksums/dist-es/submodules/sha/sha1/'],
    ['Sha256Node', '@smithy/core/dist-es/submodules/checksum/sha256/'],
  ])('%s without its JavaScript fallback hashes as the original does', async (name, folder) => {
    const file = modules.find((m) => m.includes(`/${folder}${name}.js`))!;
    expect(readFileSync(file, 'utf8')).not.toMatch(/Js\b/);
    const [original, rewritten] = await Promise.all([load(`${file}.orig`), load(file)]);
    type Hash = new (secret?: string) => { update(data: Uint8Array | string): void; digest(): Promise<Uint8Array> };
    const digest = async (Hash: Hash, data: string, secret?: string) => {
      const hash = new Hash(secret);
      hash.update(new TextEncoder().encode(data));
      return Buffer.from(await hash.digest()).toString('hex');
    };
    const [a, b] = [original[name] as Hash, rewritten[name] as Hash];
    expect(await digest(b, '低保对象4.52万人')).toBe(await digest(a, '低保对象4.52万人'));
    expect(await digest(b, '低保对象4.52万人')).not.toBe(await digest(a, '低保对象4.53万人')); // …and the comparison can tell
    if (name !== 'Md5Node') expect(await digest(b, '低保', 'key')).toBe(await digest(a, '低保', 'key'));
  }, 60_000);

  it('drops a JavaScript hash fallback only where the module uses it as nothing else', () => {
    const source = [
      'import { createHash } from "node:crypto";',
      'import { Sha256Js } from "./Sha256Js";',
      'export const Sha256Node = hasNativeCrypto ? buildNativeClass() : Sha256Js;',
    ].join('\n');
    const out = withoutJsHashFallback(source)!;
    expect(out).not.toContain('Sha256Js');
    expect(out).toContain('throw new Error("Sha256 needs node:crypto")');
    expect(withoutJsHashFallback(out)).toBeNull();
    expect(withoutJsHashFallback(`${source}\nexport const other = new Sha256Js();`)).toBeNull();
  });

  it('drops the IMDS region lookup only where the module uses it as nothing else', () => {
    const source = [
      'import { getInstanceMetadataRegion } from "../config-resolver/regionConfig/getInstanceMetadataRegion";',
      'const inferPhysicalRegion = async () => {',
      '    if (process.env.AWS_EXECUTION_ENV && process.env.AWS_REGION) return process.env.AWS_REGION;',
      '    return getInstanceMetadataRegion();',
      '};',
    ].join('\n');
    const out = withoutImdsRegion(source)!;
    expect(out).not.toContain('getInstanceMetadataRegion');
    expect(out).toContain('return undefined;');
    expect(out).toContain('return process.env.AWS_REGION;'); // a Lambda's answer stays
    expect(withoutImdsRegion(out)).toBeNull();
    expect(withoutImdsRegion(`${source}\nexport const again = getInstanceMetadataRegion;`)).toBeNull();
  });

  it('leaves a region named in the environment to the rewritten region config, and fails as before without one', async () => {
    const file = modules.find((m) => m.endsWith('/regionConfig/config.js'))!;
    const { NODE_REGION_CONFIG_OPTIONS } = await load(file);
    const options = NODE_REGION_CONFIG_OPTIONS as { environmentVariableSelector: (env: object) => string; default: () => Promise<string> };
    expect(options.environmentVariableSelector({ AWS_REGION: 'cn-north-1' })).toBe('cn-north-1');
    await expect(options.default()).rejects.toThrow('Region is missing');
  });

  it('drops the web-stream branches of a stream module, and only the names of its browser twin used for nothing else', () => {
    const source = [
      'import { Readable } from "node:stream";',
      'import { twinStream, flush, } from "./buffered.browser";',
      'export function buffered(upstream) {',
      '    if (isReadableStream(upstream)) {',
      '        return twinStream(upstream, 8);',
      '    }',
      '    return flush(upstream);',
      '}',
    ].join('\n');
    const out = withoutWebStreamBranches(source)!;
    expect(out.split('\n').slice(0, 2)).toEqual(['import { Readable } from "node:stream";', 'import { flush } from "./buffered.browser";']);
    expect(out).not.toContain('twinStream');
    expect(out).toContain('throw new Error("a web stream is not read in a Lambda");');
    expect(out).toContain('return flush(upstream);');
    expect(withoutWebStreamBranches(out)).toBeNull();
    // A name used otherwise than in such a branch stays, and then nothing changes.
    expect(withoutWebStreamBranches(`${source}\nexport const again = twinStream;`)).toBeNull();
  });

  it('still reads a Node stream after the rewrite, and refuses a web stream', async () => {
    const file = modules.find((m) => m.endsWith('/util-stream/sdk-stream-mixin.js'))!;
    const { sdkStreamMixin } = (await load(file)) as { sdkStreamMixin: (stream: unknown) => { transformToString: () => Promise<string> } };
    const { Readable } = await import('node:stream');
    await expect(sdkStreamMixin(Readable.from([Buffer.from('民政')])).transformToString()).resolves.toBe('民政');
    expect(() => sdkStreamMixin(new ReadableStream())).toThrow('Unexpected stream implementation');
    const collector = modules.find((m) => m.endsWith('/util-stream/stream-collector.js'))!;
    const { streamCollector } = (await load(collector)) as { streamCollector: (stream: unknown) => Promise<Uint8Array> };
    expect(Buffer.from(await streamCollector(Readable.from([Buffer.from('低保'), Buffer.from('特困')]))).toString()).toBe('低保特困');
    expect(() => streamCollector(new ReadableStream())).toThrow('a web stream is not read in a Lambda');
  });

  it('drops the default S3 Express session provider only where the config makes nothing else of it', () => {
    const source = [
      'import { S3ExpressIdentityProviderImpl } from "../middleware-s3-express/classes/S3ExpressIdentityProviderImpl";',
      'export const resolveS3Config = (input, { session, }) => {',
      '    const [s3ClientProvider, CreateSessionCommandCtor] = session;',
      '    return Object.assign(input, {',
      '        s3ExpressIdentityProvider: input.s3ExpressIdentityProvider ??',
      '            new S3ExpressIdentityProviderImpl(async (key) => s3ClientProvider().send(new CreateSessionCommandCtor({',
      '                Bucket: key,',
      '            }))),',
      '    });',
      '};',
    ].join('\n');
    const out = withoutS3ExpressSessions(source)!;
    expect(out).not.toContain('S3ExpressIdentityProviderImpl');
    expect(out).toContain('input.s3ExpressIdentityProvider ?? { getS3ExpressIdentity: async () => { throw new Error(');
    expect(withoutS3ExpressSessions(out)).toBeNull();
    expect(withoutS3ExpressSessions(`${source}\nexport const again = S3ExpressIdentityProviderImpl;`)).toBeNull();
  });

  it('keeps a session provider passed in the S3 config, and refuses a directory bucket’s session without one', async () => {
    const file = modules.find((m) => m.endsWith('/middleware-s3-configuration/s3Configuration.js'))!;
    const { resolveS3Config } = (await load(file)) as {
      resolveS3Config: (input: object, options: { session: unknown[] }) => { s3ExpressIdentityProvider: { getS3ExpressIdentity: () => Promise<unknown> }; forcePathStyle: boolean };
    };
    const given = { getS3ExpressIdentity: async () => ({ sessionToken: 'given' }) };
    expect(resolveS3Config({ s3ExpressIdentityProvider: given }, { session: [] }).s3ExpressIdentityProvider).toBe(given);
    const resolved = resolveS3Config({ forcePathStyle: true }, { session: [() => null, class {}] });
    expect(resolved.forcePathStyle).toBe(true);
    await expect(resolved.s3ExpressIdentityProvider.getS3ExpressIdentity()).rejects.toThrow('directory bucket');
  });

  it('drops the adaptive retry strategy only where the retry config makes nothing else of it', () => {
    const source = [
      'import { AdaptiveRetryStrategy } from "../util-retry/AdaptiveRetryStrategy";',
      'const getDefault = async () => {',
      '    if (adaptive) {',
      '        return new AdaptiveRetryStrategy(maxAttemptsProvider, {',
      '            maxAttempts,',
      '            baseDelay: defaultBaseDelay,',
      '        });',
      '    }',
      '    return new StandardRetryStrategy({ maxAttempts });',
      '};',
    ].join('\n');
    const out = withoutAdaptiveRetry(source)!;
    expect(out).not.toContain('AdaptiveRetryStrategy');
    expect(out).toContain('console.warn("the adaptive retry mode is not bundled');
    expect(out).toContain('return new StandardRetryStrategy({ maxAttempts });');
    expect(withoutAdaptiveRetry(out)).toBeNull();
    expect(withoutAdaptiveRetry(`${source}\nexport const again = AdaptiveRetryStrategy;`)).toBeNull();
  });

  it('retries in the standard mode whatever mode is asked for, and says so when asked for the adaptive one', async () => {
    const file = modules.find((m) => m.endsWith('/middleware-retry/configurations.js'))!;
    const { resolveRetryConfig } = (await load(file)) as {
      resolveRetryConfig: (input: object) => { retryStrategy: () => Promise<{ mode: string; maxAttempts?: number; maxAttemptsProvider?: () => Promise<number> }> };
    };
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      for (const retryMode of ['standard', 'adaptive']) {
        const strategy = await resolveRetryConfig({ retryMode, maxAttempts: 5 }).retryStrategy();
        expect(strategy.mode).toBe('standard');
      }
    } finally {
      console.warn = warn;
    }
    expect(warnings).toEqual([expect.stringContaining('adaptive retry mode is not bundled')]);
  });

  it('keeps every region of every partition, and all the endpoint rules read of it, without its description', async () => {
    const file = modules.find((m) => m.endsWith('/util-endpoints/lib/aws/partitions.js'))!;
    expect(withoutRegionDescriptions('{ "af-south-1": {\n "description": "Africa (Cape Town)"\n }, "x": { "description": "y", "supportsFIPS": false } }')).toBe(
      '{ "af-south-1": {}, "x": { "description": "y", "supportsFIPS": false } }',
    );
    type Partitions = { partitionsInfo: { partitions: Array<{ id: string; outputs: object; regionRegex: string; regions: Record<string, Record<string, unknown>> }> } };
    const [original, rewritten] = (await Promise.all([load(`${file}.orig`), load(file)])) as unknown as Partitions[];
    const withoutDescriptions = original.partitionsInfo.partitions.map((p) => ({
      ...p,
      regions: Object.fromEntries(Object.entries(p.regions).map(([region, { description, ...rest }]) => [region, rest])),
    }));
    expect(rewritten.partitionsInfo.partitions).toEqual(withoutDescriptions);
    expect(Object.keys(rewritten.partitionsInfo.partitions.find((p) => p.id === 'aws-cn')!.regions)).toContain('cn-north-1');
  });

  it('drops a client’s modelled error classes only where the schemas register them and use them for nothing else', () => {
    const source = [
      'const _NSK = "NoSuchKey";',
      'import { TypeRegistry } from "@smithy/core/schema";',
      'import { NoSuchBucket, NoSuchKey, } from "../models/errors";',
      'import { S3ServiceException } from "../models/S3ServiceException";',
      '_s_registry.registerError(S3ServiceException$, S3ServiceException);',
      'export var NoSuchBucket$ = [-3, n0, _NSB, { "error": _c, "httpError": 404 }, [], []];',
      'n0_registry.registerError(NoSuchBucket$, NoSuchBucket);',
      'export var NoSuchKey$ = [-3, n0, _NSK, { "error": _c, "httpError": 404 }, [], []];',
      'n0_registry.registerError(NoSuchKey$, NoSuchKey);',
      '',
    ].join('\n');
    const out = withoutModelledErrors(source)!;
    expect(out).not.toContain('../models/errors');
    expect(out).not.toMatch(/n0_registry\.registerError/);
    // The base exception, the error schemas and the names' constants stay.
    expect(out).toContain('_s_registry.registerError(S3ServiceException$, S3ServiceException);');
    expect(out).toContain('export var NoSuchKey$ = [-3, n0, _NSK,');
    expect(out).toContain('const _NSK = "NoSuchKey";');
    expect(withoutModelledErrors(out)).toBeNull();
    expect(withoutModelledErrors(`${source}export const again = NoSuchKey;\n`)).toBeNull();

    // Those it is told to keep stay imported and registered.
    const kept = withoutModelledErrors(source, ['NoSuchKey'])!;
    expect(kept).toContain('import { NoSuchKey } from "../models/errors";');
    expect(kept).toContain('n0_registry.registerError(NoSuchKey$, NoSuchKey);');
    expect(kept).not.toContain('registerError(NoSuchBucket$');
    expect(withoutModelledErrors(kept, ['NoSuchKey'])).toBeNull();
  });

  it('leaves S3’s installed schemas registering only the service’s base exception', async () => {
    const file = modules.find((m) => m.includes('/@aws-sdk/client-s3/dist-es/schemas/'))!;
    const { errorTypeRegistries } = (await load(file)) as { errorTypeRegistries: { exceptions: Map<unknown, { name: string }> }[] };
    const classes = errorTypeRegistries.flatMap((r) => [...r.exceptions.values()].map((c) => c.name));
    // (esbuild may rename a class it bundles: _S3ServiceException)
    expect(classes).toEqual([expect.stringMatching(/^_?S3ServiceException$/)]);
    const original = (await load(`${file}.orig`)) as { errorTypeRegistries: { exceptions: Map<unknown, { name: string }> }[] };
    const before = original.errorTypeRegistries.flatMap((r) => [...r.exceptions.values()].map((c) => c.name));
    expect(before).toHaveLength(22);
    expect(before).toContainEqual(expect.stringMatching(/^_?NoSuchKey$/));
  }, 60_000);

  it('leaves DynamoDB’s installed schemas registering the base exception and the classes kept', async () => {
    const file = modules.find((m) => m.includes('/@aws-sdk/client-dynamodb/dist-es/schemas/'))!;
    const { errorTypeRegistries } = (await load(file)) as { errorTypeRegistries: { exceptions: Map<unknown, { name: string }> }[] };
    const classes = errorTypeRegistries.flatMap((r) => [...r.exceptions.values()].map((c) => c.name.replace(/^_/, '')));
    expect(classes.sort()).toEqual(['DynamoDBServiceException', ...DYNAMODB_ERRORS_KEPT].sort());
    const original = (await load(`${file}.orig`)) as { errorTypeRegistries: { exceptions: Map<unknown, { name: string }> }[] };
    const before = original.errorTypeRegistries.flatMap((r) => [...r.exceptions.values()].map((c) => c.name.replace(/^_/, '')));
    expect(before).toContain('ResourceNotFoundException');
    expect(before.length).toBeGreaterThan(classes.length + 20);
  }, 60_000);

  it('are all rewritten (npm install ran the script)', () => {
    const left = modules.filter((file) => rewritten(file, readFileSync(file, 'utf8')) !== null);
    expect(left.map((file) => relative(projectRoot, file)), 'run `npm install`: its postinstall rewrites these').toEqual([]);
  });

  it.each(['client-s3', 'client-dynamodb'])('%s: the rewritten schemas equal the originals, export by export', async (client) => {
    const file = modules.find((m) => m.includes(`/@aws-sdk/${client}/dist-es/schemas/`))!;
    expect(existsSync(`${file}.orig`)).toBe(true);
    const [original, rewritten] = await Promise.all([load(`${file}.orig`), load(file)]);
    expect(Object.keys(rewritten)).toEqual(Object.keys(original));
    const different = Object.keys(original).filter((name) => !sameSchema(original[name], rewritten[name]));
    expect(different).toEqual([]);
    // And the comparison can tell: one trait key changed is caught.
    const changed = await load(file, readFileSync(file, 'utf8').replace('"error":', '"errorX":'));
    expect(Object.keys(original).filter((name) => !sameSchema(original[name], changed[name])).length).toBeGreaterThan(0);
  }, 60_000);

  it('rewrites a trait key only where its constant is a string literal', () => {
    const source = [
      'const _h = "http";',
      'const _e = "error";',
      'export var A$ = [9, n0, _A, { [_h]: ["GET", "/", 200] }, 0, 0];',
      'export var B$ = [-3, n0, _B, { [_e]: _c, [other]: 1 }, [], []];',
    ].join('\n');
    expect(rewrite(source)).toBe(
      [
        'const _h = "http";',
        'const _e = "error";',
        'export var A$ = [9, n0, _A, { "http": ["GET", "/", 200] }, 0, 0];',
        'export var B$ = [-3, n0, _B, { "error": _c, [other]: 1 }, [], []];',
      ].join('\n'),
    );
    expect(rewrite(rewrite(source)!)).toBeNull();
  });

  it('imports only the version from package.json, and only where nothing else of it is read', () => {
    const config = 'import packageInfo from "../package.json";\nexport const ua = { clientVersion: packageInfo.version };';
    expect(withPackageVersionImport(config)).toBe(
      'import { version as packageVersion } from "../package.json";\nconst packageInfo = { version: packageVersion };\nexport const ua = { clientVersion: packageInfo.version };',
    );
    expect(withPackageVersionImport(withPackageVersionImport(config)!)).toBeNull();
    expect(withPackageVersionImport(`${config}\nexport const n = packageInfo.name;`)).toBeNull();
  });
});
