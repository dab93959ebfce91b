/**
 * Generates src/desired/generated/schema-validators.ts: the two JSON Schemas compiled ahead of time
 * with ajv's standalone code, because compiling them at start-up costs ~200 ms of the 300 ms
 * budget of `validate`. `generated-validators.test.ts` fails when the file is stale;
 * `UPDATE_GENERATED=1 npx mocha test/desired/generated-validators.test.ts` rewrites it.
 */
import { readFileSync } from 'node:fs';
import Ajv2020Module from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';

type AjvClass = typeof Ajv2020Module.default;
const Ajv2020 = ((Ajv2020Module as unknown as { default?: AjvClass }).default ?? Ajv2020Module) as AjvClass;
type Standalone = typeof standaloneModule.default;
const standaloneCode = ((standaloneModule as unknown as { default?: Standalone }).default ?? standaloneModule) as Standalone;

export const GENERATED_FILE = 'src/desired/generated/schema-validators.ts';

/** The options the loader relies on: every error, with the failing schema (for hints). */
export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, allowUnionTypes: true } as const;

export function generateValidatorsSource(): string {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, esm: true, lines: true } });
  for (const name of ['table', 'config']) ajv.addSchema(JSON.parse(readFileSync(`schema/${name}.schema.json`, 'utf8')) as object, name);
  let code = standaloneCode(ajv, { table: 'table', config: 'config' }).replace(/^"use strict";/, '');
  // ajv's ESM output still calls require() for its runtime helpers; turn those into imports.
  const imports = new Map<string, string>();
  code = code.replace(/require\("([^"]+)"\)/g, (_, mod: string) => {
    const id = imports.get(mod) ?? `runtime${imports.size}`;
    imports.set(mod, id);
    return id;
  });
  const header = [
    '// @ts-nocheck',
    '/* eslint-disable */',
    '// GENERATED from schema/table.schema.json and schema/config.schema.json by',
    '// test/desired/generate-validators.ts. Do not edit: change the schema, then run',
    '// UPDATE_GENERATED=1 npx mocha test/desired/generated-validators.test.ts',
    ...[...imports].map(([mod, id]) => `import * as ${id}Module from '${mod}.js';`),
    // Node gives a CommonJS module's exports as `default`; tsx/esbuild may give `exports.default`.
    'function interop(m) { const d = m.default; return d && typeof d === "object" && "default" in d ? d : { default: d }; }',
    ...[...imports].map(([, id]) => `const ${id} = interop(${id}Module);`),
  ];
  return `${header.join('\n')}\n${code.trim()}\n`;
}
