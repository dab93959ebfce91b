/**
 * The import direction cli → app → (core, live, exec, state, …): src/cli imports no AWS SDK
 * module, nothing below src/cli imports it, and the app layer never prints or exits.
 */
import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');
/** The package's entry points sit above the CLI (src/index.ts exports `main`). */
const ENTRY_POINTS = new Set(['index.ts', 'testing.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Every module specifier a file imports, statically or with import(). */
export function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (spec) found.push(spec);
  }
  return found;
}

/** `src`-relative path of a relative import, or null for a package import. */
function target(file: string, spec: string): string | null {
  return spec.startsWith('.') ? relative(SRC, resolve(dirname(file), spec)) : null;
}

interface Violation {
  readonly file: string;
  readonly imports: string;
}

function violations(check: (file: string, spec: string, resolved: string | null) => boolean, files: readonly string[]): Violation[] {
  return files.flatMap((file) =>
    importsOf(readFileSync(file, 'utf8'))
      .filter((spec) => check(file, spec, target(file, spec)))
      .map((spec) => ({ file: relative(SRC, file), imports: spec })),
  );
}

const all = sourceFiles(SRC);
const inCli = all.filter((f) => relative(SRC, f).startsWith('cli/'));
const belowCli = all.filter((f) => !relative(SRC, f).startsWith('cli/') && !ENTRY_POINTS.has(relative(SRC, f)));
const inApp = all.filter((f) => relative(SRC, f).startsWith('app/'));

/** What src/cli may import from src: the app layer and the pure core (model, render, util), nothing below. */
const CLI_MAY_IMPORT = ['cli', 'app', 'model', 'render', 'util'];

/**
 * The one exception, said why: process-entry.ts names the fixture module that never settled
 * (FIXTURE_MODULE_UNSETTLED) after `main` gave up waiting. That state is the running process's
 * (which modules this process is executing), not a result any app call could return.
 */
const CLI_EXCEPTIONS: readonly Violation[] = [{ file: 'cli/process-entry.ts', imports: '../seed/run-module.js' }];

/** Node builtins, the argument parser and the terminal UI libraries. */
const CLI_PACKAGES = /^(node:|yargs$|picocolors$|cli-progress$|@inquirer\/)/;

function cliImportViolations(files: readonly string[]): Violation[] {
  return violations((_f, spec, resolved) => (resolved === null ? !CLI_PACKAGES.test(spec) : !CLI_MAY_IMPORT.includes(resolved.split('/')[0] ?? '')), files);
}

describe('layering: cli → app → core', () => {
  it('src/cli imports only src/app, src/model, src/render, src/util (and node builtins, yargs, UI libraries)', () => {
    expect(cliImportViolations(inCli)).to.deep.equal(CLI_EXCEPTIONS);
  });

  it('src/cli imports no @aws-sdk module (DynamoDB calls belong to the app layer and below)', () => {
    expect(violations((_f, spec) => spec.startsWith('@aws-sdk/'), inCli)).to.deep.equal([]);
  });

  it('nothing in src/app or below imports src/cli', () => {
    expect(violations((_f, _spec, resolved) => resolved !== null && (resolved === 'cli' || resolved.startsWith('cli/')), belowCli)).to.deep.equal([]);
  });

  it('the app layer never prints, prompts or exits (progress goes to onEvent)', () => {
    const touches = inApp.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const hits = text.match(/process\.(stdout|stderr|stdin|exit)\b|console\.\w+\(|@inquirer\//g) ?? [];
      return hits.map((hit) => ({ file: relative(SRC, file), hit }));
    });
    expect(touches).to.deep.equal([]);
  });

  it('the scan finds imports (a regex that matched nothing would pass vacuously)', () => {
    expect(importsOf("import { a } from './a.js';\nexport type { B } from '../b.js';\nconst m = await import('../c.js');\nimport './d.js';")).to.deep.equal(['./a.js', '../b.js', '../c.js', './d.js']);
    expect(violations((_f, spec) => spec.startsWith('@aws-sdk/'), belowCli).length).to.be.greaterThan(0);
    // The CLI rule catches an import of a lower layer, static or dynamic, and an unlisted package.
    expect(cliImportViolations(inApp).length, 'app files import live/, state/, ...').to.be.greaterThan(0);
    expect(inCli.length).to.be.greaterThan(10);
    expect(inApp.length).to.be.greaterThan(10);
  });
});
