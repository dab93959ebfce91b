/**
 * Which fixtures a table last got: a digest of its fixture files (path and bytes, so a file's
 * `seed:` and its generator templates count), the loader's seed option and the table's key
 * schema, kept in the control table (pk FIXTURES, sk <table>) so `apply` loads only what changed.
 */
import { GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fixtureFiles, fixturesRoot } from '../seed/read-fixtures.js';
import { isNotFound } from '../live/aws-errors.js';
import type { TableShape } from '../model/table-shape.js';
import { ControlKeys, ensureControlTable } from './control-table.js';

const DIGEST_VERSION = 'fixtures-v1';

/** The digest of what `seed` would load into `table`, or null when it has no fixture files. */
export async function fixtureDigest(dir: string, table: TableShape, seed?: number): Promise<string | null> {
  const files = await fixtureFiles(dir, table.name);
  if (files.length === 0) return null;
  const root = await fixturesRoot(dir);
  const hash = createHash('sha256');
  const keys = { partitionKey: table.partitionKey, sortKey: table.sortKey ?? null };
  hash.update(JSON.stringify({ v: DIGEST_VERSION, table: table.name, keys, seed: seed ?? null }));
  for (const file of files) {
    // Lengths framed in, so moving bytes between name and content changes the digest.
    const bytes = await readFile(file);
    const name = relative(root, file).split('\\').join('/');
    hash.update(`\n${name.length}:${name}:${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** The digest recorded when `table`'s fixtures were last loaded on this endpoint, or null. */
export async function recordedFixtureDigest(client: DynamoDBClient, controlTable: string, table: string): Promise<string | null> {
  try {
    const out = await client.send(new GetItemCommand({ TableName: controlTable, Key: marshall(ControlKeys.fixtures(table)), ConsistentRead: true }));
    const digest = out.Item ? unmarshall(out.Item)['digest'] : undefined;
    return typeof digest === 'string' ? digest : null;
  } catch (e) {
    if (isNotFound(e)) return null; // no control table yet: nothing was ever recorded
    throw e;
  }
}

/**
 * Records that `table` now holds the fixtures of `digest`. Without a control table (a `seed`
 * on an endpoint apply never ran on) nothing is recorded, unless `createControlTable` (apply).
 */
export async function recordFixtureDigest(client: DynamoDBClient, controlTable: string, table: string, digest: string, createControlTable = false): Promise<void> {
  // apply owns the control table and may create it; seed only writes into one that exists.
  if (createControlTable) await ensureControlTable(client, controlTable);
  try {
    await client.send(new PutItemCommand({ TableName: controlTable, Item: marshall({ ...ControlKeys.fixtures(table), digest, loadedAt: new Date().toISOString() }) }));
  } catch (e) {
    if (!isNotFound(e)) throw e;
  }
}
