/**
 * What an endpoint supports, learned once per endpoint value (live/live-client.ts carries one with its
 * client): the first call of an operation the endpoint does not implement marks its feature
 * unsupported, and later callers skip the call. Concurrent first callers wait for the one probe
 * instead of all failing the same way.
 */
import type { TableDescription } from '@aws-sdk/client-dynamodb';
import type { Feature } from '../model/table-shape.js';
import { isUnsupportedOperation } from './aws-errors.js';

/** DynamoDB Local's ARNs name its fixed region `ddblocal`: `arn:aws:dynamodb:ddblocal:000000000000:table/t`. */
export function isDynamoDbLocalArn(arn: string | undefined): boolean {
  return arn?.split(':')[3] === 'ddblocal';
}

/** Returned instead of a result when the endpoint does not support the feature. */
export const UNSUPPORTED: unique symbol = Symbol('unsupported');
export type Unsupported = typeof UNSUPPORTED;

export class Capabilities {
  private readonly known = new Map<Feature, boolean>();
  private readonly probing = new Map<Feature, Promise<unknown>>();
  private localAnswer: Promise<boolean> | null = null;

  /** `isLocal` finds out (once, when first asked) whether the endpoint is an engine on this machine. */
  constructor(private readonly isLocal: () => Promise<boolean>) {}

  /** Whether the endpoint is an engine on this machine (asked once). */
  local(): Promise<boolean> {
    this.localAnswer ??= this.isLocal().catch(() => false);
    return this.localAnswer;
  }

  /**
   * Features this endpoint is known not to support. Table class has no operation of its own to
   * probe: DynamoDB Local accepts `TableClass` in CreateTable and ignores it, and refuses it in
   * UpdateTable ("Nothing to update"). So on a local endpoint it counts as unsupported unless some
   * table there reported a `TableClassSummary` (see read-live.ts).
   */
  async knownUnsupported(): Promise<ReadonlySet<Feature>> {
    const set = new Set(this.unsupported());
    if (this.state('tableClass') === undefined && (await this.local())) set.add('tableClass');
    return set;
  }

  /**
   * What a DescribeTable tells of the endpoint itself. Per-GSI on-demand maximums have no operation
   * of their own to probe, and DynamoDB Local accepts `GlobalSecondaryIndexUpdates[].Update
   * .OnDemandThroughput` and ignores it (measured on 3.3; docs/engine-notes.md): an apply would fail
   * verification and every later plan show the same change. So they are unsupported on DynamoDB
   * Local (known by its ARNs), and on any local endpoint that describes an on-demand table's GSI
   * without `OnDemandThroughput` (it does not report the setting at all).
   */
  async observe(desc: TableDescription): Promise<void> {
    if (this.known.get('globalIndexOnDemand') === false) return;
    if (isDynamoDbLocalArn(desc.TableArn)) {
      this.mark('globalIndexOnDemand', false);
      return;
    }
    const onDemand = desc.BillingModeSummary?.BillingMode === 'PAY_PER_REQUEST';
    const unreported = onDemand && (desc.GlobalSecondaryIndexes ?? []).some((g) => !g.OnDemandThroughput);
    if (unreported && (await this.local())) this.mark('globalIndexOnDemand', false);
  }

  /** Runs `fn` unless `feature` is known unsupported; an unsupported-operation error marks it so. */
  async call<T>(feature: Feature, fn: () => Promise<T>): Promise<T | Unsupported> {
    for (;;) {
      const state = this.known.get(feature);
      if (state === false) return UNSUPPORTED;
      if (state === true) return this.run(feature, fn);
      const pending = this.probing.get(feature);
      if (pending) {
        // Another caller is finding out; whatever it learns decides for us too.
        await pending.catch(() => undefined);
        if (this.probing.get(feature) === pending) this.probing.delete(feature);
        continue;
      }
      const probe = this.run(feature, fn);
      this.probing.set(feature, probe);
      try {
        return await probe;
      } finally {
        if (this.probing.get(feature) === probe) this.probing.delete(feature);
      }
    }
  }

  mark(feature: Feature, supported: boolean): void {
    // "Unsupported" is sticky: one table reporting a feature does not undo an endpoint refusing it.
    if (this.known.get(feature) === false) return;
    this.known.set(feature, supported);
  }

  state(feature: Feature): boolean | undefined {
    return this.known.get(feature);
  }

  unsupported(): Feature[] {
    return [...this.known].filter(([, ok]) => !ok).map(([f]) => f);
  }

  private async run<T>(feature: Feature, fn: () => Promise<T>): Promise<T | Unsupported> {
    try {
      const result = await fn();
      if (!this.known.has(feature)) this.known.set(feature, true);
      return result;
    } catch (e) {
      if (isUnsupportedOperation(e)) {
        this.known.set(feature, false);
        return UNSUPPORTED;
      }
      throw e;
    }
  }
}
