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
  /** Whether `apply` loads fixtures into this target. */
  readonly fixtures: boolean;
  /** `--local`: use localhost:8000 when it answers, else start the embedded engine. */
  readonly local: boolean;
}
