/**
 * Reading the project's files as written: symbolic links followed (never skipped), every
 * file-system error its own code, --dir that names nothing or a file refused, size cap, strict
 * UTF-8, and one rule for the paths problems print.
 */
import { expect } from 'chai';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Problem } from '../../src/model/errors.js';
import { DdbMigrateError } from '../../src/model/errors.js';
import { checkTables, loadTables } from '../../src/desired/load-tables.js';
import { decodeUtf8, firstInvalidUtf8, fsProblem, MAX_TABLE_FILE_BYTES } from '../../src/desired/read-project-file.js';
import { runValidate } from '../../src/desired/validate.js';
import { runCli } from '../support/cli.js';
import { displayPath } from '../../src/util/display-path.js';
import { displayPath as fixtureDisplayPath } from '../../src/seed/read-fixtures.js';
import { projectDir, removeProjectDirs, shown, tableYaml } from './project-dir.js';

const codes = (ps: readonly Problem[]) => ps.map((p) => p.code);

describe('project files', () => {
  after(removeProjectDirs);

  describe('symbolic links in tables/', () => {
    it('a symlinked table file is read like any other (validate, plan, prune all see it)', async () => {
      const dir = await projectDir({ 'elsewhere/symt.yaml': tableYaml('symt'), 'tables/plain.yaml': tableYaml('plain') });
      await symlink(join(dir, 'elsewhere/symt.yaml'), join(dir, 'tables/symt.yaml'));
      const { problems, tables } = await checkTables(dir);
      expect(problems).to.deep.equal([]);
      expect(tables.map((t) => t.spec.table)).to.deep.equal(['plain', 'symt']);
      expect((await loadTables(dir, null)).map((t) => t.name)).to.deep.equal(['plain', 'symt']);
    });

    it('a symlinked tables/ directory is followed', async () => {
      const dir = await projectDir({ 'shared/t-1.yaml': tableYaml('t-1') });
      await symlink(join(dir, 'shared'), join(dir, 'tables'));
      expect((await loadTables(dir, null)).map((t) => t.name)).to.deep.equal(['t-1']);
    });

    it('a link that loops or points nowhere is an error naming the file, never a skipped table', async () => {
      const dir = await projectDir({ 'tables/fine.yaml': tableYaml('fine') });
      await symlink(join(dir, 'tables/loop-a.yaml'), join(dir, 'tables/loop-b.yaml'));
      await symlink(join(dir, 'tables/loop-b.yaml'), join(dir, 'tables/loop-a.yaml'));
      await symlink(join(dir, 'gone.yaml'), join(dir, 'tables/dangling.yaml'));
      await mkdir(join(dir, 'tables/folder.yaml'));
      const err = await loadTables(dir, null).then(() => null, (e: unknown) => e);
      expect(err).to.be.instanceOf(DdbMigrateError);
      const problems = (err as DdbMigrateError).problems;
      expect(problems.map((p) => [p.code, p.location?.file])).to.deep.equal([
        ['SPEC_SYMLINK_BROKEN', shown(dir, 'tables/dangling.yaml')],
        ['SPEC_NOT_A_FILE', shown(dir, 'tables/folder.yaml')],
        ['SPEC_SYMLINK_LOOP', shown(dir, 'tables/loop-a.yaml')],
        ['SPEC_SYMLINK_LOOP', shown(dir, 'tables/loop-b.yaml')],
      ]);
      for (const p of problems) expect(p.hint, p.code).to.be.a('string').and.not.equal('');
    });

    it('a tables/ that is a symlink loop is SPEC_TABLES_DIR_SYMLINK_LOOP', async () => {
      const dir = await projectDir({});
      await symlink(join(dir, 'tables'), join(dir, 'tables'));
      expect(codes((await checkTables(dir)).problems)).to.deep.equal(['SPEC_TABLES_DIR_SYMLINK_LOOP']);
    });
  });

  it('files of tables/ that are not table files are reported, not silently skipped', async () => {
    const dir = await projectDir({ 'tables/t-1.yaml': tableYaml('t-1'), 'tables/users.json': '{}', 'tables/README.md': '# notes', 'tables/.hidden': '' });
    const { problems, ignored } = await checkTables(dir);
    expect(ignored).to.deep.equal(['tables/README.md', 'tables/users.json']);
    expect(problems.map((p) => [p.code, p.severity, p.location?.file])).to.deep.equal([['SPEC_IGNORED_FILE', 'warning', shown(dir, 'tables/users.json')]]);
  });

  describe('the project directory (--dir)', () => {
    it('validate --dir /nonexistent is an error, exit 1 (not "valid")', async () => {
      const missing = join(await projectDir({}), 'no-such-project');
      const r = await runCli(['validate', '--dir', missing]);
      expect(r.code).to.equal(1);
      expect(r.err).to.contain('error SPEC_PROJECT_DIR_NOT_FOUND');
      expect(r.out).to.not.contain('valid');
      expect(codes(await runValidate(missing))).to.deep.equal(['SPEC_PROJECT_DIR_NOT_FOUND']);
    });

    it('--dir naming a file is SPEC_PROJECT_DIR_NOT_A_DIRECTORY, for validate and for the commands that load tables', async () => {
      const file = join(await projectDir({ 'x.yaml': tableYaml('x') }), 'x.yaml');
      expect(codes(await runValidate(file))).to.deep.equal(['SPEC_PROJECT_DIR_NOT_A_DIRECTORY']);
      const err = await loadTables(file, null).then(() => null, (e: unknown) => e);
      expect(err).to.be.instanceOf(DdbMigrateError);
      expect(codes((err as DdbMigrateError).problems)).to.deep.equal(['SPEC_PROJECT_DIR_NOT_A_DIRECTORY']);
    });

    it('a tables/ that is a file is SPEC_TABLES_DIR_NOT_A_DIRECTORY', async () => {
      const dir = await projectDir({ tables: 'oops' });
      expect(codes((await checkTables(dir)).problems)).to.deep.equal(['SPEC_TABLES_DIR_NOT_A_DIRECTORY']);
    });
  });

  describe('file-system errors', () => {
    // The tests run as root, for whom chmod 000 still reads: the errno mapping is tested on the
    // error objects Node gives (code + message), which is all the mapping looks at.
    const errno = (code: string) => Object.assign(new Error(`${code}: failed, open 'x'`), { code });

    it('each errno has its own code, the file, and what to do; unknown ones are READ_FAILED', () => {
      const cases: [string, string][] = [
        ['EACCES', 'SPEC_UNREADABLE'],
        ['EPERM', 'SPEC_UNREADABLE'],
        ['ELOOP', 'SPEC_SYMLINK_LOOP'],
        ['ENOTDIR', 'SPEC_NOT_A_DIRECTORY'],
        ['EISDIR', 'SPEC_NOT_A_FILE'],
        ['ENOENT', 'SPEC_NOT_FOUND'],
        ['EIO', 'SPEC_READ_FAILED'],
      ];
      for (const [code, want] of cases) {
        const p = fsProblem(errno(code), 'table file', 'tables/x.yaml');
        expect(p.code, code).to.equal(want);
        expect(p.location, code).to.deep.equal({ file: 'tables/x.yaml', line: 1, col: 1 });
        expect(p.message, code).to.contain('tables/x.yaml');
        expect(p.hint, code).to.be.a('string').and.not.equal('');
      }
      expect(fsProblem(errno('EACCES'), 'ddb-migrate.yaml', 'ddb-migrate.yaml', 'CONFIG').code).to.equal('CONFIG_UNREADABLE');
      expect(fsProblem(errno('EACCES'), 'table file', 'tables/x.yaml').hint).to.match(/read access/);
    });
  });

  it(`a table file over ${MAX_TABLE_FILE_BYTES} bytes is SPEC_FILE_TOO_LARGE, without being parsed`, async () => {
    const big = `${tableYaml('big')}tags:\n${'  # padding to go past the cap\n'.repeat(Math.ceil(MAX_TABLE_FILE_BYTES / 30))}`;
    const dir = await projectDir({ 'tables/big.yaml': big, 'tables/small.yaml': tableYaml('small') });
    const { problems, tables } = await checkTables(dir);
    expect(problems.map((p) => [p.code, p.location?.file])).to.deep.equal([['SPEC_FILE_TOO_LARGE', shown(dir, 'tables/big.yaml')]]);
    expect(problems[0]?.message).to.contain('1,048,576 bytes');
    expect(tables.map((t) => t.spec.table)).to.deep.equal(['small']);
  });

  it('a resource policy file that is missing or over 20 KB is named as the policy file, not as a table file; the policy folder in tables/ is not "ignored" (regressions)', async () => {
    const policy = (file: string) => `${tableYaml('pol')}resourcePolicy: ${file}\n`;
    const big = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'x'.repeat(21 * 1024) }] });
    const dir = await projectDir({ 'tables/pol.yaml': policy('policies/missing.json'), 'tables/big.yaml': policy('policies/big.json').replace('table: pol', 'table: big'), 'tables/policies/big.json': big, 'tables/users.json': '{}' });
    const { problems } = await checkTables(dir);
    const byFile = Object.fromEntries(problems.map((p) => [basename(p.location?.file ?? ''), p]));
    expect(codes(problems).sort()).to.deep.equal(['SPEC_IGNORED_FILE', 'SPEC_POLICY_FILE', 'SPEC_POLICY_FILE']);
    expect(byFile['users.json']?.code).to.equal('SPEC_IGNORED_FILE');
    expect(byFile['pol.yaml']?.message).to.equal(`the resource policy file ${shown(dir, 'tables/policies/missing.json')} does not exist`);
    expect(byFile['big.yaml']?.message).to.match(/^the resource policy file .*big\.json is [\d,]+ bytes; a resource policy file is limited to 20,480 bytes \(20 KB, AWS's limit/);
    expect(problems.filter((p) => p.code === 'SPEC_POLICY_FILE').map((p) => p.message).join('\n')).not.to.contain('table file');
  });

  describe('invalid UTF-8', () => {
    it('a table file with invalid bytes is refused at its line and column (no U+FFFD names)', async () => {
      const dir = await projectDir({});
      await mkdir(join(dir, 'tables'));
      const bytes = Buffer.concat([Buffer.from('table: bad-utf8\npartitionKey: { name: p'), Buffer.from([0xff, 0xfe]), Buffer.from('k, type: S }\n')]);
      await writeFile(join(dir, 'tables/bad-utf8.yaml'), bytes);
      const { problems, tables } = await checkTables(dir);
      expect(problems.map((p) => [p.code, p.location])).to.deep.equal([['SPEC_INVALID_UTF8', { file: shown(dir, 'tables/bad-utf8.yaml'), line: 2, col: 24 }]]);
      expect(tables).to.deep.equal([]);
    });

    it('ddb-migrate.yaml too', async () => {
      const dir = await projectDir({ 'tables/t-1.yaml': tableYaml('t-1') });
      await writeFile(join(dir, 'ddb-migrate.yaml'), Buffer.concat([Buffer.from('environments:\n  pr'), Buffer.from([0xc3, 0x28]), Buffer.from('d: {}\n')]));
      const problems = await runValidate(dir, { fixtures: false });
      expect(problems.map((p) => [p.code, p.location?.line, p.location?.col])).to.deep.equal([['CONFIG_INVALID_UTF8', 2, 5]]);
    });

    it('the validator agrees with a fatal TextDecoder on every sequence class', () => {
      const valid = ['a', 'é', '€', '😀', '\u{10FFFF}'].map((s) => Buffer.from(s));
      for (const b of valid) expect(firstInvalidUtf8(b)).to.equal(b.length);
      // overlong, surrogate, above U+10FFFF, lone continuation, truncated
      for (const b of [[0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x80], [0xe2, 0x82]]) {
        expect(firstInvalidUtf8(Uint8Array.from(b))).to.equal(0);
        expect('problem' in decodeUtf8(Uint8Array.from(b), 'f', 'SPEC')).to.equal(true);
      }
      expect(decodeUtf8(Buffer.from('\uFEFFtable: x'), 'f', 'SPEC')).to.deep.equal({ text: 'table: x' });
    });
  });

  it('problems name files from the current directory, also with a relative --dir (spec and fixture files alike)', async () => {
    const dir = await projectDir({ 'tables/one.yaml': tableYaml('one', 'stream: NEW\n') });
    const cwd = process.cwd();
    try {
      // As `cd /tmp && ddb-migrate validate --dir ddb-migrate-spec-XXXX`: the project is not the cwd.
      process.chdir(dirname(dir));
      const [p] = (await checkTables(basename(dir))).problems;
      expect(p?.location?.file).to.equal(join(basename(dir), 'tables/one.yaml'));
      const [q] = (await checkTables(dir)).problems;
      expect(q?.location?.file).to.equal(join(basename(dir), 'tables/one.yaml'));
      expect(fixtureDisplayPath(join(dir, 'fixtures/one/a.yaml'))).to.equal(join(basename(dir), 'fixtures/one/a.yaml'));
    } finally {
      process.chdir(cwd);
    }
  });

  it('displayPath: the shorter of the relative and the absolute path', () => {
    expect(displayPath(join(process.cwd(), 'tables/x.yaml'))).to.equal(join('tables', 'x.yaml'));
    expect(displayPath(join(process.cwd(), '..', 'v2', 'tables/x.yaml'))).to.equal(join('..', 'v2', 'tables', 'x.yaml'));
    expect(displayPath('/nonexistent')).to.equal('/nonexistent');
  });
});
