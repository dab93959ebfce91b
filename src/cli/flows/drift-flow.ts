/**
 * `drift`: parse → driftProject → render (text, json, markdown). Exit 2 on any difference, 0 when
 * none. The comparison is diff/drift.ts, its rendering render/render-drift.ts.
 */
import { driftProject } from '../../app/index.js';
import { ExitCode } from '../../model/errors.js';
import { renderDriftJson, renderDriftMarkdown, renderDriftText } from '../../render/render-drift.js';
import { projectOptions } from '../app-options.js';
import type { GlobalArgs, TargetArgs } from '../global-options.js';
import type { Io } from '../io.js';
import { targetLabel } from '../render/apply-notes.js';
import { dispatch } from '../render/dispatch.js';
import { progressHandlers } from '../render/progress.js';
import { withSignals } from '../signals.js';

export const DRIFT_FORMATS = ['text', 'json', 'markdown'] as const;
export type DriftFormat = (typeof DRIFT_FORMATS)[number];

export interface DriftArgs extends GlobalArgs, TargetArgs {
  readonly table?: readonly string[] | undefined;
  readonly format: DriftFormat;
}

export async function runDrift(args: DriftArgs, io: Io): Promise<number> {
  const quiet = args.quiet || args.format !== 'text';
  return withSignals(io, async (run) => {
    const onEvent = dispatch(progressHandlers(io, { quiet, engineQuiet: quiet }));
    const { drift, drifted, target } = await driftProject({ ...projectOptions(args, run, onEvent), tables: args.table });
    const render: Readonly<Record<DriftFormat, () => string>> = {
      text: () => renderDriftText(drift, io.color && args.color),
      json: () => renderDriftJson(drift),
      markdown: () => renderDriftMarkdown(drift, targetLabel(target)),
    };
    io.out(render[args.format]());
    return drifted ? ExitCode.ChangesPending : ExitCode.Ok;
  });
}
