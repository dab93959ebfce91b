/**
 * Checks made when a session opens, before any work starts: the endpoint URL is a URL, and the
 * credentials the SDK will sign with can be found. Both would otherwise surface half-way through
 * a command as an internal error, or (for seed) blamed on a fixture line.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { loadSharedConfigFiles } from '@smithy/core/config';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { DdbMigrateError, type Problem, type SourceLocation } from '../model/errors.js';
import { errorMessage } from './aws-errors.js';

/** Where an endpoint URL was written, for saying which one to fix. */
export type EndpointSource = { readonly kind: 'flag' } | { readonly kind: 'env-var'; readonly name: string } | { readonly kind: 'config'; readonly envName: string; readonly location?: SourceLocation };

/** Throws CLI_ENDPOINT_URL / CONFIG_ENDPOINT_URL / ENV_ENDPOINT_URL unless `url` is an http(s) URL. */
export function checkEndpointUrl(url: string, source: EndpointSource): void {
  let ok = false;
  try {
    const parsed = new URL(url);
    ok = (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
  } catch {
    ok = false;
  }
  if (ok) return;
  const what = `${JSON.stringify(url)} is not an http:// or https:// URL`;
  const example = 'e.g. http://localhost:8000 or https://dynamodb.eu-west-1.amazonaws.com';
  const problems: Readonly<Record<EndpointSource['kind'], () => Problem>> = {
    flag: () => ({ code: 'CLI_ENDPOINT_URL', field: '--endpoint-url', message: `--endpoint-url ${what}`, hint: `Give the endpoint's full URL, ${example}.` }),
    'env-var': () => {
      const name = source.kind === 'env-var' ? source.name : '';
      return { code: 'ENV_ENDPOINT_URL', field: name, message: `${name} ${what}`, hint: `Fix or unset ${name}; give a full URL, ${example}.` };
    },
    config: () => {
      const env = source.kind === 'config' ? source.envName : '';
      const location = source.kind === 'config' ? source.location : undefined;
      return {
        code: 'CONFIG_ENDPOINT_URL',
        ...(location ? { location } : {}),
        field: `environments.${env}.endpoint`,
        message: `environment '${env}': endpoint ${what}`,
        hint: `Give a full URL, ${example}.`,
      };
    },
  };
  throw new DdbMigrateError(problems[source.kind]());
}

/** The files the SDK reads profiles from, as it finds them. */
function profileFiles(env: Readonly<Record<string, string | undefined>>): { readonly config: string; readonly credentials: string } {
  return {
    config: env['AWS_CONFIG_FILE'] || join(homedir(), '.aws', 'config'),
    credentials: env['AWS_SHARED_CREDENTIALS_FILE'] || join(homedir(), '.aws', 'credentials'),
  };
}

async function profileExists(profile: string): Promise<boolean> {
  const files = await loadSharedConfigFiles({ ignoreCache: true });
  return Object.hasOwn(files.configFile, profile) || Object.hasOwn(files.credentialsFile, profile);
}

/**
 * Resolves the client's credentials once (no call to DynamoDB is made), so a missing profile or
 * missing credentials stop the command before it does anything: AWS_PROFILE_NOT_FOUND naming the
 * profile and the files looked in, or AWS_CREDENTIALS saying where credentials can come from.
 * `env` names the files in the messages (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE); the SDK
 * itself resolves credentials and reads the profile files from the real process environment.
 */
export async function checkCredentials(client: DynamoDBClient, profile: string | null, env: Readonly<Record<string, string | undefined>> = process.env): Promise<void> {
  try {
    await client.config.credentials();
  } catch (e) {
    const files = profileFiles(env);
    if (profile && !(await profileExists(profile).catch(() => true))) {
      throw new DdbMigrateError({
        code: 'AWS_PROFILE_NOT_FOUND',
        field: '--profile',
        message: `AWS profile '${profile}' is not defined in ${files.config} or ${files.credentials}`,
        hint: `Create it (aws configure --profile ${profile}, or aws configure sso), or name a defined one with --profile or the environment's profile: in ddb-migrate.yaml.`,
      });
    }
    const via = profile ? `profile '${profile}'` : 'the default credential chain';
    throw new DdbMigrateError({
      code: 'AWS_CREDENTIALS',
      message: `no AWS credentials could be found through ${via} (${errorMessage(e).split('\n')[0]})`,
      hint:
        `Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or name a profile (--profile, AWS_PROFILE) defined in ${files.credentials} or ${files.config}; ` +
        `for an SSO profile run \`aws sso login${profile ? ` --profile ${profile}` : ''}\` first. For DynamoDB Local use --local or an endpoint on localhost.`,
    });
  }
}
