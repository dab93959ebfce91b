/**
 * DynamoDB's limits as DynamoDB counts them, where the JSON Schema cannot: attribute names in UTF-8
 * bytes (the schema's maxLength counts characters), and capacities against the default quota.
 * Sources: "Supported data types and naming rules in Amazon DynamoDB" (key, projected and TTL
 * attribute names: 1-255 bytes of UTF-8) and "Quotas in Amazon DynamoDB" (40,000 read and 40,000
 * write units per table and per GSI by default, adjustable; 80,000 per account and Region, which a
 * provisioned table and its GSIs together must stay below, adjustable too). DynamoDB's only hard
 * bounds on a capacity are the API's: a Long of at least 1 (the schema refuses what is not a whole
 * number from 1 to 2^53 - 1); every upper bound is a quota an account can raise, hence warnings. Pure.
 */
import { SPEC_LIMITS } from './defaults.js';
import { indexKeyAttributes, peakUnits, type CapacityDoc, type MergedSpecDoc } from './spec-doc.js';
import type { SpecIssue } from './semantic-checks.js';
import type { PathSegment } from './yaml-source.js';

const utf8 = new TextEncoder();

/** UTF-8 length of `s`, as DynamoDB measures names. */
export function utf8Bytes(s: string): number {
  return utf8.encode(s).length;
}

/** Every attribute name of the spec whose length DynamoDB limits, with where it is written. */
function limitedNames(spec: MergedSpecDoc): { name: string; path: PathSegment[]; ttl: boolean }[] {
  const out: { name: string; path: PathSegment[]; ttl: boolean }[] = [];
  const key = (k: { name: string } | undefined, path: PathSegment[]) => k && out.push({ name: k.name, path: [...path, 'name'], ttl: false });
  key(spec.partitionKey, ['partitionKey']);
  key(spec.sortKey, ['sortKey']);
  const include = (p: unknown, path: PathSegment[]) => {
    if (p !== null && typeof p === 'object' && Array.isArray((p as { include?: unknown }).include))
      (p as { include: string[] }).include.forEach((n, j) => out.push({ name: n, path: [...path, 'projection', 'include', j], ttl: false }));
  };
  (spec.globalSecondaryIndexes ?? []).forEach((g, i) => {
    for (const role of ['partitionKey', 'sortKey'] as const) {
      const k = g[role];
      if (Array.isArray(k)) indexKeyAttributes(k).forEach((a, j) => key(a, ['globalSecondaryIndexes', i, role, j]));
      else key(k as { name: string } | undefined, ['globalSecondaryIndexes', i, role]);
    }
    include(g.projection, ['globalSecondaryIndexes', i]);
  });
  (spec.localSecondaryIndexes ?? []).forEach((l, i) => {
    key(l.partitionKey, ['localSecondaryIndexes', i, 'partitionKey']);
    key(l.sortKey, ['localSecondaryIndexes', i, 'sortKey']);
    include(l.projection, ['localSecondaryIndexes', i]);
  });
  if (spec.ttl) out.push({ name: spec.ttl.attribute, path: ['ttl', 'attribute'], ttl: true });
  return out;
}

/** Key, projected and TTL attribute names of at most 255 UTF-8 bytes (`é` is 2, `😀` is 4). */
export function attributeNameBytes(spec: MergedSpecDoc): SpecIssue[] {
  return limitedNames(spec)
    .filter((n) => utf8Bytes(n.name) > SPEC_LIMITS.maxAttributeNameBytes)
    .map((n) => ({
      code: n.ttl ? 'SPEC_TTL_NAME' : 'SPEC_ATTRIBUTE_NAME',
      message: `attribute name is ${utf8Bytes(n.name)} bytes in UTF-8 (${[...n.name].length} characters); DynamoDB allows at most ${SPEC_LIMITS.maxAttributeNameBytes} bytes`,
      path: n.path,
      hint: 'Shorten the name: DynamoDB counts the bytes of its UTF-8 encoding, and letters such as é take 2 bytes.',
    }));
}

/**
 * Capacities above the default per-table / per-GSI quota: a warning (the quota is adjustable). An
 * autoscaling range counts with its max (the scaler's UpdateTable above the quota would fail).
 */
export function capacityQuota(spec: MergedSpecDoc): SpecIssue[] {
  const issues: SpecIssue[] = [];
  const check = (c: CapacityDoc | undefined, path: PathSegment[]) => {
    const v = c === undefined ? undefined : peakUnits(c);
    if (v !== undefined && v > SPEC_LIMITS.defaultCapacityQuota)
      issues.push({
        code: 'SPEC_CAPACITY_QUOTA',
        severity: 'warning',
        message: `${v.toLocaleString('en-US')} units is above DynamoDB's default quota of ${SPEC_LIMITS.defaultCapacityQuota.toLocaleString('en-US')} per table and per index; CreateTable and UpdateTable fail unless the account's quota was raised`,
        path,
        hint: 'Lower it, or raise the quota first (Service Quotas, "Table-level read/write throughput limit").',
      });
  };
  const b = spec.billing;
  for (const f of ['read', 'write', 'maxRead', 'maxWrite'] as const) check(b?.[f], ['billing', f]);
  (spec.globalSecondaryIndexes ?? []).forEach((g, i) => {
    check(g.read, ['globalSecondaryIndexes', i, 'read']);
    check(g.write, ['globalSecondaryIndexes', i, 'write']);
    check(g.maxRead, ['globalSecondaryIndexes', i, 'maxRead']);
    check(g.maxWrite, ['globalSecondaryIndexes', i, 'maxWrite']);
  });
  return [...issues, ...accountQuota(spec, issues.length > 0)];
}

/**
 * A provisioned table and its GSIs (an index without read / write takes the table's) together
 * above the default account-level quota: a warning, unless a single value already got one.
 */
function accountQuota(spec: MergedSpecDoc, alreadyWarned: boolean): SpecIssue[] {
  const b = spec.billing;
  if (alreadyWarned || b?.mode !== 'PROVISIONED') return [];
  const limit = SPEC_LIMITS.defaultAccountCapacityQuota;
  return (['read', 'write'] as const).flatMap((f) => {
    const given = b[f];
    if (given === undefined) return [];
    const own = peakUnits(given);
    const total = (spec.globalSecondaryIndexes ?? []).reduce((sum, g) => sum + (g[f] !== undefined ? peakUnits(g[f]) : own), own);
    if (total <= limit) return [];
    return [
      {
        code: 'SPEC_CAPACITY_QUOTA',
        severity: 'warning' as const,
        message: `the table and its indexes together provision ${total.toLocaleString('en-US')} ${f} units, above DynamoDB's default account-level quota of ${limit.toLocaleString('en-US')} per Region; CreateTable and UpdateTable fail unless the account's quota was raised`,
        path: ['billing', f],
        hint: 'Lower the table\'s or its indexes\' capacity, or raise the quota first (Service Quotas, "Account-level read/write throughput limit (Provisioned mode)").',
      },
    ];
  });
}
