/**
 * Per-GSI on-demand maximums, which DynamoDB Local accepts in UpdateTable and ignores (the index
 * keeps the maximums it was created with; docs/engine-notes.md). Emulated as AWS documents it:
 * - UpdateTable `GlobalSecondaryIndexUpdates[].Update.OnDemandThroughput { MaxReadRequestUnits,
 *   MaxWriteRequestUnits }` sets an index's maximums; -1 removes one (API_UpdateGlobalSecondaryIndexAction,
 *   API_OnDemandThroughput). The index is UPDATING (the table too) for the next N describes, then ACTIVE
 *   (API_GlobalSecondaryIndexDescription: IndexStatus UPDATING while "the index is being updated").
 *   https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateGlobalSecondaryIndexAction.html
 *   https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_OnDemandThroughput.html
 *   https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GlobalSecondaryIndexDescription.html
 * - OnDemandThroughput belongs to on-demand tables: "You must use either OnDemandThroughput or
 *   ProvisionedThroughput based on your table's capacity mode" (API_GlobalSecondaryIndex), so an index
 *   update with it on a table last described PROVISIONED is a ValidationException.
 *   https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GlobalSecondaryIndex.html
 * - DescribeTable reports each GSI's `OnDemandThroughput` on an on-demand table, -1 where no maximum
 *   is set (DG on-demand-capacity-mode-max-throughput: per table and per GSI, none by default).
 *   https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode-max-throughput.html
 * CreateTable and a GSI Create keep their OnDemandThroughput on DynamoDB Local itself: not emulated.
 */
import type { Json } from '../fault-proxy.js';
import { tableOf } from './table-name.js';
import type { ControlPlaneRule, Refusal, RuleContext } from './types.js';

interface Limits {
  readonly MaxReadRequestUnits: number;
  readonly MaxWriteRequestUnits: number;
}

interface IndexState {
  limits: Limits;
  /** Describes left while UPDATING (0: ACTIVE). */
  left: number;
}

type GsiUpdate = {
  Update?: { IndexName?: string; OnDemandThroughput?: Partial<Limits> } & Json;
  Create?: { IndexName?: string } & Json;
  Delete?: { IndexName?: string };
};

const NONE: Limits = { MaxReadRequestUnits: -1, MaxWriteRequestUnits: -1 };
/** A value of 0 or below (or none) is "no maximum", described as -1. */
const norm = (v: number | undefined, cur: number): number => (v === undefined ? cur : v > 0 ? v : -1);

export function indexOnDemandRule(ctx: Pick<RuleContext, 'settleAfter'>): ControlPlaneRule {
  const tables = new Map<string, Map<string, IndexState>>();
  const modes = new Map<string, string>();
  /** The limits last described per table and index: an update of one side keeps the other. */
  const seen = new Map<string, Map<string, Limits>>();
  const noted = new Map<string, { set: Map<string, IndexState>; drop: string[]; provisioned: boolean }>();
  const of = (table: string) => tables.get(table) ?? new Map<string, IndexState>();
  return {
    sources: [
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateGlobalSecondaryIndexAction.html',
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_OnDemandThroughput.html',
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GlobalSecondaryIndexDescription.html',
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GlobalSecondaryIndex.html',
      'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode-max-throughput.html',
    ],
    request(op, req, forward): Refusal | null {
      if (op !== 'UpdateTable') return null;
      const table = tableOf(req);
      // What the rules before this one left of the updates (warm throughput takes its part out).
      const updates = (forward['GlobalSecondaryIndexUpdates'] as GsiUpdate[] | undefined) ?? [];
      const current = of(table);
      const set = new Map<string, IndexState>();
      const drop: string[] = [];
      const switchesTo = req['BillingMode'];
      const provisioned = switchesTo === 'PROVISIONED' || (switchesTo === undefined && modes.get(table) === 'PROVISIONED');
      const kept: GsiUpdate[] = [];
      for (const u of updates) {
        const name = u.Update?.IndexName;
        const od = u.Update?.OnDemandThroughput;
        if (u.Update && name && od) {
          if (provisioned) {
            return { type: 'ValidationException', message: `One or more parameter values were invalid: OnDemandThroughput is not allowed for index ${name} of a PROVISIONED table (emulated: API_GlobalSecondaryIndex)` };
          }
          const cur = current.get(name)?.limits ?? seen.get(table)?.get(name) ?? NONE;
          set.set(name, { limits: { MaxReadRequestUnits: norm(od.MaxReadRequestUnits, cur.MaxReadRequestUnits), MaxWriteRequestUnits: norm(od.MaxWriteRequestUnits, cur.MaxWriteRequestUnits) }, left: ctx.settleAfter });
          const { OnDemandThroughput: _od, ...rest } = u.Update;
          if (Object.keys(rest).some((k) => k !== 'IndexName')) kept.push({ ...u, Update: rest });
          continue;
        }
        // A new index (or one rebuilt under the same name) starts with what DynamoDB Local keeps.
        if (u.Create?.IndexName) drop.push(u.Create.IndexName);
        if (u.Delete?.IndexName) drop.push(u.Delete.IndexName);
        kept.push(u);
      }
      if (updates.length > 0) {
        if (kept.length > 0) forward['GlobalSecondaryIndexUpdates'] = kept;
        else delete forward['GlobalSecondaryIndexUpdates'];
      }
      if (set.size > 0 || drop.length > 0 || switchesTo !== undefined) noted.set(table, { set, drop, provisioned: switchesTo === 'PROVISIONED' });
      return null;
    },
    commit(op, req, accepted) {
      const table = tableOf(req);
      if ((op === 'DeleteTable' || op === 'CreateTable') && accepted) {
        tables.delete(table);
        seen.delete(table);
      }
      const n = noted.get(table);
      noted.delete(table);
      if (!n || !accepted) return;
      // A switch to PROVISIONED leaves no on-demand maximums behind.
      const state = n.provisioned ? new Map<string, IndexState>() : of(table);
      for (const k of n.drop) state.delete(k);
      for (const [k, v] of n.set) state.set(k, v);
      tables.set(table, state);
    },
    describe(desc, counts) {
      const table = String(desc['TableName'] ?? '');
      const mode = (desc['BillingModeSummary'] as Json | undefined)?.['BillingMode'];
      modes.set(table, typeof mode === 'string' ? mode : 'PROVISIONED');
      if (mode !== 'PAY_PER_REQUEST') return;
      const state = of(table);
      const described = new Map<string, Limits>();
      seen.set(table, described);
      for (const g of (desc['GlobalSecondaryIndexes'] as Json[] | undefined) ?? []) {
        const s = state.get(String(g['IndexName'] ?? ''));
        if (s && counts && s.left > 0) s.left -= 1;
        const engine = g['OnDemandThroughput'] as Partial<Limits> | undefined;
        g['OnDemandThroughput'] = s
          ? { ...s.limits }
          : { MaxReadRequestUnits: norm(engine?.MaxReadRequestUnits, -1), MaxWriteRequestUnits: norm(engine?.MaxWriteRequestUnits, -1) };
        described.set(String(g['IndexName'] ?? ''), g['OnDemandThroughput'] as Limits);
        if (s && s.left > 0 && g['IndexStatus'] === 'ACTIVE') g['IndexStatus'] = 'UPDATING';
      }
    },
    busy: (table) => [...of(table).values()].some((s) => s.left > 0),
  };
}
