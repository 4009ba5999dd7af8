// The bundle-time stand-in for the SDK's event-stream support (infra/bundling/no-event-streams):
// it must export everything the real module's bundled importers take from it, resolve a client's
// config as the real one does, and fail clearly if an event stream is ever encoded or decoded.
import { describe, expect, it } from 'vitest';
import * as real from '@smithy/core/event-streams';
// @ts-expect-error plain JavaScript module, swapped in by esbuild's alias; no declarations
import * as standIn from '../../infra/bundling/no-event-streams/index.js';

describe('event streams in a bundled function', () => {
  it('has the names the S3 client and the HTTP protocol import, of the same kinds', () => {
    for (const name of ['eventStreamSerdeProvider', 'resolveEventStreamSerdeConfig', 'EventStreamSerde'] as const) {
      expect(typeof (standIn as Record<string, unknown>)[name], name).toBe(typeof real[name]);
    }
  });

  it('resolves a client config as the real resolver does: the provider makes the marshaller', () => {
    const made: object[] = [];
    const provider = (input: object) => {
      made.push(input);
      return { marker: 'marshaller' };
    };
    const config = { region: 'cn-north-1', eventStreamSerdeProvider: provider };
    const resolvedByStandIn = standIn.resolveEventStreamSerdeConfig({ ...config });
    const resolvedByReal = real.resolveEventStreamSerdeConfig({ ...config } as never);
    expect(resolvedByStandIn).toEqual(resolvedByReal);
    expect(resolvedByStandIn.eventStreamMarshaller).toEqual({ marker: 'marshaller' });
    expect(made).toHaveLength(2);
  });

  it('says why, rather than misbehave, if an event stream is ever used', () => {
    const marshaller = standIn.eventStreamSerdeProvider({});
    expect(() => marshaller.serialize()).toThrow(/event streams are not bundled/);
    expect(() => marshaller.deserialize()).toThrow(/event streams are not bundled/);
    expect(() => new standIn.EventStreamSerde({})).toThrow(/no-event-streams/);
  });
});
