/**
 * `resourcePolicy: policies/orders.json` names a JSON file relative to the table file: read it and
 * put the parsed document in the spec's place (the base and each environment's override), so the
 * rest of the pipeline only sees documents. A missing, unreadable or non-JSON file, or one that
 * is not a JSON object, is SPEC_POLICY_FILE at the line of the path.
 */
import { dirname, join } from 'node:path';
import type { Problem } from '../model/errors.js';
import { readProjectText } from './read-project-file.js';
import type { TableSpecDoc } from './spec-doc.js';
import type { YamlSource } from './yaml-source.js';

/** AWS's limit on a resource-based policy is 20 KB; a larger file is refused before it is parsed. */
const MAX_POLICY_BYTES = 20 * 1024;

type Located = Pick<YamlSource, 'locate' | 'file'>;

async function load(abs: string, shown: string, path: readonly (string | number)[], src: Located): Promise<{ doc: Record<string, unknown> } | { problem: Problem }> {
  const at = src.locate(path);
  const problem = (message: string, hint: string): { problem: Problem } => ({ problem: { code: 'SPEC_POLICY_FILE', message, location: at, field: path.join('.'), hint } });
  const read = await readProjectText(abs, shown, 'resource policy file', { maxBytes: MAX_POLICY_BYTES });
  if ('problem' in read) return problem(read.problem.message, `${read.problem.hint ?? ''} The path is relative to the table file.`.trim());
  try {
    const doc: unknown = JSON.parse(read.text);
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return problem(`resource policy file ${shown} is not a JSON object`, 'A policy document is an object with Version and Statement.');
    return { doc: doc as Record<string, unknown> };
  } catch (e) {
    return problem(`resource policy file ${shown} is not valid JSON: ${(e as Error).message}`, 'Fix the JSON, or write the policy inline in the table file.');
  }
}

/**
 * `spec` with every policy path replaced by its document; `tableFile` is the table file's path on
 * disk. `files`: the absolute paths of the policy files it names (read or not).
 */
export async function resolvePolicyFiles(spec: TableSpecDoc, tableFile: string, src: Located): Promise<{ spec: TableSpecDoc; problems: Problem[]; files: string[] }> {
  const problems: Problem[] = [];
  const files: string[] = [];
  const resolve = async (value: unknown, path: readonly (string | number)[]): Promise<unknown> => {
    if (typeof value !== 'string') return value;
    const abs = join(dirname(tableFile), value);
    files.push(abs);
    const out = await load(abs, join(dirname(src.file), value), path, src);
    if ('problem' in out) {
      problems.push(out.problem);
      return undefined;
    }
    return out.doc;
  };
  const base = await resolve(spec.resourcePolicy, ['resourcePolicy']);
  const envs: Record<string, unknown> = {};
  for (const [name, o] of Object.entries(spec.environments ?? {})) {
    envs[name] = o.resourcePolicy === undefined ? o : { ...o, resourcePolicy: await resolve(o.resourcePolicy, ['environments', name, 'resourcePolicy']) };
  }
  const out = { ...spec, ...(spec.resourcePolicy !== undefined ? { resourcePolicy: base } : {}), ...(spec.environments ? { environments: envs } : {}) } as TableSpecDoc;
  return { spec: out, problems, files };
}
