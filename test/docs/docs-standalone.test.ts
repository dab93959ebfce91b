/**
 * Issue 11 item 21: the product's docs stand alone. They cite no file outside the repository
 * (DESIGN.md, DYNAMODB-RULES.md, ../shared/), every relative link opens a file of the repository,
 * and the sentences the issue found wrong stay fixed. Source comments follow the same rule.
 */
import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : filesUnder(rel, ext);
    return ext.test(e.name) ? [rel] : [];
  });
}

const DOCS = ['README.md', ...filesUnder('docs', /\.md$/)];

describe('docs stand alone', () => {
  it('no doc, schema or source file cites DESIGN.md, DYNAMODB-RULES.md or ../shared/', () => {
    const cites = [...DOCS, ...filesUnder('schema', /\.json$/), ...filesUnder('src', /\.ts$/)].filter((f) => /DESIGN\.md|DYNAMODB-RULES|\.\.\/shared\//.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(cites).to.deep.equal([]);
  });

  it('every relative link of README.md and docs/ opens a file of the repository', () => {
    const broken: string[] = [];
    for (const doc of DOCS) {
      for (const m of readFileSync(join(ROOT, doc), 'utf8').matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = (m[1] ?? '').split('#')[0] ?? '';
        if (target === '' || /^[a-z]+:/i.test(target)) continue;
        const path = join(ROOT, dirname(doc), target);
        if (!existsSync(path) || !(statSync(path).isFile() || statSync(path).isDirectory())) broken.push(`${doc}: ${target}`);
        else if (relative(ROOT, path).startsWith('..')) broken.push(`${doc}: ${target} (outside the repository)`);
      }
    }
    expect(broken).to.deep.equal([]);
  });

  it('the wordings the issue found wrong are gone', () => {
    const all = DOCS.map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
    // Tags are TagResource / UntagResource calls (TagTable / UntagTable are only ddb-migrate's step names).
    expect(all).to.not.match(/(?<!step `)(?<!`)\bTagTable\b(?!`)|(?<!`)\bUntagTable\b(?!`)/);
    expect(all).to.not.match(/\bmy folders\b/i);
    // fixtures defaults to true only for an endpoint on this machine, not for any endpoint.
    expect(all).to.not.match(/for targets with an endpoint/);
    expect(readFileSync(join(ROOT, 'schema/config.schema.json'), 'utf8')).to.not.match(/targets with an endpoint/);
  });
});
