// Bundling-only stand-in for `@smithy/core/event-streams` (esbuild `alias`, see minzheng-function.ts).
// The S3 client wires event-stream support into every client for the operations whose responses
// stream events (SelectObjectContent), and its protocol imports the codec for them: 15 KB of a
// minified bundle. Our functions call none of those operations. The client still gets a config
// it can resolve; anything that would encode or decode an event stream throws, saying why.
// Locally and in tests nothing is bundled and the real module runs;
// test/infra/no-event-streams.test.ts checks this stand-in, test/infra/bundledIngest.test.ts
// runs the bundled ingest handler against a real S3 server.
const unsupported = () => {
  throw new Error('event streams are not bundled in this function (infra/bundling/no-event-streams): add the operation to the bundle first');
};

/** The marshaller the client keeps in its config; it is only ever called for an event stream. */
export const eventStreamSerdeProvider = () => ({ serialize: unsupported, deserialize: unsupported });

/** As the real one: the client's config gets the marshaller its provider makes. */
export const resolveEventStreamSerdeConfig = (input) =>
  Object.assign(input, { eventStreamMarshaller: input.eventStreamSerdeProvider(input) });

export class EventStreamSerde {
  constructor() {
    unsupported();
  }
}
