/**
 * Applies one environment's overrides to a table file. Mappings are merged key by key (so `tags`
 * adds and replaces keys), lists and scalars replace, and a `billing` with a `mode` replaces the
 * base billing whole (a mode switch must not inherit the other mode's capacity), as an `sse` with a
 * `type` replaces the base's. When an override
 * switches the table to PAY_PER_REQUEST without restating the indexes, the indexes' inherited
 * provisioned read/write are dropped: they only apply to provisioned tables; likewise a switch to
 * PROVISIONED drops the indexes' inherited on-demand maxRead/maxWrite.
 */
import type { GlobalIndexDoc, MergedSpecDoc, OverrideDoc, TableSpecDoc } from './spec-doc.js';

/** The table file as `envName` sees it; the base when `envName` is null or has no overrides. */
export function mergeEnvironment(spec: TableSpecDoc, envName: string | null): MergedSpecDoc {
  const { environments, ...base } = spec;
  const override: OverrideDoc | undefined =
    envName !== null && environments && Object.hasOwn(environments, envName) ? environments[envName] : undefined;
  if (!override) return base;
  const merged = deepMerge(base, override) as Record<string, unknown>;
  if (override.billing?.mode !== undefined) merged['billing'] = override.billing;
  // Likewise an encryption with a type: AWS_OWNED over KMS must not inherit the base's kmsKey.
  if (override.sse?.type !== undefined) merged['sse'] = override.sse;
  const switchedToOnDemand =
    override.billing?.mode === 'PAY_PER_REQUEST' && (base.billing?.mode ?? 'PAY_PER_REQUEST') !== 'PAY_PER_REQUEST';
  if (switchedToOnDemand && override.globalSecondaryIndexes === undefined && base.globalSecondaryIndexes) {
    merged['globalSecondaryIndexes'] = base.globalSecondaryIndexes.map(withoutCapacity);
  }
  const switchedToProvisioned = override.billing?.mode === 'PROVISIONED' && (base.billing?.mode ?? 'PAY_PER_REQUEST') !== 'PROVISIONED';
  if (switchedToProvisioned && override.globalSecondaryIndexes === undefined && base.globalSecondaryIndexes) {
    merged['globalSecondaryIndexes'] = base.globalSecondaryIndexes.map(withoutMaximums);
  }
  return merged as unknown as MergedSpecDoc;
}

function withoutCapacity(index: GlobalIndexDoc): GlobalIndexDoc {
  const { read: _read, write: _write, ...rest } = index;
  return rest;
}

function withoutMaximums(index: GlobalIndexDoc): GlobalIndexDoc {
  const { maxRead: _maxRead, maxWrite: _maxWrite, ...rest } = index;
  return rest;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Merges `over` into `base` without mutating either. */
export function deepMerge(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = k in base ? deepMerge(base[k], v) : v;
  return out;
}
