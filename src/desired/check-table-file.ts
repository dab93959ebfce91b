/**
 * All problems of one table file: YAML syntax, the JSON Schema, then the semantic rules on the
 * base and on every environment's merged result (a problem already in the base is not repeated).
 */
import { basename, extname } from 'node:path';
import type { Problem } from '../model/errors.js';
import { formatField } from './field-path.js';
import { mergeEnvironment } from './merge-env.js';
import { byPosition, schemaProblems } from './schema-check.js';
import { semanticIssues, type SpecIssue } from './semantic-checks.js';
import { tableDomainCode } from './spec-codes.js';
import type { TableSpecDoc } from './spec-doc.js';
import { parseYamlSource, type PathSegment, type YamlSource } from './yaml-source.js';

export interface CheckedFile {
  /** The valid spec, or null when the file has errors. */
  readonly spec: TableSpecDoc | null;
  /** Errors and warnings. */
  readonly problems: readonly Problem[];
  readonly source: YamlSource;
}

/**
 * Checks the text of `file` (relative to the project dir). `knownEnvs` (null: no config file)
 * is used to warn about overrides for environments the config does not define.
 */
export function checkTableFile(file: string, text: string, knownEnvs: ReadonlySet<string> | null): CheckedFile {
  const src = parseYamlSource(file, text, 'SPEC');
  if (src.problems.length) return { spec: null, problems: src.problems, source: src };
  if (src.value === undefined || src.value === null)
    return {
      spec: null,
      source: src,
      problems: [
        {
          code: 'SPEC_EMPTY_FILE',
          message: 'the table file is empty',
          location: { file, line: 1, col: 1 },
          hint: 'Describe one table: table, partitionKey, ... (see the spec reference).',
        },
      ],
    };
  const schema = schemaProblems(src, 'table', 'SPEC', tableDomainCode);
  if (schema.length) return { spec: null, problems: schema, source: src };

  const spec = src.value as TableSpecDoc;
  const baseIssues = semanticIssues(mergeEnvironment(spec, null));
  const problems: Problem[] = baseIssues.map((i) => toProblem(src, i, null));
  const seen = new Set(baseIssues.map(issueKey));
  for (const env of Object.keys(spec.environments ?? {})) {
    for (const issue of semanticIssues(mergeEnvironment(spec, env)))
      if (!seen.has(issueKey(issue))) problems.push(toProblem(src, issue, env));
    if (knownEnvs && !knownEnvs.has(env) && env !== 'local')
      problems.push({
        code: 'SPEC_UNKNOWN_ENV',
        severity: 'warning',
        message: `overrides for environment '${env}', which ddb-migrate.yaml does not define`,
        location: src.locate(['environments', env], { key: true }),
        field: formatField(['environments', env]),
        hint: knownEnvs.size ? `Defined environments: ${[...knownEnvs].join(', ')}.` : 'Define it in ddb-migrate.yaml, or remove the override.',
      });
  }
  const stem = basename(file, extname(file));
  if (stem !== spec.table)
    problems.push({
      code: 'SPEC_FILE_NAME_MISMATCH',
      severity: 'warning',
      message: `file ${basename(file)} declares table '${spec.table}'`,
      location: src.locate(['table']),
      field: 'table',
      hint: `Name the file ${spec.table}${extname(file)} (one table per file, named after it).`,
    });
  const failed = problems.some((p) => p.severity !== 'warning');
  return { spec: failed ? null : spec, problems: problems.sort(byPosition), source: src };
}

function issueKey(i: SpecIssue): string {
  return `${i.code}|${formatField(i.path)}|${i.message}`;
}

/** Points an issue at the override that caused it when there is one, else at the base. */
function toProblem(src: YamlSource, issue: SpecIssue, env: string | null): Problem {
  const where = env === null ? { path: issue.path } : locateInEnvironment(src, env, issue.path);
  return {
    code: issue.code,
    message: env === null ? issue.message : `${issue.message} (in environment '${env}')`,
    location: src.locate(where.path),
    field: formatField(where.field ?? where.path),
    ...(issue.hint ? { hint: issue.hint } : {}),
    ...(issue.severity ? { severity: issue.severity } : {}),
  };
}

function locateInEnvironment(src: YamlSource, env: string, path: readonly PathSegment[]): { path: readonly PathSegment[]; field?: readonly PathSegment[] } {
  const over: PathSegment[] = ['environments', env];
  const fromOverride = path.length > 0 && src.has([...over, path[0] as PathSegment]);
  for (let d = path.length; d >= 0; d--) {
    const prefix = path.slice(0, d);
    if (src.has([...over, ...prefix]) && (d > 0 || fromOverride)) return { path: [...over, ...prefix], field: [...over, ...path] };
    if (!fromOverride && src.has(prefix)) return { path: prefix };
  }
  return { path: [...over] };
}
