/** Where commands run: the resolved endpoint and environment (config file + flags + AWS env vars). */
export interface Target {
  /** Environment name from `ddb-migrate.yaml` (`--env`), `local` for `--local`, else null. */
  readonly envName: string | null;
  /** Endpoint URL, or null for AWS's own endpoint (the SDK resolves it, incl. AWS_ENDPOINT_URL*). */
  readonly endpoint: string | null;
  readonly region: string;
  readonly profile: string | null;
  /** Protected environments refuse `reset` and `drop`. */
  readonly protected: boolean;
  /** Whether `apply` loads fixtures into this target (the environment's setting, else: the endpoint is local). */
  readonly fixtures: boolean;
  /** The environment's `fixtures:` as written, null when it does not say (`seed` refuses `false` without --force). */
  readonly fixturesSetting: boolean | null;
  /**
   * `--local` (or `local: true`): use localhost:8000 when it answers, else start the embedded
   * engine. How to open the endpoint only: whether the target IS local comes from the endpoint
   * actually used (`targetPolicy()` in target-policy.ts).
   */
  readonly local: boolean;
}

/**
 * How a caller names its target (the CLI's `[target]` flags, the library's options): resolved
 * against ddb-migrate.yaml into a {@link Target}.
 */
export interface TargetFlags {
  readonly local?: boolean | undefined;
  readonly env?: string | undefined;
  readonly endpointUrl?: string | undefined;
  readonly region?: string | undefined;
  readonly profile?: string | undefined;
}
