/**
 * The one place that decides what a target allows: whether it is local (from the endpoint actually
 * used, never from a name or a flag alone), which commands may skip their confirmation, take over a
 * dead run's lock, seed or prune there. Pure: every guard in the CLI asks these functions.
 */
import { isLocalEndpoint } from '../util/local-endpoint.js';
import { DdbMigrateError, ExitCode, type Problem } from './errors.js';
import type { Target } from './target.js';

/**
 * Whether `endpoint`, the endpoint a command actually talks to, is on this machine. null means the
 * default endpoint: AWS's own for an AWS target, localhost / the embedded engine for a local one.
 */
export function usesLocalEndpoint(target: Pick<Target, 'local'>, endpoint: string | null): boolean {
  return endpoint === null ? target.local : isLocalEndpoint(endpoint);
}

/** What a target allows, decided once per command from the target and its actual endpoint. */
export interface TargetPolicy {
  /** The endpoint is on this machine: reset needs no --force, the fixture defaults allow seeding. */
  readonly local: boolean;
  /**
   * A scratch database: `--local` (or `local: true`) AND an endpoint on this machine. apply, drop
   * and reset do not ask there (destructive steps still need their flag). Any other URL, localhost
   * included (it may be a tunnel to a real endpoint), asks.
   */
  readonly skipsConfirmation: boolean;
  /**
   * A lock left by a dead process on this machine may be taken over at once: safe only where the
   * engine is on this machine, since it trusts host names to be unique.
   */
  readonly takesOverDeadLocalLock: boolean;
}

export function targetPolicy(target: Pick<Target, 'local'>, endpoint: string | null): TargetPolicy {
  const local = usesLocalEndpoint(target, endpoint);
  return { local, skipsConfirmation: target.local && local, takesOverDeadLocalLock: local };
}

/** A refusal: a problem to raise with exit 3, nothing having changed. */
export interface Refusal {
  readonly problem: Problem;
  readonly exitCode: typeof ExitCode.Refused;
}

const refusal = (problem: Problem): Refusal => ({ problem, exitCode: ExitCode.Refused });

/** Throws the refusal (exit 3) when there is one. */
export function refuseIf(r: Refusal | null): void {
  if (r) throw new DdbMigrateError(r.problem, r.exitCode);
}

function envLabel(target: Pick<Target, 'envName'>): string {
  return target.envName === null ? 'this target' : `environment '${target.envName}'`;
}

/** `drop` / `reset` in a protected environment: refused, with no override but the config file. */
export function protectedRefusal(target: Pick<Target, 'envName' | 'protected'>, command: string): Refusal | null {
  if (!target.protected) return null;
  return refusal({
    code: 'CLI_PROTECTED_ENV',
    message: `Environment '${target.envName}' is protected: ${command} is refused there.`,
    hint: `Only by editing ddb-migrate.yaml (protected: false for '${target.envName}') can ${command} run on it.`,
  });
}

/** `reset` on an endpoint that is not on this machine needs `--force`. */
export function resetRefusal(policy: TargetPolicy, endpointLabel: string, force: boolean): Refusal | null {
  if (policy.local || force) return null;
  return refusal({
    code: 'CLI_RESET_NOT_LOCAL',
    message: `reset deletes every declared table on ${endpointLabel}, which is not a local endpoint.`,
    hint: 'Pass --force if you really mean this endpoint, or use --local.',
  });
}

/**
 * `seed` writes items over live ones: refused in a protected environment or one that says
 * `fixtures: false`, unless `--force`.
 */
export function seedRefusal(target: Pick<Target, 'envName' | 'protected' | 'fixturesSetting'>, force: boolean): Refusal | null {
  if (force) return null;
  const why = target.protected ? 'is protected' : target.fixturesSetting === false ? 'has fixtures: false' : null;
  if (why === null) return null;
  return refusal({
    code: 'CLI_SEED_REFUSED',
    message: `${envLabel(target)} ${why}: seed would overwrite its items with the fixtures. Nothing was written.`,
    hint: 'Pass --force if you really mean to load the fixtures there.',
  });
}

/** Whether `seed` must confirm (a TTY prompt, else `--yes`): on any endpoint not on this machine. */
export function seedNeedsConfirmation(policy: TargetPolicy): boolean {
  return !policy.local;
}

/**
 * `--prune` drops every live table no file declares: refused in a protected environment, and when
 * nothing is declared (an empty tables/ would otherwise plan to drop every table on the endpoint).
 */
export function pruneRefusal(target: Pick<Target, 'envName' | 'protected'>, declaredTables: number): Refusal | null {
  if (target.protected) {
    return refusal({
      code: 'CLI_PRUNE_PROTECTED',
      message: `${envLabel(target)} is protected: --prune is refused there (it would drop every table the project does not declare).`,
      hint: 'Leave out --prune; to drop a table there, unprotect the environment in ddb-migrate.yaml first.',
    });
  }
  if (declaredTables === 0) {
    return refusal({
      code: 'CLI_PRUNE_NOTHING_DECLARED',
      message: 'tables/ declares no table: --prune would drop every table on the endpoint.',
      hint: 'Check --dir (tables/*.yaml must exist), or leave out --prune.',
    });
  }
  return null;
}
