// Two stacks per stage, state apart from code. infra/app.ts synthesises it; tests build it here.
import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { dashboardOriginContextKey, parseDashboardOrigin } from './dashboard-origin.ts';
import { parseStage } from './stage.ts';
import { StatefulStack } from './stateful-stack.ts';
import { StatelessStack } from './stateless-stack.ts';

export interface MinzhengApp {
  app: App;
  stateful: StatefulStack;
  stateless: StatelessStack;
}

/** Builds the app; tests call this with bundling disabled in `context`. */
export function buildApp(
  options: {
    context?: Record<string, unknown>;
    functionsDir?: string;
    /** CDK's built-in CloudFormation schema check; tests turn it off (it costs seconds per synth). */
    cloudFormationValidation?: boolean;
    /** Where synth writes the cloud assembly; CDK makes a temporary directory when none is given. */
    outdir?: string;
  } = {},
): MinzhengApp {
  const app = new App({
    context: options.context,
    builtinCloudFormationValidation: options.cloudFormationValidation,
    outdir: options.outdir,
  });
  const stage = parseStage(app.node.tryGetContext('stage'));
  const prefix = `Minzheng-${stage}`;
  // Env-agnostic stacks: synth needs no account, no credentials and no lookups.
  const dashboardOrigin = parseDashboardOrigin(stage, app.node.tryGetContext(dashboardOriginContextKey));
  const stateful = new StatefulStack(app, `${prefix}-Stateful`, { stage, dashboardOrigin });
  const stateless = new StatelessStack(app, `${prefix}-Stateless`, {
    stage,
    functionsDir: options.functionsDir,
  });
  // Imports by export name carry no implicit dependency: deploy order is stated here.
  stateless.addStackDependency(stateful);
  Tags.of(app).add('project', 'minzheng-ingest');
  Tags.of(app).add('stage', stage);
  // cdk-nag 3 is a policy-validation plugin: any unacknowledged AwsSolutions finding fails synth.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { app, stateful, stateless };
}
