/**
 * Warm throughput, which DynamoDB Local accepts in CreateTable and drops, and refuses alone in
 * UpdateTable ("Nothing to update"; docs/engine-notes.md). Emulated as AWS documents it:
 * - DescribeTable reports `WarmThroughput { ReadUnitsPerSecond, WriteUnitsPerSecond, Status }` for
 *   the table and for each GSI (API_TableWarmThroughputDescription,
 *   API_GlobalSecondaryIndexWarmThroughputDescription); a table or index nobody set is described with
 *   the values of a new on-demand table, 12,000 read and 4,000 write units per second (DG-WT).
 *   https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TableWarmThroughputDescription.html
 *   https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/warm-throughput.html
 * - UpdateTable `WarmThroughput` and `GlobalSecondaryIndexUpdates[].Update.WarmThroughput` raise it;
 *   the update is asynchronous, Status UPDATING → ACTIVE (here: for the next N describes, the table
 *   UPDATING meanwhile). The guide only describes increasing it, so a lower value is refused
 *   (ValidationException), as the tool's own rule assumes.
 *   https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/update-warm-throughput.html
 *   https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTable.html
 * - CreateTable and a GSI Create take `WarmThroughput` too (API_CreateTable, API_CreateGlobalSecondaryIndexAction).
 */
import type { Json } from '../fault-proxy.js';
import { tableOf } from './table-name.js';
import type { ControlPlaneRule, Refusal, RuleContext } from './types.js';

interface Units {
  read: number;
  write: number;
}

interface Warm {
  units: Units;
  /** Describes left while UPDATING (0: ACTIVE). */
  left: number;
}

interface WarmSpec {
  readonly ReadUnitsPerSecond?: number;
  readonly WriteUnitsPerSecond?: number;
}

const DEFAULT: Units = { read: 12_000, write: 4_000 };
const TABLE = '';

type GsiUpdate = { Update?: { IndexName?: string; WarmThroughput?: WarmSpec } & Json; Create?: { IndexName?: string; WarmThroughput?: WarmSpec } & Json; Delete?: { IndexName?: string } };

export function warmThroughputRule(ctx: Pick<RuleContext, 'settleAfter'>): ControlPlaneRule {
  /** Per table: '' for the table itself, else the index name. */
  const tables = new Map<string, Map<string, Warm>>();
  const noted = new Map<string, { set: Map<string, Warm>; drop: string[] }>();
  const of = (table: string) => tables.get(table) ?? new Map<string, Warm>();
  const raise = (cur: Units, spec: WarmSpec): Units | Refusal => {
    const next = { read: spec.ReadUnitsPerSecond ?? cur.read, write: spec.WriteUnitsPerSecond ?? cur.write };
    if (next.read < cur.read || next.write < cur.write) {
      return { type: 'ValidationException', message: `Warm throughput can only be increased (from read ${cur.read}, write ${cur.write} to read ${next.read}, write ${next.write}) (emulated: DG-WT)` };
    }
    return next;
  };
  return {
    sources: [
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TableWarmThroughputDescription.html',
      'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/warm-throughput.html',
      'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/update-warm-throughput.html',
    ],
    request(op, req, forward): Refusal | null {
      const table = tableOf(req);
      const set = new Map<string, Warm>();
      const drop: string[] = [];
      if (op === 'CreateTable') {
        const own = req['WarmThroughput'] as WarmSpec | undefined;
        if (own) set.set(TABLE, { units: raise(DEFAULT, own) as Units, left: 0 });
        const gsis = (req['GlobalSecondaryIndexes'] as ({ IndexName?: string; WarmThroughput?: WarmSpec } & Json)[] | undefined) ?? [];
        forward['GlobalSecondaryIndexes'] = gsis.length > 0 ? gsis.map(({ WarmThroughput, ...rest }) => {
          if (WarmThroughput && rest.IndexName) set.set(rest.IndexName, { units: { read: WarmThroughput.ReadUnitsPerSecond ?? DEFAULT.read, write: WarmThroughput.WriteUnitsPerSecond ?? DEFAULT.write }, left: 0 });
          return rest;
        }) : undefined;
        if (gsis.length === 0) delete forward['GlobalSecondaryIndexes'];
        delete forward['WarmThroughput'];
      } else if (op === 'UpdateTable') {
        const current = of(table);
        const own = req['WarmThroughput'] as WarmSpec | undefined;
        if (own) {
          const next = raise(current.get(TABLE)?.units ?? DEFAULT, own);
          if ('type' in next) return next;
          set.set(TABLE, { units: next, left: ctx.settleAfter });
        }
        const updates = (req['GlobalSecondaryIndexUpdates'] as GsiUpdate[] | undefined) ?? [];
        const kept: GsiUpdate[] = [];
        for (const u of updates) {
          if (u.Update?.WarmThroughput && u.Update.IndexName) {
            const next = raise(current.get(u.Update.IndexName)?.units ?? DEFAULT, u.Update.WarmThroughput);
            if ('type' in next) return next;
            set.set(u.Update.IndexName, { units: next, left: ctx.settleAfter });
            const { WarmThroughput: _w, ...rest } = u.Update;
            if (Object.keys(rest).some((k) => k !== 'IndexName')) kept.push({ Update: rest });
            continue;
          }
          if (u.Create?.WarmThroughput && u.Create.IndexName) {
            const { WarmThroughput, ...rest } = u.Create;
            set.set(u.Create.IndexName, { units: { read: WarmThroughput.ReadUnitsPerSecond ?? DEFAULT.read, write: WarmThroughput.WriteUnitsPerSecond ?? DEFAULT.write }, left: 0 });
            kept.push({ Create: rest });
            continue;
          }
          if (u.Delete?.IndexName) drop.push(u.Delete.IndexName);
          kept.push(u);
        }
        if (updates.length > 0) {
          if (kept.length > 0) forward['GlobalSecondaryIndexUpdates'] = kept;
          else delete forward['GlobalSecondaryIndexUpdates'];
        }
        delete forward['WarmThroughput'];
      }
      if (set.size > 0 || drop.length > 0) noted.set(table, { set, drop });
      return null;
    },
    commit(op, req, accepted) {
      const table = tableOf(req);
      if (op === 'DeleteTable' && accepted) tables.delete(table);
      const n = noted.get(table);
      noted.delete(table);
      if (!n || !accepted) return;
      const state = op === 'CreateTable' ? new Map<string, Warm>() : of(table);
      for (const [k, v] of n.set) state.set(k, v);
      for (const k of n.drop) state.delete(k);
      tables.set(table, state);
    },
    describe(desc, counts) {
      const state = of(String(desc['TableName'] ?? ''));
      const show = (key: string): Json => {
        const w = state.get(key);
        if (w && counts && w.left > 0) w.left -= 1;
        const units = w?.units ?? DEFAULT;
        return { ReadUnitsPerSecond: units.read, WriteUnitsPerSecond: units.write, Status: w && w.left > 0 ? 'UPDATING' : 'ACTIVE' };
      };
      desc['WarmThroughput'] = show(TABLE);
      for (const g of (desc['GlobalSecondaryIndexes'] as Json[] | undefined) ?? []) g['WarmThroughput'] = show(String(g['IndexName'] ?? ''));
    },
    busy: (table) => [...of(table).values()].some((w) => w.left > 0),
  };
}
