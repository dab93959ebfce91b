/**
 * Autoscaling ranges as written: a range's min may not exceed its max (Application Auto Scaling
 * refuses such a target: API_RegisterScalableTarget, MinCapacity / MaxCapacity). The schema bounds
 * each value (units of at least 1; a target utilization of 20-90 percent, as DynamoDB documents).
 * A range on an on-demand table is the billing check's (read / write apply to PROVISIONED only). Pure.
 */
import type { CapacityDoc, MergedSpecDoc } from './spec-doc.js';
import type { SpecIssue } from './semantic-checks.js';
import type { PathSegment } from './yaml-source.js';

function inverted(c: CapacityDoc | undefined, path: PathSegment[]): SpecIssue[] {
  if (c === undefined || typeof c === 'number' || c.min <= c.max) return [];
  return [
    {
      code: 'SPEC_AUTOSCALING_RANGE',
      message: `autoscaling range min ${c.min} is above its max ${c.max}`,
      path: [...path, 'min'],
      hint: 'Give a min of at most max (equal values fix the capacity while autoscaling stays registered).',
    },
  ];
}

export function scalingRanges(spec: MergedSpecDoc): SpecIssue[] {
  const b = spec.billing;
  return [
    ...inverted(b?.read, ['billing', 'read']),
    ...inverted(b?.write, ['billing', 'write']),
    ...(spec.globalSecondaryIndexes ?? []).flatMap((g, i) => [...inverted(g.read, ['globalSecondaryIndexes', i, 'read']), ...inverted(g.write, ['globalSecondaryIndexes', i, 'write'])]),
  ];
}
