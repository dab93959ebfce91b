/**
 * The plan-level words every renderer shares: impact symbols and labels, wait labels, the closing
 * line. How a setting's value is worded lives in model/labels.ts.
 */
import type { Impact } from '../model/change.js';
import type { Step, WaitFor } from '../model/step.js';
import { SERVICE_LABEL, stepService } from '../model/step-service.js';

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
  'encryption-enabled': 'wait: table ACTIVE, encryption ENABLED',
  'warm-throughput-active': 'wait: table and warm throughput ACTIVE',
  'contributor-insights-settled': 'wait: contributor insights ENABLED / DISABLED',
  'kinesis-destination-settled': 'wait: Kinesis destination ACTIVE / DISABLED',
  'replica-active': 'wait: replica ACTIVE in its Region, table ACTIVE',
  'replica-gone': 'wait: replica gone from the table',
  'capacity-in-range': 'wait: table ACTIVE, capacity inside the range',
  'table-gone': 'wait: table gone',
};

/**
 * The service a step calls, before its description: `[Application Auto Scaling] `; nothing for
 * DynamoDB (every other step), so plans of DynamoDB-only changes read as they always did.
 */
export function serviceTag(step: Pick<Step, 'kind'>): string {
  const s = stepService(step);
  return s === 'dynamodb' ? '' : `[${SERVICE_LABEL[s]}] `;
}

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
