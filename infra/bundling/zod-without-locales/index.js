// Bundling-only stand-in for the `zod` package (esbuild `alias`, see minzheng-function.ts).
//
// Why: `zod` exports a namespace object `z`, and its `external.js` re-exports
// `locales` (every message translation, ~200 KB minified). Rollup and webpack shake the unused
// members of `z`; esbuild keeps the whole namespace once `z` is used as a value, as the Powertools
// parser schemas do. This module offers the same surface minus `locales` (English messages stay:
// classic/schemas.js configures them itself). test/infra/zod-without-locales.test.ts checks the
// surface against the installed zod, so an upgrade that adds exports fails loudly, not at runtime.
import * as z from './external.js';

export * from './external.js';
export { z, z as default };
