/**
 * An emulation of documented AWS DynamoDB control-plane behaviour, for tests only: a layer of the
 * fault proxy (../fault-proxy.ts) in front of DynamoDB Local that implements only what DynamoDB
 * Local lacks or silently ignores, one rule module per feature (RULES below), each citing its AWS
 * pages (also listed in docs/engine-notes.md). Everything else goes to DynamoDB Local unchanged, so
 * where DynamoDB Local implements a behaviour, the tests exercise DynamoDB Local.
 *
 * It keeps per-table state, takes the fields it emulates out of requests before DynamoDB Local sees
 * them, merges its state into DescribeTable / CreateTable / UpdateTable answers (a change stays in
 * flight, the table UPDATING, for `settleAfter` describes), answers the operations DynamoDB Local
 * does not implement, and refuses what AWS documents as refused. It answers with ARNs in region
 * `aws-emulated` (arn.ts), so the tool does not take it for plain DynamoDB Local.
 *
 * A later feature adds a module and an entry in RULES.
 */
import { DescribeTableCommand, UpdateTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { applicationAutoScalingRule } from './application-autoscaling.js';
import { engineClient } from '../engine.js';
import { startFaultProxy, type FaultConfig, type FaultProxy, type Json, type LayerDecision, type ProxyLayer } from '../fault-proxy.js';
import { toClient, toEngine } from './arn.js';
import { contributorInsightsRule } from './contributor-insights.js';
import { indexOnDemandRule } from './index-on-demand.js';
import { kinesisDestinationRule } from './kinesis-destination.js';
import { pitrWindowRule } from './pitr-window.js';
import { resourcePolicyRule } from './resource-policy.js';
import { sseRule } from './sse.js';
import { tableOf } from './table-name.js';
import { warmThroughputRule } from './warm-throughput.js';
import { isRefusal, regionOf, type ControlPlaneRule, type Refusal, type RuleContext } from './types.js';
import { replicasRule } from './replicas.js';

/** The emulated features, each a rule module. */
export type EmulatedFeature = 'sse' | 'pitrWindow' | 'warmThroughput' | 'indexOnDemand' | 'contributorInsights' | 'resourcePolicy' | 'kinesisDestination' | 'applicationAutoScaling' | 'replicas';

const RULES: Readonly<Record<EmulatedFeature, (ctx: Pick<RuleContext, 'settleAfter'>) => ControlPlaneRule>> = {
  sse: sseRule,
  pitrWindow: pitrWindowRule,
  warmThroughput: warmThroughputRule,
  // After warmThroughput: it reads the GSI updates that rule leaves.
  indexOnDemand: indexOnDemandRule,
  contributorInsights: contributorInsightsRule,
  resourcePolicy: resourcePolicyRule,
  kinesisDestination: kinesisDestinationRule,
  applicationAutoScaling: applicationAutoScalingRule,
  replicas: replicasRule,
};

export interface ControlPlaneOptions extends Omit<FaultConfig, 'layer'> {
  /** Default: every feature in RULES. */
  readonly features?: readonly EmulatedFeature[];
  /** Describes a change stays in flight (UPDATING) before it settles; default 2. */
  readonly settleAfter?: number;
}

export interface ControlPlane extends FaultProxy {
  /** Every request the layer saw, by operation, as the client sent it (for exact-request tests). */
  readonly requests: { readonly op: string; readonly body: Json }[];
}

const refusal = (r: Refusal): LayerDecision => ({
  kind: 'answer',
  status: 400,
  body: { __type: `com.amazonaws.dynamodb.v20120810#${r.type}`, message: r.message },
});

/** Answers that carry a table description, and where. */
const DESCRIPTION_FIELD: Readonly<Record<string, string>> = { DescribeTable: 'Table', CreateTable: 'TableDescription', UpdateTable: 'TableDescription' };

function layer(rules: readonly ControlPlaneRule[], ctx: RuleContext, requests: ControlPlane['requests']): ProxyLayer {
  const busy = (table: string) => rules.some((r) => r.busy?.(table) === true);
  return {
    async handle(op, clientBody, headers): Promise<LayerDecision> {
      requests.push({ op, body: clientBody });
      const region = regionOf(headers);
      const req = toEngine(clientBody);
      for (const rule of rules) {
        const own = rule.answers?.[op];
        if (own) {
          const out = await own(req, ctx);
          return isRefusal(out) ? refusal(out) : { kind: 'answer', status: 200, body: toClient(out) };
        }
      }
      const table = tableOf(req);
      // API_UpdateTable: while the table is UPDATING, no other UpdateTable is accepted.
      if (op === 'UpdateTable' && busy(table)) {
        return refusal({ type: 'ResourceInUseException', message: `Attempt to change a resource which is still in use: Table is being updated: ${table}` });
      }
      const forward: Json = { ...req };
      for (const rule of rules) {
        const refused = rule.request?.(op, req, forward, busy(table), region);
        if (refused) return refusal(refused);
      }
      // An UpdateTable left with nothing for DynamoDB Local: describe instead, answer as UpdateTable.
      const emptied = op === 'UpdateTable' && Object.keys(forward).every((k) => k === 'TableName');
      return {
        kind: 'forward',
        body: emptied ? { TableName: req['TableName'] } : forward,
        ...(emptied ? { op: 'DescribeTable' } : {}),
        after: (status, answer) => {
          for (const rule of rules) rule.commit?.(op, req, status === 200, region);
          let out = answer;
          if (emptied && status === 200) out = { TableDescription: { ...(answer['Table'] as Json), TableStatus: 'UPDATING' } };
          const field = DESCRIPTION_FIELD[op];
          const desc = field ? (out[field] as Json | undefined) : undefined;
          if (status === 200 && desc) {
            for (const rule of rules) rule.describe?.(desc, op === 'DescribeTable', region);
            if (busy(String(desc['TableName'] ?? ''))) desc['TableStatus'] = 'UPDATING';
          }
          return toClient(out);
        },
      };
    },
  };
}

/** Starts the emulation (with the fault proxy's options, faults off by default) in front of `target`. */
export async function startControlPlane(opts: ControlPlaneOptions): Promise<ControlPlane> {
  const settleAfter = Math.max(1, opts.settleAfter ?? 2);
  const features = opts.features ?? (Object.keys(RULES) as EmulatedFeature[]);
  const engine: DynamoDBClient = engineClient(opts.target);
  const ctx: RuleContext = {
    settleAfter,
    exists: async (table) => {
      try {
        await engine.send(new DescribeTableCommand({ TableName: table }));
        return true;
      } catch (e) {
        if ((e as { name?: string }).name === 'ResourceNotFoundException') return false;
        throw e;
      }
    },
    clampCapacity: async (table, index, field, min, max) => {
      const desc = (await engine.send(new DescribeTableCommand({ TableName: table }))).Table;
      const own = index === null ? desc?.ProvisionedThroughput : desc?.GlobalSecondaryIndexes?.find((g) => g.IndexName === index)?.ProvisionedThroughput;
      if (desc?.BillingModeSummary?.BillingMode === 'PAY_PER_REQUEST' || !own?.ReadCapacityUnits || !own.WriteCapacityUnits) return;
      const units = { Read: own.ReadCapacityUnits, Write: own.WriteCapacityUnits };
      const now = units[field];
      const next = Math.min(max, Math.max(min, now));
      if (next === now) return;
      const throughput = { ReadCapacityUnits: field === 'Read' ? next : units.Read, WriteCapacityUnits: field === 'Write' ? next : units.Write };
      await engine.send(
        new UpdateTableCommand(
          index === null
            ? { TableName: table, ProvisionedThroughput: throughput }
            : { TableName: table, GlobalSecondaryIndexUpdates: [{ Update: { IndexName: index, ProvisionedThroughput: throughput } }] },
        ),
      );
    },
    indexes: async (table) => {
      try {
        const out = await engine.send(new DescribeTableCommand({ TableName: table }));
        return (out.Table?.GlobalSecondaryIndexes ?? []).map((g) => g.IndexName ?? '');
      } catch (e) {
        if ((e as { name?: string }).name === 'ResourceNotFoundException') return [];
        throw e;
      }
    },
  };
  const rules = features.map((f) => RULES[f]({ settleAfter }));
  const requests: ControlPlane['requests'] = [];
  const proxy = await startFaultProxy({ ...opts, layer: layer(rules, ctx, requests) });
  return {
    ...proxy,
    requests,
    close: async () => {
      engine.destroy();
      await proxy.close();
    },
  };
}

/** The AWS pages every emulated rule follows (docs/engine-notes.md lists the same). */
export function ruleSources(): Record<EmulatedFeature, readonly string[]> {
  const out = {} as Record<EmulatedFeature, readonly string[]>;
  for (const f of Object.keys(RULES) as EmulatedFeature[]) out[f] = RULES[f]({ settleAfter: 1 }).sources;
  return out;
}
