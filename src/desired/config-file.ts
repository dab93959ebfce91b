/**
 * `ddb-migrate.yaml`: named environments. Optional; a missing file is an empty configuration.
 */
import { join } from 'node:path';
import { DdbMigrateError, type Problem, type SourceLocation } from '../model/errors.js';
import { displayPath } from '../util/display-path.js';
import { readProjectText } from './read-project-file.js';
import { projectDirProblem } from './table-files.js';
import { schemaProblems } from './schema-check.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';
import { requestTimeoutProblem, type RequestTimeoutSetting } from './request-timeout.js';

export const CONFIG_FILE = 'ddb-migrate.yaml';

/** One environment of `ddb-migrate.yaml`, as written (absent fields undefined). */
export interface EnvironmentConfig {
  readonly endpoint?: string;
  readonly region?: string;
  readonly profile?: string;
  readonly protected?: boolean;
  readonly fixtures?: boolean;
  readonly local?: boolean;
  /** `requestTimeout:` as written (over the top-level one; `--request-timeout` over both). */
  readonly requestTimeout?: RequestTimeoutSetting;
}

export interface ProjectConfig {
  /** The environment used when no target flag is given, or null. */
  readonly default: string | null;
  readonly environments: Readonly<Record<string, EnvironmentConfig>>;
  /** `controlTable:` as written (see `controlTableName()` in src/state for the default). */
  readonly controlTable?: string;
  /** Where `controlTable:` is written, for problems. */
  readonly controlTableAt?: SourceLocation;
  /** `localEngine:` as written: the warm engine `--local` keeps running (idleTimeout: a duration, default 30m). */
  readonly localEngine?: { readonly idleTimeout?: string };
  /** `requestTimeout:` as written: one attempt of a call's time limit (see request-timeout.ts). */
  readonly requestTimeout?: RequestTimeoutSetting;
  /** Where each environment's `endpoint:` is written, for problems about it found later (preflight). */
  readonly endpointAt?: Readonly<Record<string, SourceLocation>>;
  /** Whether ddb-migrate.yaml exists. */
  readonly exists: boolean;
}

export const EMPTY_CONFIG: ProjectConfig = { default: null, environments: {}, exists: false };

/** Reads and validates `ddb-migrate.yaml`; returns the problems instead of throwing. */
export async function checkConfig(dir: string): Promise<{ readonly config: ProjectConfig; readonly problems: readonly Problem[] }> {
  const abs = join(dir, CONFIG_FILE);
  const file = displayPath(abs);
  const read = await readProjectText(abs, file, CONFIG_FILE);
  if ('problem' in read) {
    // No ddb-migrate.yaml (or no project directory, which the table check reports) is an empty configuration.
    if (read.problem.code === 'CONFIG_NOT_FOUND') return { config: EMPTY_CONFIG, problems: [] };
    // `--dir` naming a file: say that, not "<file>/ddb-migrate.yaml is not a directory".
    const dirProblem = read.problem.code === 'CONFIG_NOT_A_DIRECTORY' ? await projectDirProblem(dir) : null;
    if (dirProblem) return { config: EMPTY_CONFIG, problems: [dirProblem] };
    return { config: EMPTY_CONFIG, problems: [read.problem] };
  }
  const src = parseYamlSource(file, read.text, 'CONFIG');
  if (src.problems.length) return { config: EMPTY_CONFIG, problems: src.problems };
  // An empty file (or only comments) is an empty configuration.
  const value = src.value ?? {};
  const problems = schemaProblems({ ...src, value }, 'config', 'CONFIG', () => null);
  if (problems.length) return { config: EMPTY_CONFIG, problems };
  const raw = value as { default?: string; controlTable?: string; requestTimeout?: RequestTimeoutSetting; localEngine?: { idleTimeout?: string }; environments?: Record<string, EnvironmentConfig> };
  const timeoutProblems = durationProblems(raw, src);
  if (timeoutProblems.length) return { config: EMPTY_CONFIG, problems: timeoutProblems };
  const config: ProjectConfig = {
    default: raw.default ?? null,
    environments: raw.environments ?? {},
    exists: true,
    ...(raw.controlTable !== undefined ? { controlTable: raw.controlTable, controlTableAt: src.locate(['controlTable']) } : {}),
    ...(raw.localEngine !== undefined ? { localEngine: raw.localEngine } : {}),
    ...(raw.requestTimeout !== undefined ? { requestTimeout: raw.requestTimeout } : {}),
    endpointAt: Object.fromEntries(
      Object.entries(raw.environments ?? {})
        .filter(([, e]) => e.endpoint !== undefined)
        .map(([name]) => [name, src.locate(['environments', name, 'endpoint'])]),
    ),
  };
  if (config.default !== null && !Object.hasOwn(config.environments, config.default) && config.default !== 'local')
    return {
      config,
      problems: [
        {
          code: 'CONFIG_UNKNOWN_ENV',
          message: `default environment '${config.default}' is not defined under environments`,
          location: src.locate(['default']),
          field: 'default',
          hint: knownEnvHint(config),
        },
      ],
    };
  return { config, problems: [] };
}

/** Every `requestTimeout:` (top level and per environment) that is not a duration longer than zero. */
function durationProblems(raw: { requestTimeout?: RequestTimeoutSetting; environments?: Record<string, EnvironmentConfig> }, src: YamlSource): Problem[] {
  const found = [requestTimeoutProblem(raw.requestTimeout, 'requestTimeout', src.locate(['requestTimeout']))];
  for (const [name, entry] of Object.entries(raw.environments ?? {})) {
    found.push(requestTimeoutProblem(entry.requestTimeout, `environments.${name}.requestTimeout`, src.locate(['environments', name, 'requestTimeout'])));
  }
  return found.filter((p): p is Problem => p !== null);
}

/**
 * The control table holds the lock and the history: a `controlTable:` that is also a declared table
 * would write those rows into application data (and `drop` would delete it). `declaredIn`: table -> file.
 */
export function controlTableClash(config: ProjectConfig, declaredIn: ReadonlyMap<string, string>): Problem[] {
  const name = config.controlTable;
  const file = name === undefined ? undefined : declaredIn.get(name);
  if (name === undefined || file === undefined) return [];
  return [
    {
      code: 'CONFIG_CONTROL_TABLE_DECLARED',
      message: `controlTable '${name}' is also declared in ${file}: the control table is ddb-migrate's own (lock, history, migrations) and must not be an application table`,
      location: config.controlTableAt ?? { file: CONFIG_FILE, line: 1, col: 1 },
      field: 'controlTable',
      hint: `Pick another name, e.g. controlTable: ${name}-ddbm-state (or remove the line to use ddb-migrate-state).`,
    },
  ];
}

/** Reads `ddb-migrate.yaml` (an empty configuration when there is none); throws every problem. */
export async function loadConfig(dir: string): Promise<ProjectConfig> {
  const { config, problems } = await checkConfig(dir);
  if (problems.length) throw new DdbMigrateError(problems);
  return config;
}

/** Whether `--env name` may be used: defined in the config, or `local` (always available). */
export function isKnownEnvironment(config: ProjectConfig, name: string): boolean {
  return name === 'local' || Object.hasOwn(config.environments, name);
}

/** The problem for `--env name` when the config does not define it. */
export function unknownEnvProblem(config: ProjectConfig, name: string): Problem {
  return {
    code: 'CONFIG_UNKNOWN_ENV',
    message: `environment '${name}' is not defined in ${CONFIG_FILE}`,
    field: '--env',
    hint: knownEnvHint(config),
  };
}

function knownEnvHint(config: ProjectConfig): string {
  const names = Object.keys(config.environments);
  return names.length
    ? `Defined environments: ${names.join(', ')}.`
    : `Add it to ${CONFIG_FILE}: environments: { NAME: { region: ..., protected: ... } }.`;
}
