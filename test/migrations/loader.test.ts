import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { loadMigrations, readMigrations } from '../../src/migrations/loader.js';
import { existsSync } from 'node:fs';
import { DdbMigrateError } from '../../src/model/errors.js';
import { TempProject } from '../support/cli.js';
import { displayPath } from '../../src/util/display-path.js';

/** How problems name a project's file: from the current directory (the temp project is elsewhere). */
const shown = (p: TempProject, rel: string): string => displayPath(join(p.dir, rel));

const UP = 'export async function up(ctx) { ctx.log("hi"); }\n';

async function problemsOf(p: Promise<unknown>): Promise<{ code: string; file: string | undefined; message: string }[]> {
  try {
    await p;
  } catch (e) {
    if (!(e instanceof DdbMigrateError)) throw e;
    return e.problems.map((x) => ({ code: x.code, file: x.location?.file, message: x.message }));
  }
  throw new Error('expected a DdbMigrateError');
}

describe('migrations: loadMigrations', () => {
  const projects: TempProject[] = [];
  const project = (files: Record<string, string>) => {
    const p = new TempProject(files);
    projects.push(p);
    return p;
  };
  after(() => projects.forEach((p) => p.remove()));

  it('follows a symlinked migration file; a link that loops or points nowhere is an error naming it, never skipped', async () => {
    const p = project({ 'elsewhere/0001_linked.mjs': UP, 'migrations/0002_plain.mjs': UP });
    symlinkSync(join(p.dir, 'elsewhere/0001_linked.mjs'), join(p.dir, 'migrations/0001_linked.mjs'));
    expect((await loadMigrations(p.dir)).map((f) => f.id)).to.deep.equal(['0001_linked', '0002_plain']);
    symlinkSync(join(p.dir, 'migrations/nowhere.mjs'), join(p.dir, 'migrations/0003_broken.mjs'));
    symlinkSync(join(p.dir, 'migrations/0004_loop.mjs'), join(p.dir, 'migrations/0004_loop.mjs'));
    const problems = await problemsOf(loadMigrations(p.dir));
    expect(problems.map((x) => [x.code, x.file])).to.deep.equal([
      ['MIGRATION_UNREADABLE', shown(p, 'migrations/0003_broken.mjs')],
      ['MIGRATION_UNREADABLE', shown(p, 'migrations/0004_loop.mjs')],
    ]);
    expect(problems[1]?.message).to.match(/loops/);
  });

  it('loads files sorted by number with id, sha256 of the bytes, phase (default after), tables and description', async () => {
    const p = project({
      'migrations/0010_second.mjs': `${UP}export const meta = { phase: 'before', tables: ['a', 'b'], description: 'two' };\n`,
      'migrations/0002_first.js': UP,
      'migrations/README.md': '# not a migration',
      'migrations/types.d.ts': 'export {};',
      'migrations/lib/helper.mjs': 'export const x = 1;',
    });
    const files = await loadMigrations(p.dir);
    expect(files.map((f) => [f.id, f.number, f.file, f.phase, f.tables, f.description])).to.deep.equal([
      ['0002_first', 2, 'migrations/0002_first.js', 'after', [], undefined],
      ['0010_second', 10, 'migrations/0010_second.mjs', 'before', ['a', 'b'], 'two'],
    ]);
    const bytes = readFileSync(join(p.dir, 'migrations/0010_second.mjs'));
    expect(files[1]?.checksum).to.equal(createHash('sha256').update(bytes).digest('hex'));
    expect(typeof files[0]?.module.up).to.equal('function');
  });

  it('loads a TypeScript migration through tsx (types, enums and all)', async () => {
    const p = project({
      'migrations/0001_typed.ts': [
        // A computed meta needs header lines: plan reads metadata without running the file.
        '// ddb-migrate: phase=before',
        "import type { MigrationContext } from '@ddb-migrate/cli';",
        'enum Phase { Before = "before" }',
        'export const meta: { phase: "before" } = { phase: Phase.Before as "before" };',
        'export async function up(ctx: MigrationContext): Promise<void> { ctx.log("typed"); }',
        '',
      ].join('\n'),
    });
    const [f] = await loadMigrations(p.dir);
    expect(f?.phase).to.equal('before');
    const logged: string[] = [];
    await f?.module.up({ log: (m: string) => logged.push(m) } as never);
    expect(logged).to.deep.equal(['typed']);
  });

  it('re-reads a file edited in the same process (no stale module cache)', async () => {
    const p = project({ 'migrations/0001_a.mjs': `${UP}export const meta = { description: 'one' };\n`, 'migrations/0002_b.ts': `${UP}export const meta = { description: 'one' };\n` });
    expect((await loadMigrations(p.dir)).map((f) => f.description)).to.deep.equal(['one', 'one']);
    p.write('migrations/0001_a.mjs', `${UP}export const meta = { description: 'two' };\n`);
    p.write('migrations/0002_b.ts', `${UP}export const meta = { description: 'two' };\n`);
    expect((await loadMigrations(p.dir)).map((f) => f.description)).to.deep.equal(['two', 'two']);
  });

  it('no migrations/ folder: none', async () => {
    expect(await loadMigrations(project({}).dir)).to.deep.equal([]);
  });

  it('reports every bad name, duplicate number and bad export at once, each with its file', async () => {
    const p = project({
      'migrations/0001_ok.mjs': UP,
      'migrations/1_short.mjs': UP,
      'migrations/0002_Bad-Name.ts': UP,
      'migrations/0003_dup_a.mjs': UP,
      'migrations/0003_dup_b.mjs': UP,
      'migrations/0004_no_up.mjs': 'export const down = async () => {};\n',
      'migrations/0005_bad_meta.mjs': `${UP}export const meta = { phase: 'during', tables: 'x', owner: 'me' };\n`,
      'migrations/0006_throws.mjs': 'throw new Error("boom at load");\n',
    });
    const problems = await problemsOf(loadMigrations(p.dir));
    expect(problems.map((x) => [x.code, x.file])).to.deep.equal([
      ['MIGRATION_BAD_NAME', shown(p, 'migrations/0002_Bad-Name.ts')],
      ['MIGRATION_DUPLICATE_NUMBER', shown(p, 'migrations/0003_dup_b.mjs')],
      ['MIGRATION_BAD_NAME', shown(p, 'migrations/1_short.mjs')],
      ['MIGRATION_NO_UP', shown(p, 'migrations/0004_no_up.mjs')],
      ['MIGRATION_BAD_META', shown(p, 'migrations/0005_bad_meta.mjs')],
      ['MIGRATION_BAD_META', shown(p, 'migrations/0005_bad_meta.mjs')],
      ['MIGRATION_BAD_META', shown(p, 'migrations/0005_bad_meta.mjs')],
      ['MIGRATION_LOAD_FAILED', shown(p, 'migrations/0006_throws.mjs')],
    ]);
    expect(problems[1]?.message).to.contain('0003_dup_a.mjs');
    expect(problems.slice(4, 7).map((x) => x.message).join('\n')).to.match(/meta\.owner/).and.match(/'before' or 'after'/).and.match(/meta\.tables/);
    expect(problems[7]?.message).to.contain('boom at load');
  });

  it('readMigrations reads id, phase, tables and description from the text without running the file', async () => {
    const marker = 'ran-at-import';
    const p = project({
      'migrations/0001_lit.ts': [
        `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(marker)}, 'x');`,
        "export const meta: MigrationMeta = { phase: 'before', // comment, trailing commas and as const",
        "  tables: ['a', \"b\",] as const, description: 'it\\'s // not a comment', } satisfies object;",
        'export async function up() {}',
      ].join('\n'),
      'migrations/0002_header.mjs': '// ddb-migrate: phase=before\n// ddb-migrate: tables=x, y\nexport const meta = make();\nexport async function up() {}\n',
    });
    const files = await readMigrations(p.dir);
    expect(files.map((f) => [f.id, f.phase, f.tables, f.description, f.unedited])).to.deep.equal([
      ['0001_lit', 'before', ['a', 'b'], "it's // not a comment", false],
      ['0002_header', 'before', ['x', 'y'], undefined, false],
    ]);
    expect(existsSync(join(p.dir, marker)) || existsSync(marker)).to.equal(false);
  });

  it('a meta that cannot be read without running the file is MIGRATION_META_NOT_STATIC; an exported meta that disagrees with the header too', async () => {
    const computed = project({ 'migrations/0001_c.mjs': `${UP}export const meta = { phase: pick() };\n` });
    expect((await problemsOf(readMigrations(computed.dir))).map((x) => [x.code, x.file])).to.deep.equal([['MIGRATION_META_NOT_STATIC', shown(computed, 'migrations/0001_c.mjs')]]);
    const disagree = project({ 'migrations/0001_d.mjs': `// ddb-migrate: phase=before\n${UP}export const meta = { phase: ['after'][0] };\n` });
    expect((await readMigrations(disagree.dir))[0]?.phase).to.equal('before');
    expect((await problemsOf(loadMigrations(disagree.dir))).map((x) => x.code)).to.deep.equal(['MIGRATION_META_NOT_STATIC']);
  });
});
