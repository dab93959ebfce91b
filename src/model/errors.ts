/**
 * The one shape every user-facing problem takes: a stable code, what happened, where
 * (file:line:col and field path, or a table / index), and what to do about it.
 */

export interface SourceLocation {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly col: number;
}

export interface Problem {
  /** Stable, documented, e.g. `SPEC_UNKNOWN_FIELD`. */
  readonly code: string;
  readonly message: string;
  readonly location?: SourceLocation;
  /** Dotted / indexed field path inside the file, e.g. `globalSecondaryIndexes[0].projection`. */
  readonly field?: string;
  /** Table (and index) the problem is about, when it is not about a file. */
  readonly table?: string;
  readonly hint?: string;
  readonly severity?: 'error' | 'warning';
}

/** A registered symbol, the same in every copy of this module (two copies can be loaded at once). */
const BRAND = Symbol.for('ddb-migrate.DdbMigrateError');

/** Thrown to stop a command with one or more problems; the CLI prints them and exits `exitCode`. */
export class DdbMigrateError extends Error {
  readonly problems: readonly Problem[];
  readonly exitCode: number;
  readonly [BRAND] = true;

  /** `instanceof` by brand, not by prototype, so an error from another copy of this module still counts. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }

  constructor(problems: Problem | readonly Problem[], exitCode = 1) {
    const list = Array.isArray(problems) ? (problems as readonly Problem[]) : [problems as Problem];
    super(list.map((p) => `${p.code}: ${p.message}`).join('\n'));
    this.name = 'DdbMigrateError';
    this.problems = list;
    this.exitCode = exitCode;
  }
}

/** Exit codes of the contract (README.md, "Exit codes"). */
export const ExitCode = {
  Ok: 0,
  Error: 1,
  ChangesPending: 2,
  Refused: 3,
} as const;

/** `file:line:col` or the table, for the first column of a printed problem. */
export function whereOf(p: Problem): string {
  if (p.location) return `${p.location.file}:${p.location.line}:${p.location.col}`;
  return p.table ?? '';
}

/** One line (plus an indented hint) per problem, the format the CLI prints. */
export function formatProblem(p: Problem): string {
  const where = whereOf(p);
  const field = p.field ? ` (${p.field})` : '';
  const head = `${where ? `${where}: ` : ''}${p.severity === 'warning' ? 'warning' : 'error'} ${p.code}${field}: ${p.message}`;
  return p.hint ? `${head}\n  hint: ${p.hint}` : head;
}
