import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadMigrations } from '../../src/migrations/loader.js';
import { newMigration, snakeName } from '../../src/migrations/new-migration.js';
import { DdbMigrateError } from '../../src/model/errors.js';
import { runCli, TempProject } from '../support/cli.js';
import { displayPath } from '../../src/util/display-path.js';

describe('migrations: migration new', () => {
  const projects: TempProject[] = [];
  const project = (files: Record<string, string> = {}) => {
    const p = new TempProject(files);
    projects.push(p);
    return p;
  };
  after(() => projects.forEach((p) => p.remove()));

  it('snake-cases names', () => {
    expect(snakeName('Backfill message-group UUID')).to.equal('backfill_message_group_uuid');
    expect(snakeName('splitUserEntity')).to.equal('split_user_entity');
    expect(snakeName('  --  ')).to.equal('');
  });

  it('CLI: writes 0001 in an empty project, then the next number after the highest; the skeleton loads', async () => {
    const p = project();
    const first = await runCli(['migration', 'new', 'Backfill message-group UUID', '--dir', p.dir]);
    expect(first).to.deep.include({ code: 0, out: `Created ${displayPath(join(p.dir, 'migrations/0001_backfill_message_group_uuid.ts'))}\n` });
    p.write('migrations/0007_other.mjs', 'export async function up() {}\n');
    const second = await runCli(['migration', 'new', 'split_users', '--phase', 'before', '--dir', p.dir]);
    expect(second.out).to.equal(`Created ${displayPath(join(p.dir, 'migrations/0008_split_users.ts'))}\n`);
    const text = readFileSync(join(p.dir, 'migrations/0008_split_users.ts'), 'utf8');
    expect(text).to.contain("phase: 'before'").and.contain('export async function up(ctx: MigrationContext)');
    const loaded = await loadMigrations(p.dir);
    expect(loaded.map((f) => [f.id, f.phase])).to.deep.equal([
      ['0001_backfill_message_group_uuid', 'after'],
      ['0007_other', 'after'],
      ['0008_split_users', 'before'],
    ]);
  });

  it('refuses to overwrite an existing file', async () => {
    const p = project({ 'migrations/0003_same.ts': 'keep me' });
    try {
      await newMigration(p.dir, 'same', 'after', 3);
      expect.fail('expected MIGRATION_EXISTS');
    } catch (e) {
      expect(e).to.be.instanceOf(DdbMigrateError);
      expect((e as DdbMigrateError).problems[0]).to.deep.include({ code: 'MIGRATION_EXISTS', message: `${displayPath(join(p.dir, 'migrations/0003_same.ts'))} already exists` });
    }
    expect(readFileSync(join(p.dir, 'migrations/0003_same.ts'), 'utf8')).to.equal('keep me');
  });

  it('CLI: a name without letters or digits is an error (exit 1) and writes nothing', async () => {
    const p = project();
    const bad = await runCli(['migration', 'new', '%%%', '--dir', p.dir]);
    expect(bad.code).to.equal(1);
    expect(bad.err).to.contain('MIGRATION_BAD_NAME');
    expect(await loadMigrations(p.dir)).to.deep.equal([]);
  });
});
