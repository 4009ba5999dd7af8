// The bundles swap `zod` for infra/bundling/zod-without-locales (see that file for why). Tests and
// local mode run the real package, so the stand-in must offer exactly the same surface minus
// `locales`, backed by the same classes, or a handler could break only once deployed.
import { describe, expect, it } from 'vitest';
import * as zod from 'zod';
// @ts-expect-error plain ESM without types: it exists only for esbuild's alias.
import * as lean from '../../infra/bundling/zod-without-locales/index.js';
import { bundleAliases } from '../../infra/constructs/minzheng-function.ts';

const withoutLocales = (keys: string[]) => keys.filter((key) => key !== 'locales').sort();

describe('zod without locales', () => {
  it('is what the bundles alias zod to', () => {
    expect(bundleAliases.zod).toBe('./infra/bundling/zod-without-locales/index.js');
  });

  it('exports every name zod exports except locales, at top level and under z and z.core', () => {
    expect(Object.keys(lean).sort()).toEqual(withoutLocales(Object.keys(zod)));
    expect(Object.keys(lean.z).sort()).toEqual(withoutLocales(Object.keys(zod.z)));
    expect(Object.keys(lean.z.core).sort()).toEqual(withoutLocales(Object.keys(zod.z.core)));
    expect(lean.z).not.toHaveProperty('locales');
  });

  it('hands out the same bindings, so schemas and errors are interchangeable', () => {
    // `core` is a namespace of its own (zod's includes locales), so compare its members.
    for (const key of withoutLocales(Object.keys(zod.z)).filter((k) => k !== 'core')) {
      expect(lean.z[key], key).toBe((zod.z as Record<string, unknown>)[key]);
    }
    for (const key of withoutLocales(Object.keys(zod.z.core))) {
      expect(lean.z.core[key], `core.${key}`).toBe((zod.z.core as Record<string, unknown>)[key]);
    }
    expect(lean.default).toBe(lean.z);
  });

  it('still speaks English in its error messages', () => {
    const schema = lean.z.object({ adcode: lean.z.string().regex(/^\d{6}$/) });
    const real = zod.z.object({ adcode: zod.z.string().regex(/^\d{6}$/) });
    const got = schema.safeParse({ adcode: 42 });
    expect(got.success).toBe(false);
    expect(got.error.issues[0].message).toBe(real.safeParse({ adcode: 42 }).error!.issues[0].message);
    expect(got.error.issues[0].message).toMatch(/expected string/i);
  });
});
