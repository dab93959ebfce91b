/** The ahead-of-time compiled schema validators match the schemas (see generate-validators.ts). */
import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { GENERATED_FILE, generateValidatorsSource } from './generate-validators.js';

describe('generated schema validators', () => {
  it(`${GENERATED_FILE} is up to date with schema/*.schema.json`, () => {
    const fresh = generateValidatorsSource();
    if (process.env['UPDATE_GENERATED'] === '1') writeFileSync(GENERATED_FILE, fresh);
    const current = readFileSync(GENERATED_FILE, 'utf8');
    expect(current === fresh, 'stale: run UPDATE_GENERATED=1 npx mocha test/desired/generated-validators.test.ts').to.equal(true);
  });
});
