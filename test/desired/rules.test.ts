/**
 * Every validation rule with at least one bad file: the code, the file, the line and the field.
 * Line numbers count from 1 in the YAML below (tableYaml puts table/partitionKey/sortKey on 1-3).
 */
import { expect } from 'chai';
import { checkTables } from '../../src/desired/load-tables.js';
import type { Problem } from '../../src/model/errors.js';
import { projectDir, removeProjectDirs, shown, tableYaml } from './project-dir.js';

interface Case {
  readonly rule: string;
  readonly yaml: string;
  readonly code: string;
  readonly line: number;
  readonly field: string;
}

const gsis = (n: number): string =>
  `globalSecondaryIndexes:\n${Array.from({ length: n }, (_, i) => `  - { name: gsi-${i}, partitionKey: { name: g${i}, type: S } }`).join('\n')}\n`;
const lsis = (n: number): string =>
  `localSecondaryIndexes:\n${Array.from({ length: n }, (_, i) => `  - { name: lsi-${i}, sortKey: { name: l${i}, type: S } }`).join('\n')}\n`;
const tags = (n: number): string => `tags:\n${Array.from({ length: n }, (_, i) => `  k${i}: v`).join('\n')}\n`;
const include = (n: number, name: string): string =>
  `  - name: ${name}\n    partitionKey: { name: g, type: S }\n    projection: { include: [${Array.from({ length: n }, (_, i) => `a${i}`).join(', ')}] }\n`;

const CASES: readonly Case[] = [
  { rule: 'unclosed flow map', yaml: 'table: t-1\npartitionKey: { name: pk, type: S\nsortKey: x\n', code: 'SPEC_YAML_SYNTAX', line: 2, field: '' },
  { rule: 'bad indentation', yaml: 'table: t-1\npartitionKey:\n  name: pk\n type: S\n', code: 'SPEC_YAML_SYNTAX', line: 4, field: '' },
  { rule: 'unclosed flow list', yaml: 'table: t-1\npartitionKey: { name: pk, type: S }\nlocalSecondaryIndexes: [\n  { name: abc, sortKey: { name: s, type: S } }\nstream: false\n', code: 'SPEC_YAML_SYNTAX', line: 3, field: '' },
  { rule: 'unterminated quote', yaml: 'table: t-1\npartitionKey: { name: pk, type: S }\ntags: { a: "b }\n', code: 'SPEC_YAML_SYNTAX', line: 3, field: '' },
  { rule: 'duplicate key', yaml: tableYaml('dup-key', 'stream: NEW_IMAGE\nstream: KEYS_ONLY\n'), code: 'SPEC_DUPLICATE_KEY', line: 5, field: '' },
  { rule: 'unknown field', yaml: tableYaml('unknown', 'globalIndexes: []\n'), code: 'SPEC_UNKNOWN_FIELD', line: 4, field: 'globalIndexes' },
  { rule: 'unknown nested field', yaml: tableYaml('unknown', 'billing:\n  mode: PROVISIONED\n  read: 1\n  write: 1\n  reads: 1\n'), code: 'SPEC_UNKNOWN_FIELD', line: 8, field: 'billing.reads' },
  { rule: 'missing table', yaml: 'partitionKey: { name: pk, type: S }\n', code: 'SPEC_REQUIRED', line: 1, field: 'table' },
  { rule: 'missing key type (points at the mapping\'s key)', yaml: 'table: req-1\npartitionKey:\n  name: pk\n', code: 'SPEC_REQUIRED', line: 2, field: 'partitionKey.type' },
  { rule: 'wrong type', yaml: tableYaml('types', 'pointInTimeRecovery: "yes"\n'), code: 'SPEC_TYPE', line: 4, field: 'pointInTimeRecovery' },
  { rule: 'list where a mapping belongs', yaml: tableYaml('types', 'billing: [PROVISIONED]\n'), code: 'SPEC_TYPE', line: 4, field: 'billing' },
  { rule: 'bad enum', yaml: tableYaml('enum-1', 'stream: NEW_IMAGES\n'), code: 'SPEC_ENUM', line: 4, field: 'stream' },
  { rule: 'bad key type', yaml: 'table: enum-2\npartitionKey: { name: pk, type: STRING }\n', code: 'SPEC_ENUM', line: 2, field: 'partitionKey.type' },
  { rule: 'bad projection', yaml: tableYaml('proj', 'globalSecondaryIndexes:\n  - name: gsi-1\n    partitionKey: { name: g, type: S }\n    projection: EVERYTHING\n'), code: 'SPEC_TYPE', line: 7, field: 'globalSecondaryIndexes[0].projection' },
  { rule: 'key type conflict', yaml: tableYaml('conflict', 'globalSecondaryIndexes:\n  - name: gsi-1\n    partitionKey: { name: sk, type: N }\n'), code: 'SPEC_KEY_TYPE_CONFLICT', line: 6, field: 'globalSecondaryIndexes[0].partitionKey.type' },
  { rule: 'key type conflict in an LSI', yaml: tableYaml('conflict', 'localSecondaryIndexes:\n  - name: lsi-1\n    sortKey:\n      name: pk\n      type: B\n'), code: 'SPEC_KEY_TYPE_CONFLICT', line: 8, field: 'localSecondaryIndexes[0].sortKey.type' },
  { rule: 'duplicate index name', yaml: tableYaml('dup-index', 'globalSecondaryIndexes:\n  - { name: same-name, partitionKey: { name: a, type: S } }\nlocalSecondaryIndexes:\n  - { name: same-name, sortKey: { name: b, type: S } }\n'), code: 'SPEC_DUPLICATE_INDEX', line: 7, field: 'localSecondaryIndexes[0].name' },
  { rule: 'more than 20 GSIs', yaml: tableYaml('many-gsi', gsis(21)), code: 'SPEC_TOO_MANY_GSI', line: 25, field: 'globalSecondaryIndexes[20]' },
  { rule: 'more than 5 LSIs', yaml: tableYaml('many-lsi', lsis(6)), code: 'SPEC_TOO_MANY_LSI', line: 10, field: 'localSecondaryIndexes[5]' },
  { rule: 'LSI without a table sort key', yaml: 'table: lsi-nosk\npartitionKey: { name: pk, type: S }\nlocalSecondaryIndexes:\n  - name: lsi-1\n    sortKey: { name: s, type: S }\n', code: 'SPEC_LSI_NEEDS_SORT_KEY', line: 4, field: 'localSecondaryIndexes[0]' },
  { rule: "LSI partition key not the table's", yaml: tableYaml('lsi-pk', 'localSecondaryIndexes:\n  - name: lsi-1\n    partitionKey: { name: other, type: S }\n    sortKey: { name: s, type: S }\n'), code: 'SPEC_LSI_PARTITION_KEY', line: 6, field: 'localSecondaryIndexes[0].partitionKey' },
  { rule: 'empty include', yaml: tableYaml('inc-empty', 'globalSecondaryIndexes:\n  - name: gsi-1\n    partitionKey: { name: g, type: S }\n    projection: { include: [] }\n'), code: 'SPEC_INCLUDE_EMPTY', line: 7, field: 'globalSecondaryIndexes[0].projection.include' },
  { rule: 'more than 100 included attributes', yaml: tableYaml('inc-many', `globalSecondaryIndexes:\n${include(60, 'gsi-1')}${include(41, 'gsi-2')}`), code: 'SPEC_INCLUDE_LIMIT', line: 10, field: 'globalSecondaryIndexes[1].projection.include' },
  { rule: 'table name too short', yaml: 'table: ab\npartitionKey: { name: pk, type: S }\n', code: 'SPEC_NAME', line: 1, field: 'table' },
  { rule: 'table name with bad characters', yaml: 'table: my table!\npartitionKey: { name: pk, type: S }\n', code: 'SPEC_NAME', line: 1, field: 'table' },
  { rule: 'table name too long', yaml: `table: ${'x'.repeat(256)}\npartitionKey: { name: pk, type: S }\n`, code: 'SPEC_NAME', line: 1, field: 'table' },
  { rule: 'index name with bad characters', yaml: tableYaml('idx-name', 'globalSecondaryIndexes:\n  - name: "by/user"\n    partitionKey: { name: g, type: S }\n'), code: 'SPEC_NAME', line: 5, field: 'globalSecondaryIndexes[0].name' },
  { rule: 'empty attribute name', yaml: 'table: attr-1\npartitionKey: { name: "", type: S }\n', code: 'SPEC_ATTRIBUTE_NAME', line: 2, field: 'partitionKey.name' },
  { rule: 'capacity zero', yaml: tableYaml('cap-0', 'billing: { mode: PROVISIONED, read: 0, write: 5 }\n'), code: 'SPEC_CAPACITY', line: 4, field: 'billing.read' },
  { rule: 'capacity not whole', yaml: tableYaml('cap-frac', 'billing:\n  mode: PROVISIONED\n  read: 5\n  write: 2.5\n'), code: 'SPEC_CAPACITY', line: 7, field: 'billing.write' },
  { rule: 'GSI read without write', yaml: tableYaml('cap-half', 'billing: { mode: PROVISIONED, read: 5, write: 5 }\nglobalSecondaryIndexes:\n  - name: gsi-1\n    partitionKey: { name: g, type: S }\n    read: 3\n'), code: 'SPEC_CAPACITY', line: 8, field: 'globalSecondaryIndexes[0].read' },
  { rule: 'autoscaling range min above max', yaml: tableYaml('as-inv', 'billing:\n  mode: PROVISIONED\n  read: { min: 50, max: 10 }\n  write: 5\n'), code: 'SPEC_AUTOSCALING_RANGE', line: 6, field: 'billing.read.min' },
  { rule: 'autoscaling target utilization above 90', yaml: tableYaml('as-tgt', 'billing:\n  mode: PROVISIONED\n  read: 5\n  write: { min: 1, max: 10, targetUtilization: 95 }\n'), code: 'SPEC_AUTOSCALING_TARGET', line: 7, field: 'billing.write.targetUtilization' },
  { rule: 'autoscaling range min zero', yaml: tableYaml('as-zero', 'billing:\n  mode: PROVISIONED\n  read: 5\n  write: 5\nglobalSecondaryIndexes:\n  - name: gsi-1\n    partitionKey: { name: g, type: S }\n    read: { min: 0, max: 10 }\n    write: 5\n'), code: 'SPEC_CAPACITY', line: 11, field: 'globalSecondaryIndexes[0].read.min' },
  { rule: 'autoscaling range without max', yaml: tableYaml('as-nomax', 'billing:\n  mode: PROVISIONED\n  read: { min: 5 }\n  write: 5\n'), code: 'SPEC_REQUIRED', line: 6, field: 'billing.read.max' },
  { rule: 'on-demand with read', yaml: tableYaml('od-read', 'billing:\n  mode: PAY_PER_REQUEST\n  read: 5\n'), code: 'SPEC_BILLING_CAPACITY', line: 6, field: 'billing.read' },
  { rule: 'provisioned without write', yaml: tableYaml('prov-nowrite', 'billing:\n  mode: PROVISIONED\n  read: 5\n'), code: 'SPEC_BILLING_CAPACITY', line: 4, field: 'billing' },
  { rule: 'provisioned with maxRead', yaml: tableYaml('prov-max', 'billing: { mode: PROVISIONED, read: 5, write: 5, maxRead: 9 }\n'), code: 'SPEC_BILLING_CAPACITY', line: 4, field: 'billing.maxRead' },
  { rule: 'GSI capacity on an on-demand table', yaml: tableYaml('od-gsi', 'globalSecondaryIndexes:\n  - name: gsi-1\n    partitionKey: { name: g, type: S }\n    read: 3\n    write: 3\n'), code: 'SPEC_BILLING_CAPACITY', line: 7, field: 'globalSecondaryIndexes[0].read' },
  { rule: 'more than 50 tags', yaml: tableYaml('tags-many', tags(51)), code: 'SPEC_TAG_LIMIT', line: 4, field: 'tags' },
  { rule: 'tag key with aws: prefix', yaml: tableYaml('tags-aws', 'tags:\n  team: a\n  "aws:owner": b\n'), code: 'SPEC_TAG_KEY', line: 6, field: 'tags["aws:owner"]' },
  { rule: 'tag key too long', yaml: tableYaml('tags-long', `tags:\n  ${'k'.repeat(129)}: v\n`), code: 'SPEC_TAG_KEY', line: 5, field: `tags.${'k'.repeat(129)}` },
  { rule: 'tag value too long', yaml: tableYaml('tags-val', `tags:\n  team: ${'v'.repeat(257)}\n`), code: 'SPEC_TAG_VALUE', line: 5, field: 'tags.team' },
  { rule: 'tag value not a string', yaml: tableYaml('tags-num', 'tags:\n  version: 2\n'), code: 'SPEC_TAG_VALUE', line: 5, field: 'tags.version' },
  { rule: 'empty TTL attribute', yaml: tableYaml('ttl-empty', 'ttl: { attribute: "" }\n'), code: 'SPEC_TTL_NAME', line: 4, field: 'ttl.attribute' },
  { rule: 'TTL attribute too long', yaml: tableYaml('ttl-long', `ttl:\n  attribute: ${'t'.repeat(256)}\n`), code: 'SPEC_TTL_NAME', line: 5, field: 'ttl.attribute' },
  // Multi-attribute GSI keys: 1-4 attributes per key, each once, one type per attribute across the table.
  { rule: 'five partition-key attributes in a GSI', yaml: tableYaml('mk-5', `globalSecondaryIndexes:\n  - name: gsi-1\n    partitionKey: [${['a', 'b', 'c', 'd', 'e'].map((n) => `{ name: ${n}, type: S }`).join(', ')}]\n`), code: 'SPEC_INDEX_KEY_ATTRIBUTES', line: 6, field: 'globalSecondaryIndexes[0].partitionKey' },
  { rule: 'five sort-key attributes in a GSI', yaml: tableYaml('mk-5s', `globalSecondaryIndexes:\n  - name: gsi-1\n    partitionKey: { name: g, type: S }\n    sortKey: [${['a', 'b', 'c', 'd', 'e'].map((n) => `{ name: ${n}, type: N }`).join(', ')}]\n`), code: 'SPEC_INDEX_KEY_ATTRIBUTES', line: 7, field: 'globalSecondaryIndexes[0].sortKey' },
  { rule: 'an empty GSI key list', yaml: tableYaml('mk-0', 'globalSecondaryIndexes:\n  - name: gsi-1\n    partitionKey: []\n'), code: 'SPEC_INDEX_KEY_ATTRIBUTES', line: 6, field: 'globalSecondaryIndexes[0].partitionKey' },
  { rule: 'bad type in a multi-attribute key', yaml: tableYaml('mk-type', 'globalSecondaryIndexes:\n  - name: gsi-1\n    partitionKey:\n      - { name: a, type: S }\n      - { name: b, type: BOOL }\n'), code: 'SPEC_ENUM', line: 8, field: 'globalSecondaryIndexes[0].partitionKey[1].type' },
  { rule: 'attribute twice in one GSI key', yaml: tableYaml('mk-dup', 'globalSecondaryIndexes:\n  - name: gsi-1\n    partitionKey:\n      - { name: a, type: S }\n      - { name: a, type: S }\n'), code: 'SPEC_INDEX_KEY_DUPLICATE', line: 8, field: 'globalSecondaryIndexes[0].partitionKey[1].name' },
  { rule: 'attribute in both the partition and the sort key of a GSI', yaml: tableYaml('mk-dup2', 'globalSecondaryIndexes:\n  - name: gsi-1\n    partitionKey: [{ name: a, type: S }, { name: b, type: S }]\n    sortKey: { name: b, type: S }\n'), code: 'SPEC_INDEX_KEY_DUPLICATE', line: 7, field: 'globalSecondaryIndexes[0].sortKey.name' },
  { rule: 'key type conflict inside a multi-attribute key', yaml: tableYaml('mk-conflict', 'globalSecondaryIndexes:\n  - name: gsi-1\n    partitionKey:\n      - { name: g, type: S }\n      - { name: sk, type: N }\n'), code: 'SPEC_KEY_TYPE_CONFLICT', line: 8, field: 'globalSecondaryIndexes[0].partitionKey[1].type' },
  { rule: 'empty file', yaml: '', code: 'SPEC_EMPTY_FILE', line: 1, field: '' },
  { rule: 'not a mapping', yaml: '- table: x\n', code: 'SPEC_TYPE', line: 1, field: '' },
  { rule: 'unknown field in an environment override', yaml: tableYaml('env-unknown', 'environments:\n  prod:\n    deletionProtect: true\n'), code: 'SPEC_UNKNOWN_FIELD', line: 6, field: 'environments.prod.deletionProtect' },
  { rule: 'environment override breaks a rule (merged result)', yaml: tableYaml('env-merged', 'billing: { mode: PROVISIONED, read: 5, write: 5 }\nenvironments:\n  prod:\n    billing:\n      maxWrite: 10\n'), code: 'SPEC_BILLING_CAPACITY', line: 8, field: 'environments.prod.billing.maxWrite' },
  { rule: 'environment override table name is not allowed', yaml: tableYaml('env-table', 'environments:\n  prod:\n    table: other\n'), code: 'SPEC_UNKNOWN_FIELD', line: 6, field: 'environments.prod.table' },
];

describe('spec validation rules', () => {
  after(removeProjectDirs);

  for (const c of CASES) {
    it(`${c.rule}: ${c.code} at line ${c.line}`, async () => {
      const dir = await projectDir({ 'tables/bad-file.yaml': c.yaml });
      const { problems, tables } = await checkTables(dir);
      const errors = problems.filter((p) => p.severity !== 'warning');
      const hit = errors.find((p) => p.code === c.code);
      expect(hit, `problems: ${JSON.stringify(errors, null, 1)}`).to.not.equal(undefined);
      const p = hit as Problem;
      expect(p.location?.file).to.equal(shown(dir, 'tables/bad-file.yaml'));
      expect(p.location?.line, p.message).to.equal(c.line);
      expect(p.field ?? '').to.equal(c.field);
      expect(p.message).to.be.a('string').and.not.equal('');
      expect(tables, 'an invalid file yields no table').to.have.length(0);
    });
  }

  it('suggests the closest known field', async () => {
    const dir = await projectDir({ 'tables/t-1.yaml': tableYaml('t-1', 'globalIndexes: []\npointInTimeRecovry: true\n') });
    const { problems } = await checkTables(dir);
    expect(problems.map((p) => p.hint)).to.include.members(["Did you mean 'globalSecondaryIndexes'?", "Did you mean 'pointInTimeRecovery'?"]);
  });

  it('suggests the closest enum value', async () => {
    const dir = await projectDir({ 'tables/t-1.yaml': tableYaml('t-1', 'billing: { mode: PROVISONED, read: 1, write: 1 }\n') });
    const { problems } = await checkTables(dir);
    expect(problems[0]?.hint).to.equal("Did you mean 'PROVISIONED'?");
  });

  it('accepts a GSI key of 4 partition and 4 sort attributes, as a list or as one attribute', async () => {
    const list = (names: string[], type: string) => `[${names.map((n) => `{ name: ${n}, type: ${type} }`).join(', ')}]`;
    const dir = await projectDir({
      'tables/mk-edge.yaml': tableYaml('mk-edge', `globalSecondaryIndexes:\n  - name: by-4-4\n    partitionKey: ${list(['a', 'b', 'c', 'd'], 'S')}\n    sortKey: ${list(['e', 'f', 'g', 'h'], 'N')}\n  - name: by-one\n    partitionKey: [{ name: a, type: S }]\n    sortKey: { name: sk, type: S }\n`),
    });
    const { problems, tables } = await checkTables(dir);
    expect(problems).to.deep.equal([]);
    expect(tables[0]?.spec.globalSecondaryIndexes?.[0]?.partitionKey).to.have.length(4);
  });

  it('accepts the limits themselves (20 GSIs, 5 LSIs, 50 tags, 100 included attributes)', async () => {
    const dir = await projectDir({
      'tables/edge.yaml': tableYaml('edge', `${lsis(5)}${tags(50)}`),
      'tables/edge-2.yaml': tableYaml('edge-2', gsis(20)),
      'tables/edge-3.yaml': tableYaml('edge-3', `globalSecondaryIndexes:\n${include(60, 'gsi-1')}${include(40, 'gsi-2')}`),
    });
    const { problems, tables } = await checkTables(dir);
    expect(problems).to.deep.equal([]);
    expect(tables.map((t) => t.spec.table)).to.deep.equal(['edge', 'edge-2', 'edge-3']);
  });
});
