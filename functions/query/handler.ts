// The query Lambda behind the HTTP API (payload v2). Thin: the routes, validation and use cases
// live in shared/query; this maps the event in and the response out, and logs what went wrong.
import middy from '@middy/core';
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { dynamoDocumentClient, s3Client } from '#shared/aws/clients.ts';
import { divisions } from '#shared/divisions/divisions.ts';
import { handleQuery } from '#shared/query/http.ts';
import { dashboardFromEnvironment } from '#shared/query/dashboardDependencies.ts';
import type { PresignGet, QueryDeps } from '#shared/query/ports.ts';
import { DynamoQueryStore } from '#shared/store/dynamoQueryStore.ts';

const logger = new Logger({ serviceName: 'minzheng-query' });

/** Long enough to open a report from the dashboard, short enough that a pasted link soon dies. */
export const sourceLinkSeconds = 15 * 60;

export function s3Presigner(client = s3Client()): PresignGet {
  return (bucket, key, versionId) =>
    getSignedUrl(client, new GetObjectCommand({ Bucket: bucket, Key: key, ...(versionId ? { VersionId: versionId } : {}) }), {
      expiresIn: sourceLinkSeconds,
    });
}

export function defaultQueryDeps(env: NodeJS.ProcessEnv = process.env): QueryDeps {
  const dynamo = dynamoDocumentClient();
  const s3 = s3Client();
  return {
    store: DynamoQueryStore.fromEnvironment(dynamo, env),
    presignGet: s3Presigner(s3),
    isKnownUnit: (adcode) => divisions().get(adcode) !== undefined,
    dashboard: dashboardFromEnvironment({ dynamo, s3 }, env),
  };
}

export function createQueryHandler(deps: () => QueryDeps) {
  let resolved: QueryDeps | undefined;
  return middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, Context>()
    .use(injectLambdaContext(logger))
    .handler(async (event) => {
      resolved ??= deps();
      const response = await handleQuery(
        resolved,
        {
          method: event.requestContext?.http?.method ?? 'GET',
          path: event.rawPath,
          query: event.queryStringParameters ?? {},
          body: event.body,
          isBase64Encoded: event.isBase64Encoded,
        },
        (err) => logger.error('query failed', { error: err as Error, path: event.rawPath }),
      );
      if (response.statusCode >= 400 && response.statusCode < 500) {
        logger.debug('query refused', { path: event.rawPath, status: response.statusCode });
      }
      return response;
    });
}

/** Clients are built on the first request, from the environment the function runs with. */
export const handler = createQueryHandler(() => defaultQueryDeps());
