/** The shipped JSON Schemas: valid draft 2020-12, closed everywhere, described for editors. */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { closestName, levenshtein } from '../../src/desired/closest-name.js';

type Json = { [k: string]: unknown };

function objectSchemas(node: unknown, path: string, out: [string, Json][]): [string, Json][] {
  if (Array.isArray(node)) node.forEach((n, i) => objectSchemas(n, `${path}/${i}`, out));
  else if (node && typeof node === 'object') {
    const o = node as Json;
    if (o['type'] === 'object') out.push([path, o]);
    for (const [k, v] of Object.entries(o)) objectSchemas(v, `${path}/${k}`, out);
  }
  return out;
}

for (const name of ['table', 'config']) {
  describe(`schema/${name}.schema.json`, () => {
    const schema = JSON.parse(readFileSync(`schema/${name}.schema.json`, 'utf8')) as Json;

    it('is draft 2020-12', () => {
      expect(schema['$schema']).to.equal('https://json-schema.org/draft/2020-12/schema');
    });

    it('closes every object (additionalProperties false, or a typed map)', () => {
      for (const [path, o] of objectSchemas(schema, '#', [])) {
        const ap = o['additionalProperties'];
        expect(ap === false || (typeof ap === 'object' && ap !== null), `${path} is open`).to.equal(true);
        if (ap !== false) expect(o['propertyNames'], `${path} is a map without key rules`).to.be.an('object');
      }
    });

    it('describes its top-level fields', () => {
      for (const [field, sub] of Object.entries(schema['properties'] as Json)) {
        const s = sub as Json;
        const described = typeof s['description'] === 'string' || typeof s['$ref'] === 'string';
        expect(described, field).to.equal(true);
      }
    });
  });
}

describe('closestName', () => {
  it('finds the intended field', () => {
    expect(closestName('globalIndexes', ['table', 'globalSecondaryIndexes', 'localSecondaryIndexes'])).to.equal('globalSecondaryIndexes');
    expect(closestName('partitionkey', ['partitionKey', 'sortKey'])).to.equal('partitionKey');
    expect(closestName('sortkey', ['partitionKey', 'sortKey'])).to.equal('sortKey');
    expect(closestName('gsi', ['table', 'globalSecondaryIndexes', 'localSecondaryIndexes'])).to.equal('globalSecondaryIndexes');
    expect(closestName('zzzzzz', ['table', 'tags'])).to.equal(null);
  });

  it('levenshtein', () => {
    expect(levenshtein('kitten', 'sitting')).to.equal(3);
    expect(levenshtein('', 'abc')).to.equal(3);
    expect(levenshtein('Same', 'same')).to.equal(0);
  });
});
