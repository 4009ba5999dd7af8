// Builds the CDK app for assertions: bundling skipped (the `aws:cdk:bundling-stacks` context), and
// the real handlers when they exist. Until every handler has landed, NodejsFunction's
// entry-exists check is satisfied by stubs under test/.artifacts (git-ignored, inside the project
// root because NodejsFunction requires entries under it).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { buildApp, type MinzhengApp } from '../../infra/minzheng-app.ts';
import { projectRoot } from '../../infra/constructs/minzheng-function.ts';

const functionNames = ['ingest', 'rollup', 'query'] as const;

function functionsDir(): string {
  const real = resolve(projectRoot, 'functions');
  if (functionNames.every((name) => existsSync(resolve(real, name, 'handler.ts')))) return real;
  const stubs = resolve(projectRoot, 'test/.artifacts/stub-functions');
  for (const name of functionNames) {
    const entry = resolve(real, name, 'handler.ts');
    const stub = resolve(stubs, name, 'handler.ts');
    mkdirSync(resolve(stubs, name), { recursive: true });
    if (!existsSync(entry)) writeFileSync(stub, 'export const handler = async () => undefined;\n');
    else writeFileSync(stub, `export { handler } from '${entry}';\n`);
  }
  return stubs;
}

/**
 * One assembly directory per vitest worker, written over by each synth in it: CDK's default is a
 * fresh directory under the system's temp for every synth, which nothing removes.
 */
const outdir = resolve(projectRoot, 'test/.artifacts/cdk.out', process.env.VITEST_POOL_ID ?? String(process.pid));

/** What prod is deployed with in the tests: the dashboard's origin is required there. */
export const testDashboardOrigin = 'https://minzheng.example.gov.cn';

/** The app before synthesis, so a test may still add constructs. */
export function buildUnsynthesisedApp(stage: 'dev' | 'prod' = 'dev', context: Record<string, unknown> = {}): MinzhengApp {
  return buildApp({
    context: {
      stage,
      'aws:cdk:bundling-stacks': [],
      ...(stage === 'prod' ? { dashboardOrigin: testDashboardOrigin } : {}),
      ...context,
    },
    functionsDir: functionsDir(),
    cloudFormationValidation: false,
    outdir,
  });
}

export function buildTestApp(stage: 'dev' | 'prod' = 'dev'): MinzhengApp & {
  statefulTemplate: Template;
  statelessTemplate: Template;
} {
  const built = buildUnsynthesisedApp(stage);
  return {
    ...built,
    statefulTemplate: Template.fromStack(built.stateful),
    statelessTemplate: Template.fromStack(built.stateless),
  };
}
