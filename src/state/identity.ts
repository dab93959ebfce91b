/**
 * Who is running: the identity written into lock items and history records. STS GetCallerIdentity
 * would need @aws-sdk/client-sts, which this package does not ship, so this is the local user and
 * host plus the AWS profile or the start of the access key id, which is usually enough to find
 * the person or the CI job.
 */
import { hostname, userInfo } from 'node:os';

/** `user@host`; the user from the OS, else $USER / $USERNAME (containers may have no passwd entry). */
export function localUser(env: NodeJS.ProcessEnv = process.env): string {
  let user: string;
  try {
    user = userInfo().username;
  } catch {
    user = env['USER'] ?? env['USERNAME'] ?? 'unknown';
  }
  return `${user}@${hostname()}`;
}

/**
 * The caller as best known without STS: `alice@laptop (profile prod-admin)` or
 * `runner@ci-123 (key AKIAABCD…)`. Only a prefix of the access key id is kept: enough to tell
 * keys apart in a history, not enough to be one.
 */
export function callerIdentity(env: NodeJS.ProcessEnv = process.env, profile: string | null = null): string {
  const who = localUser(env);
  const prof = profile ?? env['AWS_PROFILE'] ?? null;
  if (prof) return `${who} (profile ${prof})`;
  const key = env['AWS_ACCESS_KEY_ID'];
  if (key) return `${who} (key ${key.slice(0, 8)}…)`;
  return who;
}

/** The owner written into a lock item: `user@host pid N`, so an operator can find the process. */
export function lockOwner(env: NodeJS.ProcessEnv = process.env): string {
  return `${localUser(env)} pid ${process.pid}`;
}
