/**
 * Fuzzing the fixture front door: random and mutated YAML / JSON / NDJSON fed to the fixture
 * compiler, generator and `validateFixtures`. Whatever the bytes, the result is items or a
 * DdbMigrateError whose problems have the documented shape (FIXTURE_* code, message, file:line:col)
 * — never a TypeError, a hang or a stack trace. (The table-file loader has its own property test in
 * test/desired/property.test.ts.)
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateFixtures } from '../../src/seed/check-items.js';
import { compileFixture, generateItems } from '../../src/seed/generator.js';
import { DdbMigrateError, type Problem } from '../../src/model/errors.js';
import { table } from '../support/builders.js';
import { exampleFile } from '../support/inputs.js';

const SEEDS = [readFileSync(exampleFile('fixtures/cruddur-messages/01-andrew-bayko.yaml'), 'utf8'), readFileSync(exampleFile('fixtures/cruddur-messages/02-generated.yaml'), 'utf8')];
const TOKENS = ['', ' ', '  ', ':', '- ', '{', '}', '[', ']', '"', "'", '#', '&a', '*a', '!!binary', '!!set', '!!int', '!ddb/N', '${', '}}', '{{', 'person.fullName', 'null', '~', '-1', '1.5', 'true', 'items', 'repeat', 'each', 'vars', 'seed', 'as', 'value', '__proto__', 'constructor', '\t', '\\', '\u0000', '\uFEFF', 'é'];
/** No digits: a mutation must not turn `repeat: 50` into `repeat: 5000000` (a slow file, not a bug). */
const CHARS = [' ', ':', '-', '$', '{', '}', '[', ']', '(', ')', '"', "'", '#', '|', '>', '!', '&', '*', '%', '.', ',', '\n', '\t', 'x', 'é'];

type Mutation =
  | { kind: 'replace-line'; line: number; text: string }
  | { kind: 'insert-line'; line: number; text: string }
  | { kind: 'delete-line'; line: number }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'insert-char'; at: number; ch: string }
  | { kind: 'delete-char'; at: number }
  | { kind: 'truncate'; at: number };

const tokens = fc.array(fc.constantFrom(...TOKENS), { maxLength: 6 }).map((t) => t.join(''));
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace-line' as const), line: fc.nat(200), text: fc.oneof(tokens, fc.string({ maxLength: 20 })) }),
  fc.record({ kind: fc.constant('insert-line' as const), line: fc.nat(200), text: tokens }),
  fc.record({ kind: fc.constant('delete-line' as const), line: fc.nat(200) }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(200), b: fc.nat(200) }),
  fc.record({ kind: fc.constant('insert-char' as const), at: fc.nat(5_000), ch: fc.constantFrom(...CHARS) }),
  fc.record({ kind: fc.constant('delete-char' as const), at: fc.nat(5_000) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(5_000) }),
);

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const at = (n: number) => n % Math.max(1, lines.length);
  switch (m.kind) {
    case 'replace-line':
      lines[at(m.line)] = m.text;
      return lines.join('\n');
    case 'insert-line':
      lines.splice(at(m.line), 0, m.text);
      return lines.join('\n');
    case 'delete-line':
      lines.splice(at(m.line), 1);
      return lines.join('\n');
    case 'swap-lines': {
      const [a, b] = [at(m.a), at(m.b)];
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines.join('\n');
    }
    case 'insert-char': {
      const i = m.at % (text.length + 1);
      return text.slice(0, i) + m.ch + text.slice(i);
    }
    case 'delete-char': {
      const i = m.at % Math.max(1, text.length);
      return text.slice(0, i) + text.slice(i + 1);
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    default: {
      const never: never = m;
      return never;
    }
  }
}

const mutated = fc.tuple(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([seed, ms]) => ms.reduce(mutate, seed));
/** Random text and random YAML-ish token soup as well as mutated real files. */
const anyText = fc.oneof({ weight: 6, arbitrary: mutated }, { weight: 1, arbitrary: fc.string({ maxLength: 200 }) }, { weight: 1, arbitrary: fc.array(fc.oneof(tokens, fc.constant('\n')), { maxLength: 40 }).map((t) => t.join('')) });

function wellFormed(p: Problem, file: (f: string) => boolean, lineCount: number): void {
  const what = JSON.stringify(p);
  expect(p.code, what).to.match(/^FIXTURE_[A-Z_]+$/);
  expect(p.message, what).to.be.a('string').and.not.equal('');
  expect(p.message, what).to.not.match(/\n\s+at .+:\d+:\d+/, 'no stack trace in a message');
  if (p.code === 'FIXTURE_TOO_MANY_PROBLEMS' || p.code === 'FIXTURE_UNKNOWN_TABLE') return;
  expect(p.location, what).to.not.equal(undefined);
  expect(file(p.location?.file ?? ''), what).to.equal(true);
  expect(p.location?.line, what).to.be.within(1, lineCount + 1);
  expect(p.location?.col, what).to.be.at.least(1);
}

const ITEMS_PER_RUN = 40;
const RUN_BUDGET_MS = 5_000;

/** Compiles and generates the first items of `text`; resolves with the error (if any) it threw. */
async function compileAndGenerate(text: string): Promise<unknown> {
  try {
    const compiled = compileFixture('fixtures/t/f.yaml', text);
    let n = 0;
    for await (const _ of generateItems(compiled, [1, 0])) if (++n >= ITEMS_PER_RUN) break;
    return null;
  } catch (e) {
    return e;
  }
}

function withinBudget<T>(p: Promise<T>, text: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, rej) => (timer = setTimeout(() => rej(new Error(`no answer in ${RUN_BUDGET_MS} ms for:\n${text}`)), RUN_BUDGET_MS)));
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

describe('fuzzing the fixture reader and validator (fast-check)', function () {
  this.timeout(120_000);

  it('compile + generate: items or a DdbMigrateError in the documented shape, for any text', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const e = await withinBudget(compileAndGenerate(text), text);
        if (e === null) return;
        expect(e, `${String(e)}\n--- input ---\n${text}`).to.be.instanceOf(DdbMigrateError);
        const lines = text.split('\n').length;
        for (const p of (e as DdbMigrateError).problems) wellFormed(p, (f) => f === 'fixtures/t/f.yaml', lines);
      }),
      { numRuns: 300, seed: 20_261_121 },
    );
  });

  it('validateFixtures over files (.yaml, .json, .ndjson): a problem list in the documented shape, never a throw', async () => {
    const dirs: string[] = [];
    const shape = table({ name: 'things', sortKey: { name: 'sk', type: 'S' } });
    const json = JSON.stringify([{ pk: 'A', sk: 'B', n: 1, tags: ['x'] }, { pk: 'A', sk: 'C', m: { deep: [1, null, true] } }], null, 1);
    const ndjson = '{"pk":"A","sk":"B","n":1}\n{"pk":"A","sk":"C","l":[1,"x"]}\n';
    const fileText = fc.oneof(
      fc.tuple(fc.constant('f.yaml'), anyText),
      fc.tuple(fc.constant('f.json'), fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => ms.reduce(mutate, json))),
      fc.tuple(fc.constant('f.ndjson'), fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => ms.reduce(mutate, ndjson))),
    );
    try {
      await fc.assert(
        fc.asyncProperty(fileText, async ([name, text]) => {
          const dir = mkdtempSync(join(tmpdir(), 'ddbm-fuzz-'));
          dirs.push(dir);
          mkdirSync(join(dir, 'fixtures', 'things'), { recursive: true });
          writeFileSync(join(dir, 'fixtures', 'things', name), text);
          let problems: Problem[];
          try {
            problems = await withinBudget(validateFixtures(dir, [shape]), text);
          } catch (e) {
            throw new Error(`validateFixtures threw instead of returning problems: ${String(e)}\n--- ${name} ---\n${text}`);
          }
          const lines = text.split('\n').length;
          for (const p of problems) wellFormed(p, (f) => f.endsWith(join('fixtures', 'things', name)), lines);
        }),
        { numRuns: 120, seed: 7 },
      );
    } finally {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
  });
});
