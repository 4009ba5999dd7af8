// The code: three functions, the ingest trigger, the rollup schedule and the query API. Everything
// here can be destroyed and redeployed without losing data; state comes in as props.
import { CfnOutput, Duration, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { Construct } from 'constructs';
import { resolve } from 'node:path';
import {
  ingestFunctionSizing,
  queryFunctionSizing,
  rollupFunctionSizing,
} from '../shared/aws/clientConfig.ts';
import { partitionRegistryKey } from '../shared/store/dynamoRollupStore.ts';
import { dirtyKey } from '../shared/store/reportItems.ts';
import { bucketLayout, reportsTable, rollupsTable } from '../shared/store/tables.ts';
import { reviewPartitionKey } from '../shared/review/reviewItems.ts';
import { MinzhengFunction, projectRoot, type ShippedFile, type UnbundledPackage } from './constructs/minzheng-function.ts';
import type { Stage } from './stage.ts';
import { importStatefulResources } from './stateful-exports.ts';

export interface StatelessStackProps extends StackProps {
  stage: Stage;
  /** Where `ingest/handler.ts`, `rollup/handler.ts` and `query/handler.ts` live. */
  functionsDir?: string;
}

/** Partition key of the "changed (province, period)" marks the rollup consumes and clears. */
export const dirtyPartitionKey = dirtyKey('', '').pk;
/** Partition key of the registry of every (province, period) the rollup has seen. */
export const partitionRegistryPartitionKey = partitionRegistryKey({ provinceCode: '', periodKey: '' }).pk;

/** Every review partition, `REVIEW#{provinceCode}#{periodKey}`, as an IAM LeadingKeys pattern. */
export const reviewPartitionKeyPattern = `${reviewPartitionKey('', '').replace(/#+$/, '#')}*`;

/**
 * Files the functions read at run time that esbuild cannot inline, copied beside each bundle.
 * Ingest: pdfjs's packed CMaps (Chinese PDFs with a non-embedded 宋体 need UniGB-UCS2-H and
 * friends; shared/read/pdf.ts reads PDF_CMAP_DIR). Query: the dashboard it serves at / and
 * /dashboard/*, with ECharts under vendor/ where shared/query/dashboardAssets.ts looks for it
 * when MINZHENG_DASHBOARD_DIR is set.
 */
export const shippedFilesByFunction = {
  ingest: [{ from: 'node_modules/pdfjs-dist/cmaps/', to: 'cmaps/', envVar: 'PDF_CMAP_DIR' }],
  rollup: [],
  query: [
    { from: 'dashboard/', to: 'dashboard/', envVar: 'MINZHENG_DASHBOARD_DIR' },
    { from: 'node_modules/echarts/dist/echarts.min.js', to: 'dashboard/vendor/echarts.min.js' },
  ],
} as const satisfies Record<'ingest' | 'rollup' | 'query', readonly ShippedFile[]>;

/**
 * Libraries a function loads from beside its bundle instead of from inside it (see
 * UnbundledPackage): ingest's document readers, so the text uploads that are most of the traffic
 * never parse them at a cold start. pdfjs's legacy build needs only its own two modules at run
 * time (Node built-ins through process.getBuiltinModule; @napi-rs/canvas is optional and pdf.ts
 * does without); package.json lets pdf.ts find the package as it does when installed. mammoth
 * is CommonJS with a plain-JavaScript dependency tree (jszip, xmldom, underscore, ...), shipped
 * whole as npm installed it; so is htmlparser2 (ESM, with domhandler, domutils and the entity
 * tables), which only .html uploads and .docx conversions need.
 */
export const unbundledPackagesByFunction = {
  ingest: [
    { name: 'pdfjs-dist', files: ['package.json', 'legacy/build/pdf.mjs', 'legacy/build/pdf.worker.mjs'] },
    { name: 'mammoth', withDependencies: true },
    { name: 'htmlparser2', withDependencies: true },
  ],
  rollup: [],
  query: [],
} as const satisfies Record<'ingest' | 'rollup' | 'query', readonly UnbundledPackage[]>;

export class StatelessStack extends Stack {
  readonly ingestFunction: MinzhengFunction;
  readonly rollupFunction: MinzhengFunction;
  readonly queryFunction: MinzhengFunction;
  readonly api: HttpApi;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const functionsDir = props.functionsDir ?? resolve(projectRoot, 'functions');
    const { stage } = props;
    const stateful = importStatefulResources(this, stage);
    const { uploadBucket } = stateful;

    // Ingest: reads the upload, writes held-back copies and extracted text beside it, records
    // the report and the unit's facts, and marks the (province, period) dirty for the rollup.
    this.ingestFunction = new MinzhengFunction(this, 'IngestFunction', {
      entry: resolve(functionsDir, 'ingest/handler.ts'),
      serviceName: 'minzheng-ingest',
      stage,
      description: 'S3 upload → extracted figures in the Reports table',
      timeout: Duration.seconds(ingestFunctionSizing.timeoutSeconds),
      memorySize: ingestFunctionSizing.memoryMb,
      shippedFiles: shippedFilesByFunction.ingest,
      unbundledPackages: unbundledPackagesByFunction.ingest,
    })
      .bindBucket(
        uploadBucket,
        {
          read: [bucketLayout.incomingPrefix],
          // A held-back original is tagged in place, then copied (tags and all) to held/.
          tag: [bucketLayout.incomingPrefix],
          write: [bucketLayout.heldPrefix, bucketLayout.extractedPrefix],
        },
        bucketLayout.envVar,
      )
      .bindTable(stateful.reportsTable, 'readWrite', reportsTable.envVar);
    this.ingestFunction.addEventSource(
      new SqsEventSource(stateful.ingestQueue, {
        batchSize: ingestFunctionSizing.batchSize,
        maxBatchingWindow: Duration.seconds(ingestFunctionSizing.maxBatchingWindowSeconds),
        maxConcurrency: ingestFunctionSizing.maxConcurrency,
        // One unreadable report must not send its batch-mates back to the queue.
        reportBatchItemFailures: true,
      }),
    );

    // Rollup: reads the dirty marks and the facts of those partitions, writes Rollups. In Reports
    // it may only delete DIRTY marks and register PARTITIONS (IAM dynamodb:LeadingKeys), never
    // touch report records or facts.
    this.rollupFunction = new MinzhengFunction(this, 'RollupFunction', {
      entry: resolve(functionsDir, 'rollup/handler.ts'),
      serviceName: 'minzheng-rollup',
      stage,
      description: 'Recomputes provincial rollups for the (province, period) partitions marked dirty',
      timeout: Duration.seconds(rollupFunctionSizing.timeoutSeconds),
      memorySize: rollupFunctionSizing.memoryMb,
    })
      .bindTable(stateful.reportsTable, 'read', reportsTable.envVar)
      .bindPartitionWrites(stateful.reportsTable, {
        [dirtyPartitionKey]: ['dynamodb:DeleteItem'],
        [partitionRegistryPartitionKey]: ['dynamodb:PutItem'],
      })
      .bindTable(stateful.rollupsTable, 'readWrite', rollupsTable.envVar);
    const schedulerRole = new Role(this, 'RollupSchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
      description: 'EventBridge Scheduler: invoke the rollup function',
    });
    new Schedule(this, 'RollupSchedule', {
      description: 'Roll up what changed since the last run',
      schedule: ScheduleExpression.expression(rollupFunctionSizing.scheduleExpression),
      // Marks stay until a run clears them, so a failed run is repaired by the next one;
      // retries would only overlap with it.
      target: new LambdaInvoke(this.rollupFunction, { retryAttempts: 0, role: schedulerRole }),
    });
    Validations.of(schedulerRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${this.getLogicalId(this.rollupFunction.node.defaultChild as CfnFunction)}.Arn>:*]`,
      reason: 'CDK’s invoke grant covers the function’s versions and aliases (ARN:*); it names this one function only.',
    });

    // Query: reads everything, signs GET links to sources and POST forms for bureau uploads
    // (a presigned POST carries the signer's rights, hence PutObject on incoming/). Its one write
    // to Reports is a review decision: one transaction of two UpdateItems, the decision under
    // REVIEW#{province}#{period} and the partition's DIRTY mark (shared/review/dynamoReviewStore.ts);
    // IAM dynamodb:LeadingKeys keeps it off report records, facts and the rollup's registry.
    this.queryFunction = new MinzhengFunction(this, 'QueryFunction', {
      entry: resolve(functionsDir, 'query/handler.ts'),
      serviceName: 'minzheng-query',
      stage,
      description: 'HTTP API over reports, facts and rollups',
      timeout: Duration.seconds(queryFunctionSizing.timeoutSeconds),
      memorySize: queryFunctionSizing.memoryMb,
      shippedFiles: shippedFilesByFunction.query,
    })
      .bindTable(stateful.reportsTable, 'read', reportsTable.envVar)
      .bindPartitionWrites(stateful.reportsTable, {
        [reviewPartitionKeyPattern]: ['dynamodb:UpdateItem'],
        [dirtyPartitionKey]: ['dynamodb:UpdateItem'],
      })
      .bindTable(stateful.rollupsTable, 'read', rollupsTable.envVar)
      .bindBucket(
        uploadBucket,
        {
          read: [bucketLayout.incomingPrefix, bucketLayout.heldPrefix, bucketLayout.extractedPrefix],
          write: [bucketLayout.incomingPrefix],
        },
        bucketLayout.envVar,
      );

    const accessLogs = new LogGroup(this, 'ApiAccessLogs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: stage === 'dev' ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    });
    // Callers sign requests with SigV4 (an analyst's role or the bureau portal's); there is no
    // anonymous route.
    this.api = new HttpApi(this, 'QueryApi', {
      description: 'minzheng query API (IAM-authorised)',
      defaultAuthorizer: new HttpIamAuthorizer(),
      createDefaultStage: false,
    });
    this.api.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        // JSON with the caller's IAM identity: who asked for which figures.
        format: AccessLogFormat.custom(JSON.stringify({
          requestId: '$context.requestId',
          caller: '$context.identity.userArn',
          method: '$context.httpMethod',
          path: '$context.path',
          status: '$context.status',
          latencyMs: '$context.responseLatency',
        })),
      },
      throttle: { rateLimit: 50, burstLimit: 100 },
    });
    // The query handler routes internally; one proxy route keeps the API and the handler from
    // disagreeing about paths.
    this.api.addRoutes({
      path: '/{proxy+}',
      methods: [HttpMethod.GET, HttpMethod.POST],
      integration: new HttpLambdaIntegration('QueryIntegration', this.queryFunction),
    });

    new CfnOutput(this, 'QueryApiUrl', { value: this.api.apiEndpoint });
    new CfnOutput(this, 'IngestFunctionName', { value: this.ingestFunction.functionName });
  }
}
