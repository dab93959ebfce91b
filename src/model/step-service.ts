/**
 * The AWS service each step calls, for the plan to show it: DynamoDB, unless listed here (Partial:
 * a new DynamoDB step needs no entry). Pure.
 */
import type { Step, StepKind } from './step.js';

export type StepService = 'dynamodb' | 'application-autoscaling';

/** How plans name each service. */
export const SERVICE_LABEL: Readonly<Record<StepService, string>> = {
  dynamodb: 'DynamoDB',
  'application-autoscaling': 'Application Auto Scaling',
};

const NOT_DYNAMODB: Readonly<Partial<Record<StepKind, StepService>>> = {
  RegisterScalableTarget: 'application-autoscaling',
  PutScalingPolicy: 'application-autoscaling',
  DeregisterScalableTarget: 'application-autoscaling',
};

export function stepService(step: Pick<Step, 'kind'>): StepService {
  return NOT_DYNAMODB[step.kind] ?? 'dynamodb';
}
