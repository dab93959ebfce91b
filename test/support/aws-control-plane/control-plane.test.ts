/** The emulation's own contract: every rule cites AWS pages, and docs/engine-notes.md lists them all. */
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { ruleSources } from './index.js';
import { toClient, toEngine } from './arn.js';

describe('aws-control-plane (test support)', () => {
  it('every rule module cites AWS documentation pages, and docs/engine-notes.md links each one', () => {
    const notes = readFileSync('docs/engine-notes.md', 'utf8');
    for (const [feature, sources] of Object.entries(ruleSources())) {
      expect(sources.length, feature).to.be.greaterThan(0);
      for (const url of sources) {
        expect(url, feature).to.match(/^https:\/\/docs\.aws\.amazon\.com\//);
        expect(notes, `${feature}: ${url}`).to.include(url);
      }
    }
  });

  it('answers with ARNs in region aws-emulated and maps them back for DynamoDB Local', () => {
    const local = { TableArn: 'arn:aws:dynamodb:ddblocal:000000000000:table/t', LatestStreamArn: 'arn:aws:dynamodb:ddblocal:000000000000:table/t/stream/x' };
    const client = toClient(local);
    expect(client).to.deep.equal({ TableArn: 'arn:aws:dynamodb:aws-emulated:000000000000:table/t', LatestStreamArn: 'arn:aws:dynamodb:aws-emulated:000000000000:table/t/stream/x' });
    expect(toEngine(client)).to.deep.equal(local);
  });
});
