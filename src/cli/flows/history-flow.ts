/** `ddb-migrate history`: the applies recorded in the control table, newest first. */
import { ExitCode } from '../../model/errors.js';
import { controlTableName } from '../../state/control-table.js';
import { listHistory } from '../../state/history.js';
import { renderHistoryJson, renderHistoryText } from '../../state/history-render.js';
import { loadConfig } from '../../desired/config.js';
import type { GlobalArgs, TargetArgs } from '../global-options.js';
import type { Io } from '../io.js';
import { withSession } from '../session.js';

export interface HistoryArgs extends GlobalArgs, TargetArgs {
  readonly table?: string | undefined;
  readonly limit?: number | undefined;
  readonly format: 'text' | 'json';
}

export async function runHistory(args: HistoryArgs, io: Io): Promise<number> {
  const controlTable = controlTableName(await loadConfig(args.dir));
  return withSession(args.dir, args, io, async (session) => {
    const records = await listHistory(session.client, controlTable, { table: args.table, limit: args.limit });
    io.out(args.format === 'json' ? renderHistoryJson(records) : renderHistoryText(records, { controlTable }));
    return ExitCode.Ok;
  }, args.quiet || args.format === 'json');
}
