/** The YAML reader: linear in the file size, tags outside the format refused, one document per file. */
import { expect } from 'chai';
import { checkConfig } from '../../src/desired/config-file.js';
import { checkTables } from '../../src/desired/load-tables.js';
import { parseYamlSource } from '../../src/desired/yaml-source.js';
import { projectDir, removeProjectDirs, tableYaml } from './project-dir.js';

/** A table file whose `tags:` map has `n` keys (50 is the limit: every size is refused the same way). */
function manyTags(n: number, key = (i: number) => `key${i}`): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(`  ${key(i)}: value${i}`);
  return `${tableYaml('big')}tags:\n${lines.join('\n')}\n`;
}

/** The fastest of `runs` runs of `f`, in ms (the minimum is the least disturbed by other load). */
function fastest(runs: number, f: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('YAML reader', () => {
  after(removeProjectDirs);

  describe('is linear in the size of the file', () => {
    // Not a timed test: 4x the input must cost well under 16x (what the quadratic duplicate-key
    // check took: 1 MB 2.6 s, 2 MB 5.4 s, 4 MB 18.5 s). A linear reader costs about 4x; 9x leaves
    // room for a noisy machine while still failing the quadratic one (which also runs for minutes).
    it('parsing and locating a 2 MB map: 4x the keys costs less than 9x the time', function () {
      this.timeout(120_000);
      const small = manyTags(25_000);
      const large = manyTags(100_000);
      expect(large.length).to.be.greaterThan(2_000_000);
      const run = (text: string) => () => {
        const src = parseYamlSource('tables/big.yaml', text, 'SPEC');
        // One lookup per key, as a problem per bad tag key would do.
        for (let i = 0; i < text.length / 40; i += 97) src.locate(['tags', `key${i}`], { key: true });
      };
      run(small)(); // warm up the JIT
      const ratio = fastest(2, run(large)) / fastest(3, run(small));
      expect(ratio).to.be.lessThan(9);
    });

    it('still finds duplicate keys (its own check replaces the parser quadratic one)', () => {
      const src = parseYamlSource('t.yaml', `${manyTags(3)}  key1: again\n`, 'SPEC');
      expect(src.problems.map((p) => [p.code, p.location?.line])).to.deep.equal([['SPEC_DUPLICATE_KEY', 8]]);
      // 1 and "1" are different keys, as for the parser.
      expect(parseYamlSource('t.yaml', 'a:\n  1: x\n  "1": y\n', 'SPEC').problems).to.deep.equal([]);
    });
  });

  describe('YAML tags the format does not define are refused with file:line', () => {
    const cases: [string, string, number][] = [
      ['!!omap environments', 'environments: !!omap\n  - prod: { deletionProtection: true }\n', 4],
      ['!!omap tags', 'tags: !!omap [ { team: core } ]\n', 4],
      ['a custom tag', 'tableClass: !custom STANDARD\n', 4],
      ['!!set', 'tags: !!set { a }\n', 4],
      ['!!binary', 'tags:\n  blob: !!binary aGk=\n', 5],
    ];
    for (const [what, extra, line] of cases)
      it(what, async () => {
        const dir = await projectDir({ 'tables/t-1.yaml': tableYaml('t-1', extra) });
        const { problems, tables } = await checkTables(dir);
        expect(problems.map((p) => [p.code, p.location?.line])).to.deep.equal([['SPEC_YAML_TAG', line]]);
        expect(problems[0]?.hint).to.match(/Remove the tag/);
        expect(tables).to.deep.equal([]);
      });

    it('the core tags that read a value as written are accepted', async () => {
      const dir = await projectDir({ 'tables/t-1.yaml': tableYaml('t-1', 'tags: !!map\n  team: !!str 42\npointInTimeRecovery: !!bool true\n') });
      const { problems, tables } = await checkTables(dir);
      expect(problems).to.deep.equal([]);
      expect(tables[0]?.spec.tags).to.deep.equal({ team: '42' });
    });

    it('in ddb-migrate.yaml too', async () => {
      const dir = await projectDir({ 'ddb-migrate.yaml': 'environments: !!omap\n  - prod: { protected: true }\n' });
      const { problems } = await checkConfig(dir);
      expect(problems.map((p) => [p.code, p.location?.line])).to.deep.equal([['CONFIG_YAML_TAG', 1]]);
    });
  });

  it('a file with several YAML documents says so in the words of the format', () => {
    const src = parseYamlSource('t.yaml', `${tableYaml('a-1')}---\n${tableYaml('b-1')}---\n${tableYaml('c-1')}`, 'SPEC');
    expect(src.problems.map((p) => p.code)).to.deep.equal(['SPEC_YAML_SYNTAX']);
    expect(src.problems[0]?.message).to.equal('one table per file: this file holds 3 YAML documents');
    expect(src.problems[0]?.message).to.not.contain('parseAllDocuments');
  });
});
