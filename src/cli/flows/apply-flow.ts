/**
 * `apply`: parse → applyProject → render. The plan, fixture decisions and preserving phases are
 * printed as the app reports them (before it asks), the step report when the steps finish.
 * `--format json` prints one JSON document, on refusals and errors too.
 */
import { applyProject } from '../../app/index.js';
import { DdbMigrateError, ExitCode } from '../../model/errors.js';
import { renderText } from '../../render/render-text.js';
import { projectOptions } from '../app-options.js';
import { confirmOrRefuse } from '../confirm.js';
import type { GlobalArgs, TargetArgs } from '../global-options.js';
import type { Io } from '../io.js';
import { describeFixtureDecisions, describePreserving } from '../render/apply-notes.js';
import { dispatch } from '../render/dispatch.js';
import { progressHandlers } from '../render/progress.js';
import { printStepsOutcome, throwMismatches } from '../render/step-report.js';
import { withSignals, type AppRun } from '../signals.js';
import { ApplyJsonDocument, problemsOf } from './apply-json.js';
import { inFlightLines } from '../render/in-flight-notes.js';

export interface ApplyArgs extends GlobalArgs, TargetArgs {
  /** A file written by `plan --out`: apply exactly its steps, if it is still current. */
  readonly planFile?: string | undefined;
  readonly table?: readonly string[] | undefined;
  readonly yes: boolean;
  readonly allowDestructive: boolean;
  readonly prune: boolean;
  readonly fixtures: boolean;
  readonly format: 'text' | 'json';
  readonly lockTimeout: string;
  readonly lockLease: string;
  readonly allowChanged: boolean;
  readonly migrations: boolean;
  readonly preserveData: boolean;
  /** Load every table's fixtures, changed or not. */
  readonly reloadFixtures?: boolean | undefined;
  /** Stop waiting for slow steps (GSI builds) after this long, e.g. 45m; they go on in DynamoDB. */
  readonly waitTimeout?: string | undefined;
  /** Start slow steps and do not wait for them (a wait timeout of zero). */
  readonly detach?: boolean | undefined;
  /** The share of each table's capacity data work keeps under (docs/capacity.md). */
  readonly maxCapacityPercent?: number | undefined;
}

export async function runApply(args: ApplyArgs, ioIn: Io): Promise<number> {
  // --no-color reaches every printer below (the step report reads io.color), not only the plan.
  const io: Io = { ...ioIn, color: ioIn.color && args.color };
  const doc = args.format === 'json' ? new ApplyJsonDocument() : null;
  try {
    const code = await withSignals(io, (run) => applyIn(args, io, doc, run));
    if (doc) io.out(doc.finish(code, []));
    return code;
  } catch (e) {
    // The JSON document is printed on refusals and errors too, so CI always has one to parse.
    if (doc) io.out(doc.finish(e instanceof DdbMigrateError ? e.exitCode : ExitCode.Error, problemsOf(e)));
    throw e;
  }
}

async function applyIn(args: ApplyArgs, io: Io, doc: ApplyJsonDocument | null, run: AppRun): Promise<number> {
  const shows = !args.quiet && !doc;
  const plan = (p: Parameters<typeof renderText>[0]) => renderText(p, { color: io.color, destructiveAllowed: args.allowDestructive });
  const onEvent = dispatch(progressHandlers(io, { quiet: args.quiet, engineQuiet: args.quiet || doc !== null }), {
    plan: (e) => {
      doc?.setTarget(e.target.env, e.target.endpoint);
      doc?.setPlan(e.plan);
      if (shows) io.out(plan(e.plan));
    },
    'fixture-decisions': (e) => {
      const said = describeFixtureDecisions(e.decisions);
      if (shows && said) io.out(said);
    },
    'preserving-phases': (e) => {
      if (shows && e.phases.length > 0) io.out(describePreserving(e.phases));
    },
    replanned: (e) => {
      if (!shows) return;
      io.err('The live tables changed while this run waited for the lock; running this plan instead:');
      io.err(plan(e.plan));
    },
    'steps-finished': (e) => {
      doc?.setReport(e.outcome);
      printStepsOutcome(e.outcome, io, { quiet: args.quiet, format: doc ? 'json' : 'text' });
    },
  });
  const result = await applyProject({
    ...projectOptions(args, run, onEvent),
    planFile: args.planFile,
    tables: args.table,
    allowDestructive: args.allowDestructive,
    prune: args.prune,
    fixtures: args.fixtures,
    reloadFixtures: args.reloadFixtures ?? false,
    preserveData: args.preserveData,
    allowChanged: args.allowChanged,
    migrations: args.migrations,
    lockTimeout: args.lockTimeout,
    lockLease: args.lockLease,
    waitTimeout: args.waitTimeout,
    detach: args.detach ?? false,
    yes: args.yes,
    confirm: (request) => confirmOrRefuse(io, request.question, false),
  });
  if (result.status === 'cancelled') {
    io.err('Apply cancelled; nothing was changed.');
    return ExitCode.Refused;
  }
  if (result.status === 'failed') {
    throwMismatches([result.steps]);
    return ExitCode.Error;
  }
  doc?.setFixtures(result.fixtures.state);
  doc?.setInFlight(result.status, result.inFlight);
  if (!doc && !args.quiet) for (const line of inFlightLines(result.inFlight)) io.err(line);
  return ExitCode.Ok;
}
