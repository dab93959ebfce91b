/**
 * Property: whatever the bytes of a table file (random YAML-ish text, or the example mutated),
 * loading either succeeds or throws DdbMigrateError whose problems are all well formed.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { DdbMigrateError, type Problem } from '../../src/model/errors.js';
import { checkTableFile } from '../../src/desired/check-table-file.js';
import { normaliseSpec } from '../../src/desired/normalise.js';
import { loadTables } from '../../src/desired/load-tables.js';
import { projectDir, removeProjectDirs } from './project-dir.js';
import { exampleFile } from '../support/inputs.js';

const EXAMPLE = readFileSync(exampleFile('tables/cruddur-messages.yaml'), 'utf8');
const LINES = EXAMPLE.split('\n');
const TOKENS = ['', ' ', '  ', ':', '- ', '{', '}', '[', ']', '"', "'", '#', '&a', '*a', '!!int', 'null', '~', '0', '-1', '1.5', 'true', 'PROVISIONED', 'N', 'name', 'include', '__proto__', 'constructor', 'environments', 'prod', '\t', '\n'];

function wellFormed(p: Problem, lineCount: number): void {
  expect(p.code).to.match(/^(SPEC|CONFIG)_[A-Z_]+$/);
  expect(p.message).to.be.a('string').and.not.equal('');
  expect(p.location, JSON.stringify(p)).to.not.equal(undefined);
  expect(p.location?.file).to.equal('tables/t.yaml');
  expect(p.location?.line).to.be.within(1, lineCount + 1);
  expect(p.location?.col).to.be.at.least(1);
}

/** In-memory: the same checks loadTables runs, minus the file system. */
function checkText(text: string): void {
  const checked = checkTableFile('tables/t.yaml', text, null);
  const lineCount = text.split('\n').length;
  for (const p of checked.problems) wellFormed(p, lineCount);
  if (checked.spec) {
    normaliseSpec(checked.spec, null);
    for (const env of Object.keys(checked.spec.environments ?? {})) normaliseSpec(checked.spec, env);
  } else expect(checked.problems.filter((p) => p.severity !== 'warning')).to.not.be.empty;
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), line: fc.nat(LINES.length - 1), text: fc.string() }),
  fc.record({ kind: fc.constant('insert' as const), line: fc.nat(LINES.length - 1), text: fc.array(fc.constantFrom(...TOKENS), { maxLength: 6 }).map((t) => t.join('')) }),
  fc.record({ kind: fc.constant('delete' as const), line: fc.nat(LINES.length - 1), text: fc.constant('') }),
  fc.record({ kind: fc.constant('cut' as const), line: fc.nat(EXAMPLE.length), text: fc.constant('') }),
);

function mutate(ms: readonly { kind: string; line: number; text: string }[]): string {
  let lines = [...LINES];
  for (const m of ms) {
    if (m.kind === 'replace') lines[m.line % lines.length] = m.text;
    else if (m.kind === 'insert') lines.splice(m.line % (lines.length + 1), 0, m.text);
    else if (m.kind === 'delete') lines.splice(m.line % lines.length, 1);
    else lines = lines.join('\n').slice(0, m.line).split('\n');
    if (lines.length === 0) lines = [''];
  }
  return lines.join('\n');
}

describe('spec loader property', () => {
  after(removeProjectDirs);

  it('random text never crashes the checks', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((t) => t.join('')), checkText), { numRuns: 400 });
    fc.assert(fc.property(fc.string({ maxLength: 200 }), checkText), { numRuns: 200 });
  });

  it('mutations of the example never crash the checks', () => {
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) => checkText(mutate(ms))), { numRuns: 600 });
  });

  it('loadTables only ever throws DdbMigrateError (through the file system)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (ms) => {
        const dir = await projectDir({ 'tables/t.yaml': mutate(ms) });
        try {
          await loadTables(dir, null);
        } catch (e) {
          expect(e).to.be.instanceOf(DdbMigrateError);
          for (const p of (e as DdbMigrateError).problems) expect(p.code).to.match(/^SPEC_[A-Z_]+$/);
        }
      }),
      { numRuns: 60 },
    );
  });
});
