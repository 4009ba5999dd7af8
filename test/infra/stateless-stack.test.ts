import { beforeAll, describe, expect, it } from 'vitest';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import fc from 'fast-check';
import { ingestFunctionSizing, rollupFunctionSizing } from '#shared/aws/clientConfig.ts';
import { reviewKey } from '#shared/review/reviewItems.ts';
import { dirtyKey, factsKey, reportKey } from '#shared/store/reportItems.ts';
import { shippedFilesByFunction } from '../../infra/stateless-stack.ts';
import { buildTestApp } from './infraApp.ts';

let template: Template;
let ids: { ingest: string; rollup: string; query: string };

beforeAll(() => {
  const built = buildTestApp('prod');
  template = built.statelessTemplate;
  const idOf = (construct: { node: { defaultChild?: unknown } }) =>
    built.stateless.getLogicalId(construct.node.defaultChild as never);
  ids = {
    ingest: idOf(built.stateless.ingestFunction),
    rollup: idOf(built.stateless.rollupFunction),
    query: idOf(built.stateless.queryFunction),
  };
});

const imported = (name: string) => ({ 'Fn::ImportValue': `Minzheng-prod-${name}` });

type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };

/** Every statement in the inline policies attached to a function's role. */
function roleStatements(functionId: string): Statement[] {
  const fn = template.findResources('AWS::Lambda::Function')[functionId];
  const roleId = fn.Properties.Role['Fn::GetAtt'][0];
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((policy) => policy.Properties.Roles.some((role: { Ref: string }) => role.Ref === roleId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);
}

const actionsOf = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);
const resourcesOf = (s: Statement) => (Array.isArray(s.Resource) ? s.Resource : [s.Resource]);

/** The resources a role may apply `action` to. */
function resourcesFor(statements: Statement[], action: string): unknown[] {
  return statements.filter((s) => actionsOf(s).includes(action)).flatMap(resourcesOf);
}

const objects = (prefix: string) => ({ 'Fn::Join': ['', [imported('UploadBucketArn'), `/${prefix}*`]] });
const indexes = (table: string) => ({ 'Fn::Join': ['', [imported(table), '/index/*']] });

describe('functions share the construct defaults', () => {
  it('Node.js 22 on ARM64 with source maps and Powertools settings', () => {
    for (const [service, id] of Object.entries(ids)) {
      const fn = template.findResources('AWS::Lambda::Function')[id];
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        Environment: {
          Variables: {
            NODE_OPTIONS: '--enable-source-maps',
            POWERTOOLS_SERVICE_NAME: `minzheng-${service}`,
            POWERTOOLS_METRICS_NAMESPACE: 'Minzheng',
          },
        },
        LoggingConfig: { LogGroup: { Ref: expect.stringMatching(new RegExp(`^${service[0].toUpperCase()}${service.slice(1)}FunctionLogs`)) } },
      });
    }
    template.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
  });

  it('tells each function the names of exactly what it was granted', () => {
    const env = (id: string) => template.findResources('AWS::Lambda::Function')[id].Properties.Environment.Variables;
    expect(Object.keys(env(ids.ingest))).toEqual(expect.arrayContaining(['UPLOAD_BUCKET', 'REPORTS_TABLE']));
    expect(env(ids.ingest)).not.toHaveProperty('ROLLUPS_TABLE');
    expect(Object.keys(env(ids.rollup))).toEqual(expect.arrayContaining(['REPORTS_TABLE', 'ROLLUPS_TABLE']));
    expect(env(ids.rollup)).not.toHaveProperty('UPLOAD_BUCKET');
    expect(Object.keys(env(ids.query))).toEqual(expect.arrayContaining(['UPLOAD_BUCKET', 'REPORTS_TABLE', 'ROLLUPS_TABLE']));
  });
});

/** Whether a glob in IAM's StringLike sense (`*` any run, `?` one character) matches. */
const iamLike = (pattern: string, value: string) =>
  new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 's').test(value);

/**
 * Whether the statements allow `action` on an item of `tableArn` with partition key `pk`:
 * an Allow naming the action and the table whose LeadingKeys condition (if any) admits the key.
 * Only the condition operators these policies use are understood; any other fails the test.
 */
function allowsItemWrite(statements: Statement[], action: string, tableArn: unknown, pk: string): boolean {
  return statements.some((s) => {
    if (s.Effect !== 'Allow' || !actionsOf(s).includes(action)) return false;
    if (!resourcesOf(s).some((r) => JSON.stringify(r) === JSON.stringify(tableArn))) return false;
    if (s.Condition === undefined) return true;
    return Object.entries(s.Condition as Record<string, Record<string, string[]>>).every(([operator, byKey]) => {
      expect(Object.keys(byKey)).toEqual(['dynamodb:LeadingKeys']);
      const patterns = byKey['dynamodb:LeadingKeys'];
      if (operator === 'ForAllValues:StringEquals') return patterns.includes(pk);
      if (operator === 'ForAllValues:StringLike') return patterns.some((p) => iamLike(p, pk));
      throw new Error(`unexpected condition operator ${operator}`);
    });
  });
}

describe('shipped files', () => {
  it('ingest is told where pdfjs CMaps are, query where the dashboard is', () => {
    const env = (id: string) => template.findResources('AWS::Lambda::Function')[id].Properties.Environment.Variables;
    expect(env(ids.ingest).PDF_CMAP_DIR).toBe('/var/task/cmaps/');
    expect(env(ids.query).MINZHENG_DASHBOARD_DIR).toBe('/var/task/dashboard/');
    expect(env(ids.rollup)).not.toHaveProperty('PDF_CMAP_DIR');
    expect(env(ids.rollup)).not.toHaveProperty('MINZHENG_DASHBOARD_DIR');
    // ECharts lands where shared/query/dashboardAssets.ts looks: vendor/ inside the dashboard folder.
    expect(shippedFilesByFunction.query).toContainEqual({ from: 'node_modules/echarts/dist/echarts.min.js', to: 'dashboard/vendor/echarts.min.js' });
  });
});

describe('ingest', () => {
  it('consumes the ingest queue in batches with partial batch responses', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: imported('IngestQueueArn'),
      FunctionName: { Ref: ids.ingest },
      BatchSize: ingestFunctionSizing.batchSize,
      MaximumBatchingWindowInSeconds: ingestFunctionSizing.maxBatchingWindowSeconds,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: ingestFunctionSizing.maxConcurrency },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Timeout: ingestFunctionSizing.timeoutSeconds,
      Environment: { Variables: Match.objectLike({ POWERTOOLS_SERVICE_NAME: 'minzheng-ingest' }) },
    });
  });

  it('can reach only its bucket prefixes, its queue, the Reports table and its own logs', () => {
    const statements = roleStatements(ids.ingest);
    expect(resourcesFor(statements, 's3:GetObject')).toEqual([objects('incoming/')]);
    expect(resourcesFor(statements, 's3:PutObject')).toEqual([objects('held/'), objects('extracted/')]);
    // The held-back original is tagged where it lies (then copied, tags included, to held/).
    expect(resourcesFor(statements, 's3:PutObjectVersionTagging')).toEqual([objects('incoming/')]);
    expect(resourcesFor(statements, 's3:PutObjectTagging')).toEqual(expect.arrayContaining([objects('incoming/'), objects('held/')]));
    // CopyObject of a version carries its tags: the source's version tagging is read.
    expect(resourcesFor(statements, 's3:GetObjectVersionTagging')).toEqual(expect.arrayContaining([objects('incoming/')]));
    expect(resourcesFor(statements, 's3:PutObjectVersionTagging')).not.toContainEqual(objects('held/'));
    expect(resourcesFor(statements, 'sqs:ReceiveMessage')).toEqual([imported('IngestQueueArn')]);
    expect(resourcesFor(statements, 'dynamodb:PutItem')).toEqual([imported('ReportsTableArn'), indexes('ReportsTableArn')]);

    const allResources = JSON.stringify(statements.flatMap(resourcesOf));
    expect(allResources).not.toContain('RollupsTable');
    expect(statements.flatMap(resourcesOf)).not.toContain('*');
    // Nothing bucket-wide: no listing, no bucket policy, no deletes.
    expect(statements.flatMap(actionsOf).filter((a) => /^s3:(List|Delete|PutBucket|\*)/.test(a))).toEqual([]);
    expect(statements.every((s) => s.Effect === 'Allow')).toBe(true);

    const known = new Set(
      [objects('incoming/'), objects('held/'), objects('extracted/'), imported('IngestQueueArn'), imported('ReportsTableArn'), indexes('ReportsTableArn')].map((r) => JSON.stringify(r)),
    );
    const unknown = statements
      .flatMap(resourcesOf)
      .filter((r) => !known.has(JSON.stringify(r)))
      .filter((r) => !JSON.stringify(r).includes('IngestFunctionLogs'));
    expect(unknown).toEqual([]);
  });
});

describe('rollup', () => {
  it('runs on a schedule through EventBridge Scheduler', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: rollupFunctionSizing.scheduleExpression,
      State: 'ENABLED',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: {
        Arn: { 'Fn::GetAtt': [ids.rollup, 'Arn'] },
        RetryPolicy: { MaximumRetryAttempts: 0 },
      },
    });
  });

  it('writes Rollups, reads Reports, and in Reports may only delete DIRTY marks and register PARTITIONS', () => {
    const statements = roleStatements(ids.rollup);
    const unconditional = statements.filter((s) => s.Condition === undefined);
    expect(resourcesFor(unconditional, 'dynamodb:PutItem')).toEqual([imported('RollupsTableArn'), indexes('RollupsTableArn')]);
    expect(resourcesFor(statements, 'dynamodb:Query')).toEqual(
      expect.arrayContaining([imported('ReportsTableArn'), indexes('ReportsTableArn')]),
    );
    const reportDeletes = statements.filter(
      (s) => actionsOf(s).includes('dynamodb:DeleteItem') && resourcesOf(s).some((r) => JSON.stringify(r) === JSON.stringify(imported('ReportsTableArn'))),
    );
    expect(reportDeletes).toEqual([
      expect.objectContaining({
        Action: 'dynamodb:DeleteItem',
        Condition: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['DIRTY'] } },
      }),
    ]);
    const reportWrites = statements.filter(
      (s) =>
        actionsOf(s).some((a) => /^dynamodb:(PutItem|UpdateItem|BatchWriteItem)$/.test(a)) &&
        JSON.stringify(resourcesOf(s)).includes('ReportsTableArn'),
    );
    expect(reportWrites).toEqual([
      expect.objectContaining({
        Action: 'dynamodb:PutItem',
        Resource: imported('ReportsTableArn'),
        Condition: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['PARTITIONS'] } },
      }),
    ]);
    expect(JSON.stringify(roleStatements(ids.rollup))).not.toContain('UploadBucket');
  });
});

describe('query API', () => {
  it('routes every path to the query function behind IAM authorisation', () => {
    for (const method of ['GET', 'POST']) {
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
        RouteKey: `${method} /{proxy+}`,
        AuthorizationType: 'AWS_IAM',
      });
    }
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route'));
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.every((route) => route.Properties.AuthorizationType === 'AWS_IAM')).toBe(true);
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [ids.query, 'Arn'] },
      Principal: 'apigateway.amazonaws.com',
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('userArn') },
    });
  });

  it('reads both tables, reads objects for source links, and may sign uploads to incoming/ only', () => {
    const statements = roleStatements(ids.query);
    expect(resourcesFor(statements, 'dynamodb:PutItem')).toEqual([]);
    expect(resourcesFor(statements, 'dynamodb:DeleteItem')).toEqual([]);
    expect(resourcesFor(statements, 'dynamodb:BatchWriteItem')).toEqual([]);
    expect(resourcesFor(statements, 'dynamodb:Query')).toEqual(
      expect.arrayContaining([imported('ReportsTableArn'), imported('RollupsTableArn'), indexes('RollupsTableArn')]),
    );
    expect(resourcesFor(statements, 's3:PutObject')).toEqual([objects('incoming/')]);
    expect(resourcesFor(statements, 's3:GetObject')).toEqual([objects('incoming/'), objects('held/'), objects('extracted/')]);
  });

  it('records review decisions: UpdateItem on REVIEW# and DIRTY items of Reports only, each under a LeadingKeys condition', () => {
    const statements = roleStatements(ids.query);
    const updates = statements.filter((s) => actionsOf(s).includes('dynamodb:UpdateItem'));
    expect(updates).toEqual([
      { Effect: 'Allow', Action: 'dynamodb:UpdateItem', Resource: imported('ReportsTableArn'), Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['REVIEW#*'] } } },
      { Effect: 'Allow', Action: 'dynamodb:UpdateItem', Resource: imported('ReportsTableArn'), Condition: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['DIRTY'] } } },
    ]);
    // The items the review transaction writes (shared/review/dynamoReviewStore.ts).
    const decision = { provinceCode: '440000', periodKey: '2021-H1', adcode: '440300', reportId: 'r1', metric: 'm' };
    expect(allowsItemWrite(statements, 'dynamodb:UpdateItem', imported('ReportsTableArn'), reviewKey(decision).pk)).toBe(true);
    expect(allowsItemWrite(statements, 'dynamodb:UpdateItem', imported('ReportsTableArn'), dirtyKey('440000', '2021-H1').pk)).toBe(true);
  });

  it('cannot write any other item: report records, facts, the partition registry, rollups', () => {
    const statements = roleStatements(ids.query);
    const reports = imported('ReportsTableArn');
    const writes = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];
    for (const pk of [reportKey('r1').pk, factsKey('440300', '2021').pk, 'PARTITIONS', 'DIRTYX', 'dirty', 'REVIEW', 'XREVIEW#440000#2021']) {
      for (const action of writes) expect(allowsItemWrite(statements, action, reports, pk), `${action} ${pk}`).toBe(false);
    }
    for (const action of writes) {
      expect(allowsItemWrite(statements, action, imported('RollupsTableArn'), 'PROV#440000#PERIOD#2021'), action).toBe(false);
    }
    // Any partition key: writable exactly when it is a review partition or the DIRTY marks.
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string().map((s) => `REVIEW#${s}`), fc.constantFrom('DIRTY', 'REVIEW#', 'PARTITIONS')), (pk) => {
        const expected = pk.startsWith('REVIEW#') || pk === 'DIRTY';
        expect(allowsItemWrite(statements, 'dynamodb:UpdateItem', reports, pk)).toBe(expected);
        expect(allowsItemWrite(statements, 'dynamodb:PutItem', reports, pk)).toBe(false);
        expect(allowsItemWrite(statements, 'dynamodb:DeleteItem', reports, pk)).toBe(false);
      }),
    );
  });
});
