/**
 * Where a command runs. Precedence, highest first: CLI flags, the environment's entry in
 * ddb-migrate.yaml, AWS's environment variables, defaults.
 */
import type { TargetFlags as TargetArgs } from '../model/target.js';
import { DdbMigrateError } from '../model/errors.js';
import type { Target } from '../model/target.js';
import { usesLocalEndpoint } from '../model/target-policy.js';
import { loadConfig, unknownEnvProblem, type EnvironmentConfig, type ProjectConfig } from './config-file.js';

/** Region when nothing names one. */
export const DEFAULT_REGION = 'us-east-1';
/** Region of local targets (DynamoDB Local accepts any; this keeps local data apart). */
export const LOCAL_REGION = 'local';

type Env = Readonly<Record<string, string | undefined>>;

/** Reads ddb-migrate.yaml in `dir` and resolves the target of `args`. */
export async function resolveTarget(dir: string, args: TargetArgs, env: Env = process.env): Promise<Target> {
  return resolveTargetWith(await loadConfig(dir), args, env);
}

/**
 * The target for `args` given a loaded config (pure). `--local`, or an environment with
 * `local: true`, gives a local target; with no `--local` / `--env` / `--endpoint-url`, the
 * config's `default:` environment is used when there is one.
 */
export function resolveTargetWith(config: ProjectConfig, args: TargetArgs, env: Env): Target {
  if (args.local && args.env !== undefined && args.env !== 'local')
    throw new DdbMigrateError({
      code: 'CONFIG_TARGET_CONFLICT',
      message: `--local and --env ${args.env} name two different targets`,
      hint: `Use --env ${args.env} (give it local: true in ddb-migrate.yaml to make it local), or --local alone.`,
    });
  const noTargetFlag = !args.local && args.env === undefined && args.endpointUrl === undefined;
  const envName = args.local ? 'local' : (args.env ?? (noTargetFlag ? config.default : null));
  const entry = envName !== null && Object.hasOwn(config.environments, envName) ? config.environments[envName] : undefined;
  if (envName !== null && envName !== 'local' && !entry) throw new DdbMigrateError(unknownEnvProblem(config, envName));
  const local = args.local === true || envName === 'local' || entry?.local === true;
  return local ? localTarget(envName ?? 'local', entry, args) : awsTarget(envName, entry, args, env);
}

function localTarget(envName: string, entry: EnvironmentConfig | undefined, args: TargetArgs): Target {
  const endpoint = args.endpointUrl ?? entry?.endpoint ?? null;
  return {
    envName,
    local: true,
    endpoint,
    region: args.region ?? entry?.region ?? LOCAL_REGION,
    profile: args.profile ?? entry?.profile ?? null,
    protected: entry?.protected ?? false,
    // `local: true` with an endpoint off this machine is not local: no fixtures unless asked for.
    fixtures: entry?.fixtures ?? usesLocalEndpoint({ local: true }, endpoint),
    fixturesSetting: entry?.fixtures ?? null,
  };
}

function awsTarget(envName: string | null, entry: EnvironmentConfig | undefined, args: TargetArgs, env: Env): Target {
  const endpoint = args.endpointUrl ?? entry?.endpoint ?? nonEmpty(env['AWS_ENDPOINT_URL_DYNAMODB']) ?? nonEmpty(env['AWS_ENDPOINT_URL']) ?? null;
  return {
    envName,
    local: false,
    endpoint,
    region: args.region ?? entry?.region ?? nonEmpty(env['AWS_REGION']) ?? nonEmpty(env['AWS_DEFAULT_REGION']) ?? DEFAULT_REGION,
    profile: args.profile ?? entry?.profile ?? nonEmpty(env['AWS_PROFILE']) ?? null,
    protected: entry?.protected ?? false,
    // Seeding is for engines you own: on by default only for an endpoint on this machine, never
    // for AWS (a FIPS or VPC endpoint URL is still AWS).
    fixtures: entry?.fixtures ?? usesLocalEndpoint({ local: false }, endpoint),
    fixturesSetting: entry?.fixtures ?? null,
  };
}

function nonEmpty(v: string | undefined): string | undefined {
  return v === undefined || v === '' ? undefined : v;
}
