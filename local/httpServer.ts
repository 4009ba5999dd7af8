// Node's http server in front of an HTTP API Lambda handler: each request becomes the API Gateway
// payload v2 event the handler gets on AWS, and its result becomes the response. Every path and
// method goes to the handler (the query API under /api and the dashboard under /), as with the
// HTTP API's $default route. Bound to the loopback address only.
import { localLambdaContext } from './lambdaContext.ts';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';

export type HttpApiHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResultV2>;

export interface IncomingRequest {
  method: string;
  /** Path and query string as sent, e.g. `/api/rollups?period=2021`. */
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
  sourceIp: string;
}

export interface OutgoingResponse {
  statusCode: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
}

// API Gateway passes these as text; anything else arrives base64-encoded.
const textType = /^(text\/|application\/(json|xml|javascript|x-www-form-urlencoded)|[^;]*\+(json|xml))/i;

/** The payload v2 event API Gateway builds for a request (the parts a handler can observe). */
export function toApiGatewayEvent(request: IncomingRequest, now = new Date()): APIGatewayProxyEventV2 {
  const queryStart = request.url.indexOf('?');
  const rawPath = queryStart < 0 ? request.url : request.url.slice(0, queryStart);
  const rawQueryString = queryStart < 0 ? '' : request.url.slice(queryStart + 1);

  const headers: Record<string, string> = {};
  let cookies: string[] | undefined;
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    if (name === 'cookie') {
      cookies = (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(/;\s*/)).filter(Boolean);
      continue;
    }
    headers[name] = Array.isArray(value) ? value.join(',') : value;
  }

  // API Gateway joins a repeated parameter's values with commas.
  const query: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(rawQueryString)) {
    query[name] = name in query ? `${query[name]},${value}` : value;
  }

  const hasBody = request.body.byteLength > 0;
  const asText = hasBody && textType.test(headers['content-type'] ?? '');
  const method = request.method.toUpperCase();
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    ...(cookies ? { cookies } : {}),
    headers,
    ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? '127.0.0.1',
      domainPrefix: (headers.host ?? '127').split('.')[0],
      http: {
        method,
        path: rawPath,
        protocol: 'HTTP/1.1',
        sourceIp: request.sourceIp.replace(/^::ffff:/, ''),
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
    ...(hasBody ? { body: asText ? request.body.toString('utf8') : request.body.toString('base64') } : {}),
    isBase64Encoded: hasBody && !asText,
  };
}

/** What API Gateway sends back for a handler's result (a bare string or object means 200 JSON). */
export function fromApiGatewayResult(result: APIGatewayProxyResultV2): OutgoingResponse {
  if (typeof result === 'string' || result === null || typeof result !== 'object' || !('statusCode' in result || 'body' in result)) {
    const body = typeof result === 'string' ? result : JSON.stringify(result);
    return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: Buffer.from(body, 'utf8') };
  }
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name.toLowerCase()] = String(value);
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  const raw = result.body ?? '';
  const body = result.isBase64Encoded ? Buffer.from(raw, 'base64') : Buffer.from(raw, 'utf8');
  return { statusCode: result.statusCode ?? 200, headers, body };
}


/** The HTTP API's payload limit; larger requests get 413 as on AWS. */
const maxBodyBytes = 10 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= maxBodyBytes) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > maxBodyBytes ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, response: OutgoingResponse): void {
  res.writeHead(response.statusCode, { ...response.headers, 'content-length': String(response.body.byteLength) });
  res.end(response.body);
}

export interface HttpApiServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export interface HttpApiOptions {
  /** 0 picks a free port. */
  port: number;
  functionName?: string;
  onError?: (err: unknown) => void;
}

export async function serveHttpApi(handler: HttpApiHandler, options: HttpApiOptions): Promise<HttpApiServer> {
  const functionName = options.functionName ?? 'minzheng-query-local';
  const server = createServer(async (req, res) => {
    try {
      const body = await readBody(req);
      if (!body) return send(res, json(413, { message: 'Request Entity Too Large' }));
      const event = toApiGatewayEvent({
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
      });
      send(res, fromApiGatewayResult(await handler(event, localLambdaContext(functionName, 10_000, 256))));
    } catch (err) {
      options.onError?.(err);
      // What API Gateway answers when the integration fails.
      if (!res.headersSent) send(res, json(500, { message: 'Internal Server Error' }));
      else res.destroy();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const json = (statusCode: number, value: unknown): OutgoingResponse => ({
  statusCode,
  headers: { 'content-type': 'application/json' },
  body: Buffer.from(JSON.stringify(value), 'utf8'),
});
