// The local HTTP server in front of a Lambda handler: requests arrive as API Gateway payload v2
// events, every path and method is forwarded, bodies keep their bytes, results map back as API
// Gateway maps them. The handler here is a plain function that records what it got.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { fromApiGatewayResult, serveHttpApi, toApiGatewayEvent, type HttpApiServer } from '../../local/httpServer.ts';

let server: HttpApiServer;
let events: APIGatewayProxyEventV2[] = [];
let reply: (event: APIGatewayProxyEventV2) => APIGatewayProxyResultV2 = () => ({ statusCode: 200, body: 'ok' });

beforeAll(async () => {
  server = await serveHttpApi(
    async (event) => {
      events.push(event);
      return reply(event);
    },
    { port: 0 },
  );
});
afterAll(async () => {
  await server?.close();
});

const lastEvent = () => events[events.length - 1];

describe('local HTTP API server', () => {
  it('listens on the loopback address only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((server.server.address() as { address: string }).address).toBe('127.0.0.1');
  });

  it('forwards every path, not only /api, with the payload v2 shape', async () => {
    for (const path of ['/', '/index.html', '/assets/app.js', '/api/rollups?period=2021&province=340000']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(200);
      const event = lastEvent();
      expect(event.version).toBe('2.0');
      expect(event.routeKey).toBe('$default');
      expect(`${event.rawPath}${event.rawQueryString ? `?${event.rawQueryString}` : ''}`).toBe(path);
      expect(event.requestContext.http.method).toBe('GET');
      expect(event.requestContext.http.sourceIp).toBe('127.0.0.1');
      expect(event.isBase64Encoded).toBe(false);
    }
    expect(lastEvent().queryStringParameters).toEqual({ period: '2021', province: '340000' });
  });

  it('decodes query parameters and joins repeated ones with commas, as API Gateway does', async () => {
    await fetch(`${server.url}/api/x?unit=%E6%B7%AE%E5%8D%97&m=a&m=b`);
    expect(lastEvent().queryStringParameters).toEqual({ unit: '淮南', m: 'a,b' });
  });

  it('passes a JSON POST body as text and a binary one base64-encoded, byte for byte', async () => {
    await fetch(`${server.url}/api/reviews`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"决定":"确认"}' });
    expect(lastEvent()).toMatchObject({ body: '{"决定":"确认"}', isBase64Encoded: false });
    expect(lastEvent().requestContext.http.method).toBe('POST');

    const bytes = new Uint8Array([0, 255, 0xe6, 0xb7, 1, 2, 3]);
    await fetch(`${server.url}/api/uploads`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: bytes });
    expect(lastEvent().isBase64Encoded).toBe(true);
    expect([...Buffer.from(lastEvent().body!, 'base64')]).toEqual([...bytes]);
  });

  it('decodes a base64 result body and keeps the status and headers', async () => {
    const xlsx = Buffer.from([0x50, 0x4b, 3, 4, 0, 0xff]);
    reply = () => ({ statusCode: 201, headers: { 'Content-Type': 'application/x-test', 'x-next-cursor': 'abc' }, body: xlsx.toString('base64'), isBase64Encoded: true });
    const response = await fetch(`${server.url}/export`);
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toBe('application/x-test');
    expect(response.headers.get('x-next-cursor')).toBe('abc');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(xlsx);
  });

  it('answers 500 without details when the handler throws', async () => {
    reply = () => {
      throw new Error('table minzheng-Reports not found');
    };
    const response = await fetch(`${server.url}/api/rollups`);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('minzheng-Reports');
    reply = () => ({ statusCode: 200, body: 'ok' });
  });

  it('maps any request line and body to an event whose path, query and body round-trip', () => {
    const segment = fc.string({ unit: fc.constantFrom('a', '汇', '%20', '-', '.', '_', '~'), maxLength: 8 });
    fc.assert(
      fc.property(
        fc.array(segment, { maxLength: 4 }),
        fc.dictionary(fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 3 }), fc.string({ maxLength: 6 })),
        fc.uint8Array({ maxLength: 64 }),
        fc.boolean(),
        (segments, params, body, json) => {
          const path = `/${segments.join('/')}`;
          const query = new URLSearchParams(params).toString();
          const event = toApiGatewayEvent({
            method: 'post',
            url: query ? `${path}?${query}` : path,
            headers: { 'content-type': json ? 'application/json' : 'application/pdf', host: '127.0.0.1:1' },
            body: Buffer.from(body),
            sourceIp: '::ffff:127.0.0.1',
          });
          expect(event.rawPath).toBe(path);
          expect(event.rawQueryString).toBe(query);
          expect(event.queryStringParameters ?? {}).toEqual(params);
          expect(event.requestContext.http.method).toBe('POST');
          if (body.length === 0) expect(event.body).toBeUndefined();
          else if (event.isBase64Encoded) expect([...Buffer.from(event.body!, 'base64')]).toEqual([...body]);
          else expect(event.body).toBe(Buffer.from(body).toString('utf8'));
        },
      ),
    );
  });

  it('treats a bare string or object result as a 200 JSON answer', () => {
    expect(fromApiGatewayResult('{"a":1}')).toMatchObject({ statusCode: 200, headers: { 'content-type': 'application/json' } });
    expect(fromApiGatewayResult({ statusCode: 204 }).body.byteLength).toBe(0);
  });
});
