/** `ddb-migrate history`: parse → history → render (text or json). */
import { history } from '../../app/index.js';
import { ExitCode } from '../../model/errors.js';
import { renderHistoryJson, renderHistoryText } from '../../render/history-render.js';
import { projectOptions } from '../app-options.js';
import type { GlobalArgs, TargetArgs } from '../global-options.js';
import type { Io } from '../io.js';
import { dispatch } from '../render/dispatch.js';
import { progressHandlers } from '../render/progress.js';
import { withSignals } from '../signals.js';

export interface HistoryArgs extends GlobalArgs, TargetArgs {
  readonly table?: string | undefined;
  readonly limit?: number | undefined;
  readonly format: 'text' | 'json';
}

export async function runHistory(args: HistoryArgs, io: Io): Promise<number> {
  const quiet = args.quiet || args.format === 'json';
  return withSignals(io, async (run) => {
    const onEvent = dispatch(progressHandlers(io, { quiet, engineQuiet: quiet }));
    const { records, controlTable } = await history({ ...projectOptions(args, run, onEvent), table: args.table, limit: args.limit });
    io.out(args.format === 'json' ? renderHistoryJson(records) : renderHistoryText(records, { controlTable }));
    return ExitCode.Ok;
  });
}
