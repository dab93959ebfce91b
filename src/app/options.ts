/** The options every application function takes: the project, its target, and how to report. */
import type { Plan } from '../model/plan.js';
import type { EventSink } from './events.js';

/** Where a call runs and how it reports: the CLI's `--dir` and `[target]` flags as options. */
export interface ProjectOptions {
  /** The project directory (holds tables/, fixtures/, ddb-migrate.yaml). */
  readonly dir: string;
  /** An environment of ddb-migrate.yaml. */
  readonly env?: string | undefined;
  /** localhost:8000 when something answers there, else the project's warm embedded engine. */
  readonly local?: boolean | undefined;
  /** A DynamoDB endpoint URL (DynamoDB Local, a VPC endpoint, ...). */
  readonly endpointUrl?: string | undefined;
  readonly region?: string | undefined;
  /** An AWS profile of ~/.aws/config. */
  readonly profile?: string | undefined;
  /**
   * How long one attempt of a call may take, e.g. `10s`. Default: the target environment's
   * `requestTimeout:` in ddb-migrate.yaml, else its top-level one, else 10 s local, 30 s AWS.
   */
  readonly requestTimeout?: string | undefined;
  /** Progress: steps, waits, item counts, the engine starting. Never needed; never printed by the app. */
  readonly onEvent?: EventSink | undefined;
  /**
   * Asks the work to stop at the next safe point: no new step starts, a wait is abandoned, the
   * lock is released and the result says what ran. A call still in flight `abortGraceMs` after
   * the abort is abandoned.
   */
  readonly signal?: AbortSignal | undefined;
  /** After `signal` aborts, how long the call in flight may take before it is abandoned. Default 5000. */
  readonly abortGraceMs?: number | undefined;
  /** Aborting it abandons every call in flight at once (a second Ctrl-C). */
  readonly forceStop?: AbortSignal | undefined;
  /**
   * The process environment ddb-migrate reads: AWS_ENDPOINT_URL(_DYNAMODB), AWS_REGION, AWS_PROFILE
   * and AWS_ACCESS_KEY_ID for the target (and whether a local endpoint gets dummy credentials),
   * USER / USERNAME for history records and lock owners, the profile file paths in messages.
   * Default `process.env`. The AWS SDK's own credential chain (environment keys, SSO, IMDS) and
   * its reading of ~/.aws/config always use the real process environment: to sign with other
   * credentials, pass a `profile` or set them in `process.env`.
   */
  readonly processEnv?: Readonly<Record<string, string | undefined>> | undefined;
  /**
   * `--max-capacity-percent`: seed, data migrations and `preserveData` copies keep the capacity
   * they consume under this share of the table's (provisioned, or on-demand maximum where set).
   * Default 100 on local endpoints (not paced), 50 on others. See docs/capacity.md.
   */
  readonly maxCapacityPercent?: number | undefined;
}

/** A question the app needs answered before it changes anything. */
export interface ConfirmRequest {
  readonly action: 'apply' | 'drop' | 'reset' | 'seed';
  /** The question as a sentence, e.g. "Apply these changes to http://localhost:8000?". */
  readonly question: string;
  /** What would run (drop and reset; apply reported it in its `plan` event already). */
  readonly plan?: Plan;
}

/** Options of the functions that change things on the endpoint only after a yes. */
export interface ConfirmOptions {
  /** Go ahead without asking (the CLI's `--yes`). */
  readonly yes?: boolean | undefined;
  /**
   * Asked when a change needs a yes (not on a scratch database). Without it, such a change is
   * refused with `APP_NEEDS_CONFIRMATION` unless `yes` is set.
   */
  readonly confirm?: ((request: ConfirmRequest) => Promise<boolean>) | undefined;
}
