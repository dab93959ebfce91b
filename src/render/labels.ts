/** Short human labels for the model's values, shared by every renderer. */
import type { IndexThroughput } from '../model/change.js';
import type { Impact } from '../model/change.js';
import type { WaitFor } from '../model/step.js';
import type {
  Billing,
  GlobalIndexShape,
  LocalIndexShape,
  OnDemandLimits,
  ProvisionedCapacity,
} from '../model/table-shape.js';
import { keyLabel, projectionLabel } from '../model/labels.js';

export { keyLabel, projectionLabel } from '../model/labels.js';

export function capacityLabel(c: ProvisionedCapacity): string {
  return `read ${c.read}, write ${c.write}`;
}

function limitsLabel(l: OnDemandLimits | null): string {
  if (!l || (l.maxRead === null && l.maxWrite === null)) return '';
  const parts = [l.maxRead !== null ? `maxRead ${l.maxRead}` : '', l.maxWrite !== null ? `maxWrite ${l.maxWrite}` : ''];
  return parts.filter(Boolean).join(', ');
}

export function billingLabel(b: Billing): string {
  if (b.mode === 'PROVISIONED') return `PROVISIONED (${capacityLabel(b)})`;
  const limits = limitsLabel(b);
  return limits ? `PAY_PER_REQUEST (${limits})` : 'PAY_PER_REQUEST';
}

export function throughputLabel(t: IndexThroughput): string {
  if (t.capacity) return capacityLabel(t.capacity);
  const limits = limitsLabel(t.onDemand);
  return limits ? `on-demand (${limits})` : 'on-demand';
}

export function globalIndexLabel(i: GlobalIndexShape): string {
  const parts = [
    `partition ${keyLabel(i.partitionKey)}`,
    ...(i.sortKey ? [`sort ${keyLabel(i.sortKey)}`] : []),
    `projection ${projectionLabel(i.projection)}`,
    throughputLabel(i),
  ];
  return parts.join(', ');
}

export function localIndexLabel(i: LocalIndexShape): string {
  return `sort ${keyLabel(i.sortKey)}, projection ${projectionLabel(i.projection)}`;
}

export function onOff(value: string | null): string {
  return value ?? 'off';
}

export const IMPACT_SYMBOL: Readonly<Record<Impact, string>> = {
  create: '+',
  update: '~',
  replace: '-/+',
  destroy: '-',
  'no-op': ' ',
};

export const IMPACT_LABEL: Readonly<Record<Impact, string>> = {
  create: 'create',
  update: 'update in place',
  replace: 'replace: delete, then create',
  destroy: 'destroy',
  'no-op': 'up to date',
};

export const WAIT_LABEL: Readonly<Record<WaitFor, string>> = {
  none: '',
  'table-active': 'wait: table and indexes ACTIVE',
  'table-gone': 'wait: table gone',
};

/** The closing line: Terraform's, with DynamoDB's four actions. */
export function closingLine(s: {
  readonly create: number;
  readonly update: number;
  readonly replace: number;
  readonly destroy: number;
  readonly unchanged: number;
}): string {
  if (s.create + s.update + s.replace + s.destroy === 0) return `No changes. ${s.unchanged} ${s.unchanged === 1 ? 'table' : 'tables'} up to date.`;
  return `Plan: ${s.create} to create, ${s.update} to update, ${s.replace} to replace, ${s.destroy} to destroy.`;
}
