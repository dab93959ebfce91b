/**
 * Stable problem codes (documented in docs/spec-reference.md) and the mapping from a failing
 * schema field to its domain code, so `read: 0` is a SPEC_CAPACITY problem, not a generic one.
 */
import type { PathSegment } from './yaml-source.js';

const CAPACITY_FIELDS = new Set(['read', 'write', 'maxRead', 'maxWrite']);
const VALUE_KEYWORDS = new Set(['type', 'minimum', 'maximum', 'minLength', 'maxLength', 'pattern', 'maxProperties', 'propertyNames']);
const ITEM_COUNT_KEYWORDS = new Set(['minItems', 'maxItems']);
const INDEX_KEYS = new Set(['partitionKey', 'sortKey']);
const INDEX_LISTS = new Set(['globalSecondaryIndexes', 'localSecondaryIndexes']);

/** Domain code for a schema error on a table file field (environment prefix already stripped). */
export function tableDomainCode(path: readonly PathSegment[], keyword: string): string | null {
  const last = path[path.length - 1];
  const first = path[0];
  if (ITEM_COUNT_KEYWORDS.has(keyword) && path.length === 3 && first === 'globalSecondaryIndexes' && INDEX_KEYS.has(String(last)))
    return 'SPEC_INDEX_KEY_ATTRIBUTES';
  if (!VALUE_KEYWORDS.has(keyword)) return null;
  if (first === 'tags') {
    if (keyword === 'maxProperties') return 'SPEC_TAG_LIMIT';
    if (keyword === 'propertyNames') return 'SPEC_TAG_KEY';
    return path.length === 2 ? 'SPEC_TAG_VALUE' : 'SPEC_TAG';
  }
  if (typeof last === 'string' && CAPACITY_FIELDS.has(last)) return 'SPEC_CAPACITY';
  // An autoscaling range of a read / write capacity.
  if ((last === 'min' || last === 'max') && path.some((p) => p === 'read' || p === 'write')) return 'SPEC_CAPACITY';
  if (last === 'targetUtilization') return 'SPEC_AUTOSCALING_TARGET';
  if (path.length === 1 && last === 'table') return 'SPEC_NAME';
  if (path.length === 3 && INDEX_LISTS.has(String(first)) && last === 'name') return 'SPEC_NAME';
  if (first === 'ttl' && last === 'attribute') return 'SPEC_TTL_NAME';
  if (first === 'sse' && last === 'kmsKey') return 'SPEC_SSE_KEY';
  if (first === 'pointInTimeRecovery' && last === 'recoveryPeriodDays') return 'SPEC_PITR_PERIOD';
  if (first === 'replicas' && last === 'kmsKey') return 'SPEC_SSE_KEY';
  if (first === 'replicas' && (last === 'region' || path.length === 2)) return 'SPEC_REPLICA_REGION';
  if (first === 'replicas' && last === 'name') return 'SPEC_NAME';
  if (last === 'name' || path.includes('include')) return 'SPEC_ATTRIBUTE_NAME';
  return null;
}
