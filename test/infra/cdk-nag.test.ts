// cdk-nag 3 is a CDK policy-validation plugin (not an Aspect that writes Annotations), so the
// check is its report: no violation may remain after the acknowledgements with reasons.
import { describe, expect, it } from 'vitest';
import { Validations } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { buildUnsynthesisedApp } from './infraApp.ts';

describe('cdk-nag AwsSolutions', () => {
  it.each(['dev', 'prod'] as const)('%s: every finding is fixed or acknowledged with a reason', (stage) => {
    const { app } = buildUnsynthesisedApp(stage);
    const report = new AwsSolutionsChecks(app).validateScope(app);
    expect(report.violations.map((v) => `${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(', ')}`)).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('every acknowledgement carries a reason', () => {
    const { app } = buildUnsynthesisedApp('prod');
    const acknowledgements = app.node
      .findAll()
      .flatMap((construct) => construct.node.metadata)
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) => Object.entries(entry.data as Record<string, string>))
      // aws-cdk-lib acknowledges some of its own CloudFormation-Validate rules; ours are cdk-nag's.
      .filter(([id]) => id.includes('AwsSolutions-'));
    expect(acknowledgements.length).toBeGreaterThan(0);
    for (const [id, reason] of acknowledgements) {
      expect(reason.length, id).toBeGreaterThan(30);
    }
  });

  it('an unjustified finding fails synth', () => {
    const { app, stateless } = buildUnsynthesisedApp('dev');
    // A queue without TLS enforcement or a dead-letter queue: AwsSolutions-SQS3 and SQS4.
    new Queue(stateless, 'UnjustifiedQueue', { enforceSSL: false });
    const report = new AwsSolutionsChecks(app).validateScope(app);
    expect(report.violations.map((v) => v.ruleName)).toEqual(
      expect.arrayContaining(['AwsSolutions-SQS3', 'AwsSolutions-SQS4']),
    );
    expect(() => app.synth()).toThrow(/AwsSolutions-SQS4/);
  });
});
