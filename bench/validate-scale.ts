/**
 * Validation time against table-file size: a `tags:` map of 1x and 4x the keys (the 4x file just
 * under the 1 MiB cap), checked side by side in this run. Linear reading costs about 4x; the
 * quadratic reader this replaced cost 16x (1 MB 2.6 s, 4 MB 18.5 s). Also times a 2 MB file
 * through the YAML reader alone (the cap stops it before the reader in `validate`).
 *
 *   node --import tsx bench/validate-scale.ts
 *
 * Exits 1 when 4x the input costs more than 8x the time.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkTables } from '../src/desired/load-tables.js';
import { MAX_TABLE_FILE_BYTES } from '../src/desired/read-project-file.js';
import { parseYamlSource } from '../src/desired/yaml-source.js';

const LIMIT = 8;

function tableText(keys: number): string {
  const lines = [`table: big\npartitionKey: { name: pk, type: S }\ntags:`];
  for (let i = 0; i < keys; i++) lines.push(`  key${i}: value${i}`);
  return `${lines.join('\n')}\n`;
}

async function best(runs: number, f: () => Promise<unknown> | unknown): Promise<number> {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

const root = mkdtempSync(join(tmpdir(), 'ddb-migrate-bench-scale-'));
try {
  // About 22 bytes per key: the 4x file stays under the cap.
  const large = 4 * Math.floor(MAX_TABLE_FILE_BYTES / 4 / 23);
  const dirs = [large / 4, large].map((keys, i) => {
    const dir = join(root, `p${i}`);
    mkdirSync(join(dir, 'tables'), { recursive: true });
    writeFileSync(join(dir, 'tables', 'big.yaml'), tableText(keys));
    return { dir, keys, bytes: tableText(keys).length };
  });
  await checkTables(dirs[0]!.dir); // warm-up
  const times: number[] = [];
  for (const d of dirs) {
    const ms = await best(3, () => checkTables(d.dir));
    times.push(ms);
    console.log(`validate a ${(d.bytes / 1024).toFixed(0).padStart(5)} KiB table file (${d.keys} tag keys): ${ms.toFixed(0).padStart(5)} ms`);
  }
  const ratio = (times[1] as number) / (times[0] as number);
  const twoMb = tableText(2 * large);
  const readerMs = await best(2, () => parseYamlSource('tables/big.yaml', twoMb, 'SPEC'));
  console.log(`YAML reader alone, ${(twoMb.length / 1024 / 1024).toFixed(1)} MiB: ${readerMs.toFixed(0)} ms`);
  console.log(`4x the input: ${ratio.toFixed(1)}x the time (linear ~4x, limit ${LIMIT}x)  ${ratio < LIMIT ? 'OK' : 'FAIL'}`);
  process.exitCode = ratio < LIMIT ? 0 : 1;
} finally {
  rmSync(root, { recursive: true, force: true });
}
