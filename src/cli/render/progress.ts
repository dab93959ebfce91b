/**
 * The app's progress events as the CLI shows them on stderr: the engine's starting indicator,
 * step lines, waits (one redrawn line on a terminal, a line every 15 s in a log), retries, data
 * migration output, lock waits, fixture progress bars, warnings.
 */
import type { StepsPart } from '../../app/index.js';
import { describeStep } from '../../render/describe-step.js';
import { describeCapacityShare } from '../../render/describe-capacity-share.js';
import { createProgress, type ProgressReporter } from './fixture-progress.js';
import { startingIndicator } from './starting-indicator.js';
import type { Io } from '../io.js';
import type { Handlers } from './dispatch.js';
import { STATUS_LABEL } from './step-report.js';

/** How often a non-TTY log repeats a "still waiting" line. */
const WAIT_LOG_EVERY_MS = 15_000;

export interface ProgressOptions {
  /** `--quiet`: only results, errors and warnings (not the table files' warnings: see `fileWarnings`). */
  readonly quiet: boolean;
  /**
   * Show the warnings of the project's files (a `warning` event with a `problem`), as validate
   * prints them. Default: not `quiet`; plan passes it apart, as its machine formats quiet the rest.
   */
  readonly fileWarnings?: boolean;
  /** No "starting the embedded DynamoDB Local…" line (quiet, or a machine-readable format). */
  readonly engineQuiet: boolean;
  /** Runs of steps whose progress is not shown (reset's drop). */
  readonly quietParts?: readonly StepsPart[];
}

export function progressHandlers(io: Io, opts: ProgressOptions): Handlers {
  const indicator = startingIndicator({ isTTY: io.isTTY, inline: io.errInline, quiet: opts.engineQuiet, err: io.err, warn: io.err });
  const errInline = io.isTTY ? io.errInline : undefined;
  const lastWaitLog = new Map<string, number>();
  const bars = new Map<string, ProgressReporter>();
  let part: StepsPart | null = null;
  let inline = false;
  let lastSettle = 0;
  const endInline = () => {
    if (inline) errInline?.('\n');
    inline = false;
  };
  const stepsQuiet = () => opts.quiet || (part !== null && (opts.quietParts ?? []).includes(part));
  const say = (line: string) => {
    if (!opts.quiet) io.err(line);
  };
  return {
    'engine-starting': () => indicator.start(),
    'engine-starting-ended': () => indicator.stop(),
    'engine-started': (e) => indicator.done(e.message),
    warning: (e) => {
      if ('problem' in e && e.problem !== undefined && !(opts.fileWarnings ?? !opts.quiet)) return;
      io.err(e.message);
    },
    'steps-starting': (e) => {
      part = e.part;
    },
    'step-start': (e) => {
      if (stepsQuiet()) return;
      endInline();
      io.err(`[${e.position}/${e.total}] ${e.table}: ${describeStep(e.step)}`);
    },
    'step-end': (e) => {
      if (stepsQuiet()) return;
      endInline();
      // A skipped step's note is the reason itself ("sse is not supported by this endpoint").
      if (e.status === 'skipped-unsupported' && e.note) io.err(`  skipped: ${e.note}`);
      else if (e.status !== 'done' || e.note) io.err(`  ${STATUS_LABEL[e.status]}${e.note ? ` (${e.note})` : ''}`);
    },
    waiting: (e) => {
      if (stepsQuiet()) return;
      const line = `  ${e.message}`;
      if (errInline) {
        errInline(`\r\x1b[2K${line}`);
        inline = true;
        return;
      }
      const key = `${e.table}:${describeStep(e.step)}`;
      const last = lastWaitLog.get(key);
      if (last === undefined || e.elapsedMs - last >= WAIT_LOG_EVERY_MS) {
        lastWaitLog.set(key, e.elapsedMs);
        io.err(line);
      }
    },
    retry: (e) => {
      if (stepsQuiet()) return;
      endInline();
      io.err(`  retry ${e.attempt} in ${e.delayMs} ms: ${e.reason}`);
    },
    settling: (e) => {
      if (opts.quiet || e.elapsedMs - lastSettle < 5_000) return;
      lastSettle = e.elapsedMs;
      io.err(`  ${e.message} (left by an earlier, interrupted run)`);
    },
    'replace-resuming': (e) => say(`Finishing the interrupted data-preserving replacement of ${e.table} (last finished phase: ${e.lastPhase ?? 'none'}).`),
    replace: replaceHandler(say),
    'migration-output': (e) => say(e.line),
    'capacity-share': (e) => say(describeCapacityShare(e.work, e.share)),
    'saved-plan-current': (e) => say(`${e.path}: planned for ${e.plannedFor}; the live tables still match it.`),
    'lock-taken-over': (e) => io.err(`Took over the apply lock left by ${e.owner}, which is no longer running.`),
    'lock-waiting': (e) => io.err(`Waiting for the apply lock held by ${e.owner} since ${e.since} (--lock-timeout ${e.lockTimeout})...`),
    'lock-lost': (e) => io.err(`${e.message}: stopping before the next step.`),
    // The loader draws a progress bar on a TTY and prints one summary line per table otherwise.
    'fixtures-loading': (e) => {
      if (!opts.quiet) bars.set(e.table, createProgress(io, e.table, e.total));
    },
    'fixtures-progress': (e) => bars.get(e.table)?.update({ written: e.written, elapsedMs: e.elapsedMs }),
    'fixtures-loaded': (e) => {
      bars.get(e.table)?.done({ written: e.written, ms: e.ms, retries: e.retries });
      bars.delete(e.table);
    },
    'fixtures-failed': (e) => {
      bars.get(e.table)?.stop();
      bars.delete(e.table);
    },
  };
}

function replaceHandler(say: (line: string) => void): NonNullable<Handlers['replace']> {
  let lastProgress = 0;
  return ({ event: e }) => {
    if (e.kind === 'phase-start') say(`[replace ${e.position}/${e.total}] ${e.table}: ${e.phase}`);
    else if (e.kind === 'phase-end' && (e.status === 'resumed' || e.note)) say(`  ${e.status}${e.note ? ` (${e.note})` : ''}`);
    else if (e.kind === 'progress' && e.items - lastProgress >= 10_000) {
      lastProgress = e.items;
      say(`  ${e.phase}: ${e.items} items`);
    }
  };
}
