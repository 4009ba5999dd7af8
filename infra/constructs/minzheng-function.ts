// The one way this project defines a Lambda function. The defaults live here so the three
// functions cannot drift apart, and grants are bound to the environment variables that name the
// granted resource: a function that can read a table is also the only kind that is told its name.
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';
import { Construct } from 'constructs';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { logRetentionDays } from '../../shared/aws/clientConfig.ts';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Lambda runs Node.js 22 (20 is past end of life) while local mode and CI run the same code on
 * Node 20, so the bundle targets node22 but the source must stay Node 20-clean.
 */
export const lambdaNodeTarget = 'node22';

/**
 * ESM bundles need `require` for the CommonJS dependencies esbuild inlines (the AWS SDK's
 * transitive ones do `require('buffer')` and the like).
 */
export const esmRequireBanner =
  "import { createRequire as __minzhengCreateRequire } from 'node:module';const require = __minzhengCreateRequire(import.meta.url);";

/**
 * Packages swapped at bundle time, relative to the project root (esbuild runs there): `zod`
 * without its locales (infra/bundling/zod-without-locales/index.js), the SDK's credential
 * chain reduced to what a Lambda uses (infra/bundling/lambda-credentials/index.js), and the
 * DynamoDB endpoint cache's LRU on a Map (infra/bundling/lru-cache/index.js).
 */
export const bundleAliases = {
  zod: './infra/bundling/zod-without-locales/index.js',
  // esbuild aliases a package's subpaths with it; zod/mini has no locales to drop (it shakes).
  'zod/mini': './node_modules/zod/mini/index.js',
  '@aws-sdk/credential-provider-node': './infra/bundling/lambda-credentials/index.js',
  'mnemonist/lru-cache': './infra/bundling/lru-cache/index.js',
  '@smithy/core/event-streams': './infra/bundling/no-event-streams/index.js',
} as const;

/**
 * The extraction lexicon and the division names are Chinese: written as UTF-8 (3 bytes a
 * character) rather than esbuild's default \uXXXX escapes (6). Node reads modules as UTF-8.
 */
export const outputCharset = 'utf8' as const;

/**
 * Comments packages mark to keep (/*! …, @license, @preserve) go to a file beside the bundle
 * (index.mjs.LEGAL.txt, shipped in the asset) rather than to its end, where Node parses them at
 * every cold start.
 */
export const legalComments = 'external' as const;

/**
 * Bundling for every function. bench/bundles.ts imports this so the measured bundle is the
 * deployed one. The SDK is bundled (`externalModules: []`) rather than taken from the runtime:
 * the version is then the one the tests ran against, and tree-shaking keeps it small.
 */
export const minzhengBundling = {
  externalModules: [] as string[],
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  // Prefer ES module entry points: they tree-shake; CommonJS `main` is the fallback.
  mainFields: ['module', 'main'],
  format: OutputFormat.ESM,
  target: lambdaNodeTarget,
  banner: esmRequireBanner,
  esbuildArgs: {
    ...Object.fromEntries(Object.entries(bundleAliases).map(([name, path]) => [`--alias:${name}`, path])),
    // Passed as an argument: NodejsFunction accepts a `charset` option but does not hand it to
    // esbuild (aws/aws-cdk#32649); test/infra/bundles.test.ts checks the synthesized asset.
    '--charset': outputCharset,
    '--legal-comments': legalComments,
  },
} satisfies BundlingOptions;

/**
 * A package left out of a function's bundle and loaded from beside it at run time. esbuild
 * inlines even a dynamic `import()` into the single-file bundle, so a large library that only
 * some requests need (pdfjs: 2 MB, for PDFs only) would otherwise be parsed at every cold start.
 * Marked external, its run-time files are copied to `node_modules/<name>/` in the asset, where a
 * bare `import('<name>/...')` from the bundle resolves, as it resolves locally to the installed
 * package. Files are copied from the installed node_modules (never an npm install), so synth
 * stays offline and ships exactly the versions the tests ran against.
 */
export interface UnbundledPackage {
  name: string;
  /**
   * What the code loads at run time, relative to the package folder (`legacy/build/pdf.mjs`),
   * when that is a known few files of a large package. Omitted: the whole package folder.
   */
  files?: readonly string[];
  /**
   * Also ship every package it depends on at run time (dependencies and installed optional
   * ones, transitively), whole, each at the place npm installed it so Node resolves them the same
   * way. Only for packages whose closure is plain JavaScript: a native addon would be built for
   * this machine, not for Lambda.
   */
  withDependencies?: boolean;
}

/** Where an unbundled package's files land in the asset: under node_modules/, as installed. */
export function unbundledPackageFiles(packages: readonly UnbundledPackage[]): ShippedFile[] {
  const shipped = packages.flatMap(({ name, files, withDependencies }) => [
    ...(files === undefined ? [`node_modules/${name}/`] : files.map((file) => `node_modules/${name}/${file}`)),
    ...(withDependencies ? installedDependencyClosure(name).map((folder) => `${folder}/`) : []),
  ]);
  // A nested install (node_modules/jszip/node_modules/...) already travels with its parent folder.
  const unique = [...new Set(shipped)];
  const folders = unique.filter((path) => path.endsWith('/'));
  return unique
    .filter((path) => !folders.some((folder) => folder !== path && path.startsWith(folder)))
    .map((path) => ({ from: path, to: path }));
}

/**
 * The installed folders (relative to the project root, e.g. `node_modules/jszip`) of everything
 * `name` needs at run time, found the way Node resolves a bare import: the nearest
 * node_modules/<dependency> from the requiring package's folder up to the project root.
 */
export function installedDependencyClosure(name: string): string[] {
  const installedFrom = (folder: string, dependency: string): string | undefined => {
    for (let dir = folder; ; dir = dirname(dir)) {
      const candidate = join(dir, 'node_modules', dependency);
      if (existsSync(join(candidate, 'package.json'))) return candidate;
      if (dir === projectRoot || dir === dirname(dir)) return undefined;
    }
  };
  const root = installedFrom(projectRoot, name);
  if (root === undefined) throw new Error(`unbundled package ${name} is not installed under ${projectRoot}`);
  const seen = new Set<string>();
  const visit = (folder: string) => {
    if (seen.has(folder)) return;
    seen.add(folder);
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    for (const dependency of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
      const found = installedFrom(folder, dependency);
      if (found !== undefined) visit(found);
      else if (!(dependency in (manifest.optionalDependencies ?? {}))) {
        throw new Error(`${name} needs ${dependency} (from ${relative(projectRoot, folder)}), which is not installed`);
      }
    }
  };
  visit(root);
  seen.delete(root);
  return [...seen].map((folder) => relative(projectRoot, folder).split(sep).join('/')).sort();
}

/** The same options in esbuild's own terms, for building outside CDK (benchmarks, tests). */
export function esbuildOptionsForFunction(entry: string, outfile: string, unbundled: readonly UnbundledPackage[] = []) {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node' as const,
    format: 'esm' as const,
    target: minzhengBundling.target,
    minify: minzhengBundling.minify,
    sourcemap: minzhengBundling.sourceMap,
    sourcesContent: minzhengBundling.sourcesContent,
    charset: outputCharset,
    legalComments,
    mainFields: minzhengBundling.mainFields,
    external: externalModulesWith(unbundled),
    banner: { js: minzhengBundling.banner },
    alias: { ...bundleAliases },
    absWorkingDir: projectRoot,
    metafile: true,
    logLevel: 'silent' as const,
  };
}

/** Where Lambda unpacks the function's asset (LAMBDA_TASK_ROOT): the bundle and what ships beside it. */
export const lambdaTaskRoot = '/var/task';

/**
 * A file or folder copied from the project into the function's asset beside the bundle: files the
 * code reads at run time that esbuild cannot inline (the dashboard's static files, pdfjs's CMaps).
 * Folders end in `/`, like the bucket prefixes.
 */
export interface ShippedFile {
  /** Relative to the project root, e.g. `node_modules/pdfjs-dist/cmaps/`. */
  from: string;
  /** Relative to the asset root, e.g. `cmaps/`. */
  to: string;
  /** Tells the function where it landed: `${lambdaTaskRoot}/${to}`. */
  envVar?: string;
}

/**
 * The shell commands (CDK's afterBundling hook) that copy `files` from `inputDir` (the project
 * root, or /asset-input when CDK bundles in Docker) into `outputDir` (the asset). A missing source
 * fails synth here, not the first request in AWS.
 */
export function copyShippedFilesCommands(inputDir: string, outputDir: string, files: readonly ShippedFile[]): string[] {
  const quote = (path: string) => `'${path.replace(/'/g, `'\\''`)}'`;
  return files.flatMap(({ from, to }) => {
    const source = posix.join(inputDir, from);
    const target = posix.join(outputDir, to);
    if (from.endsWith('/') !== to.endsWith('/')) throw new Error(`shipped ${from} → ${to}: a folder must go to a folder`);
    return from.endsWith('/')
      ? [`mkdir -p ${quote(target)}`, `cp -R ${quote(`${source}/.`)} ${quote(target)}`]
      : [`mkdir -p ${quote(posix.dirname(target))}`, `cp ${quote(source)} ${quote(target)}`];
  });
}

export type TableAccess = 'read' | 'readWrite';

/** Key prefixes (e.g. `incoming/`) a function may read, write, or tag existing objects under. */
export interface BucketAccess {
  read?: readonly string[];
  write?: readonly string[];
  /** Tag objects it did not write (ingest marks a held-back original under incoming/). */
  tag?: readonly string[];
}

export interface MinzhengFunctionProps {
  /** Path of the handler module (exports `handler`). */
  entry: string;
  /** Powertools service name (`minzheng-ingest`, ...), the one the handlers' Logger and Metrics use. */
  serviceName: string;
  stage: string;
  description: string;
  timeout?: Duration;
  memorySize?: number;
  environment?: Record<string, string>;
  /** Copied into the asset beside the bundle (see ShippedFile). */
  shippedFiles?: readonly ShippedFile[];
  /** Left out of the bundle and shipped beside it (see UnbundledPackage). */
  unbundledPackages?: readonly UnbundledPackage[];
}

export const metricsNamespace = 'Minzheng';

export class MinzhengFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: MinzhengFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: retentionFor(logRetentionDays),
      removalPolicy: props.stage === 'dev' ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    });
    // An explicit role instead of AWSLambdaBasicExecutionRole: that managed policy lets the
    // function write to any log group in the account; this one reaches only its own.
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.serviceName}: execution role`,
    });
    super(scope, id, {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(30),
      role,
      logGroup,
      projectRoot,
      depsLockFilePath: resolve(projectRoot, 'package-lock.json'),
      bundling: withShippedFiles(
        { ...minzhengBundling, externalModules: externalModulesWith(props.unbundledPackages ?? []) },
        [...(props.shippedFiles ?? []), ...unbundledPackageFiles(props.unbundledPackages ?? [])],
      ),
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_METRICS_NAMESPACE: metricsNamespace,
        POWERTOOLS_LOG_LEVEL: props.stage === 'prod' ? 'INFO' : 'DEBUG',
        MINZHENG_STAGE: props.stage,
        ...shippedFilesEnvironment(props.shippedFiles ?? []),
        ...props.environment,
      },
    });
    role.addToPrincipalPolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [logGroup.logGroupArn],
      }),
    );
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node.js 22 on purpose: local mode and CI run the same code on Node 20, and 22 is the newest runtime whose language level matches; move to 24 when local moves.',
    });
  }

  /** Grants `access` on the table and its indexes, and tells the function its name in `envVar`. */
  bindTable(table: ITable, access: TableAccess, envVar: string): this {
    if (access === 'read') table.grantReadData(this);
    else table.grantReadWriteData(this);
    this.addEnvironment(envVar, table.tableName);
    this.acknowledgeIndexWildcard(table);
    return this;
  }

  /**
   * Grants object reads and/or writes under the given key prefixes only (never the whole bucket,
   * never bucket-level actions), and tells the function the bucket's name in `envVar`.
   */
  bindBucket(bucket: IBucket, access: BucketAccess, envVar: string): this {
    const read = access.read ?? [];
    const write = access.write ?? [];
    const tag = access.tag ?? [];
    const objectsUnder = (prefixes: readonly string[]) => prefixes.map((prefix) => bucket.arnForObjects(`${prefix}*`));
    if (read.length > 0) {
      // The *Version* actions: S3 events carry a versionId and ingest reads (and copies, tags
      // included) exactly that version. HeadObject is covered by GetObject.
      this.addToRolePolicy(
        new PolicyStatement({
          actions: ['s3:GetObject', 's3:GetObjectVersion', 's3:GetObjectTagging', 's3:GetObjectVersionTagging'],
          resources: objectsUnder(read),
        }),
      );
    }
    if (write.length > 0) {
      this.addToRolePolicy(
        new PolicyStatement({ actions: ['s3:PutObject', 's3:PutObjectTagging'], resources: objectsUnder(write) }),
      );
    }
    if (tag.length > 0) {
      this.addToRolePolicy(
        new PolicyStatement({
          actions: ['s3:GetObjectTagging', 's3:GetObjectVersionTagging', 's3:PutObjectTagging', 's3:PutObjectVersionTagging'],
          resources: objectsUnder(tag),
        }),
      );
    }
    this.addEnvironment(envVar, bucket.bucketName);
    for (const prefix of new Set([...read, ...write, ...tag])) {
      this.acknowledgeOnRole({
        id: `AwsSolutions-IAM5[Resource::${this.nagName(bucket.arnForObjects(`${prefix}*`))}]`,
        reason: `Object actions under ${prefix} only: keys there are per-upload and unknowable at deploy time.`,
      });
    }
    return this;
  }

  /**
   * Narrow item writes: each action allowed only on items whose partition key is the given one
   * (IAM's dynamodb:LeadingKeys), e.g. the rollup clearing DIRTY marks and registering
   * PARTITIONS without any write access to report records or unit facts. A key ending in `*` is a
   * family (`REVIEW#*`: every province and period's review partition), matched with StringLike;
   * exact keys keep StringEquals, so no `*` is ever read as a wildcard by accident.
   * Transactions need no action of their own: IAM checks each item of a TransactWriteItems
   * against the action it performs (UpdateItem, PutItem, ...), so these conditions cover them.
   */
  bindPartitionWrites(table: ITable, actionsByPartitionKey: Record<string, readonly string[]>): this {
    for (const [partitionKey, actions] of Object.entries(actionsByPartitionKey)) {
      const family = partitionKey.endsWith('*');
      if (partitionKey.slice(0, -1).includes('*') || partitionKey.includes('?') || partitionKey === '*') {
        throw new Error(`partition key ${partitionKey}: only a trailing * after a fixed prefix is allowed`);
      }
      this.addToRolePolicy(
        new PolicyStatement({
          actions: [...actions],
          resources: [table.tableArn],
          conditions: {
            [family ? 'ForAllValues:StringLike' : 'ForAllValues:StringEquals']: { 'dynamodb:LeadingKeys': [partitionKey] },
          },
        }),
      );
    }
    return this;
  }

  /** How cdk-nag names a resource in a finding, so an acknowledgement matches exactly that finding. */
  private nagName(arn: string): string {
    return flattenCfnReference(Stack.of(this).resolve(arn));
  }

  /** Grants land in the role's default policy, a child of the role, so findings are acknowledged there. */
  private acknowledgeOnRole(acknowledgement: { id: string; reason: string }): void {
    Validations.of(this.role!).acknowledge(acknowledgement);
  }

  private acknowledgeIndexWildcard(table: ITable): void {
    this.acknowledgeOnRole({
      id: `AwsSolutions-IAM5[Resource::${this.nagName(table.tableArn)}/index/*]`,
      reason: 'Queries run on the table’s own global secondary indexes, whose ARNs the grant covers with index/*.',
    });
  }
}

function externalModulesWith(unbundled: readonly UnbundledPackage[]): string[] {
  // esbuild treats a package marked external as covering its subpaths (`pdfjs-dist/legacy/...`).
  return [...minzhengBundling.externalModules, ...unbundled.map(({ name }) => name)];
}

/** The bundling options plus an afterBundling hook that copies the shipped files, if any. */
function withShippedFiles(bundling: BundlingOptions, files: readonly ShippedFile[]): BundlingOptions {
  if (files.length === 0) return bundling;
  for (const { from } of files) {
    // Checked at construction so a typo fails every synth, tests included (they skip bundling).
    const kind = statSync(resolve(projectRoot, from), { throwIfNoEntry: false });
    if (kind === undefined) throw new Error(`shipped file ${from} does not exist under ${projectRoot}`);
    if (kind.isDirectory() !== from.endsWith('/')) throw new Error(`shipped ${from}: folders end in /, files do not`);
  }
  return {
    ...bundling,
    commandHooks: {
      beforeBundling: () => [],
      beforeInstall: () => [],
      afterBundling: (inputDir, outputDir) => copyShippedFilesCommands(inputDir, outputDir, files),
    },
  };
}

function shippedFilesEnvironment(files: readonly ShippedFile[]): Record<string, string> {
  return Object.fromEntries(
    files.filter((file) => file.envVar !== undefined).map((file) => [file.envVar!, `${lambdaTaskRoot}/${file.to}`]),
  );
}

function retentionFor(days: number): RetentionDays {
  const match = Object.values(RetentionDays).find((value) => value === days);
  if (match === undefined) throw new Error(`CloudWatch Logs has no ${days}-day retention`);
  return match as RetentionDays;
}
