/**
 * The documented defaults of the table spec, in one place (the README copies this list). The live
 * side is normalised with the same values, so an untouched table plans as "no changes".
 */
import type { Encryption, StreamView, TableClass } from '../model/table-shape.js';

export const SPEC_DEFAULTS = {
  /** Index projection when `projection` is left out. */
  projection: 'ALL',
  /** `stream` left out or `false`: no stream. */
  stream: null as StreamView | null,
  /** `ttl` left out or `false`: TTL off. */
  ttl: null as string | null,
  pointInTimeRecovery: false,
  deletionProtection: false,
  tableClass: 'STANDARD' as TableClass,
  /** `sse` left out or `{ type: AWS_OWNED }`: the AWS owned key. */
  sse: null as Encryption | null,
  tags: {} as Readonly<Record<string, string>>,
} as const;

/** DynamoDB's limits the semantic checks enforce (docs/dynamodb-rules.md §4, §5). */
export const SPEC_LIMITS = {
  maxLocalIndexes: 5,
  /** The default quota; adjustable with AWS, hence only the default is checked. */
  maxGlobalIndexes: 20,
  /** Non-key attributes projected with INCLUDE, summed over all indexes (duplicates count). */
  maxIncludeAttributes: 100,
  /** Key, projected (INCLUDE) and TTL attribute names, in UTF-8 bytes ("naming rules"). */
  maxAttributeNameBytes: 255,
  /** Read / write units per table and per GSI, the default (adjustable) quota: above it, a warning. */
  defaultCapacityQuota: 40_000,
  /**
   * Read / write units of all provisioned tables and GSIs of an account in a Region, the default
   * (adjustable) quota: one table and its GSIs together above it cannot be created either.
   */
  defaultAccountCapacityQuota: 80_000,
} as const;
