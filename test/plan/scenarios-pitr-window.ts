/**
 * Golden scenarios for the PITR recovery period (issue 14.4): `pointInTimeRecovery: { enabled: true,
 * recoveryPeriodDays: 1..35 }`, AWS's default 35 when left out (and for `true`). An enable carries
 * its period; a period change of a PITR that stays on is its own UpdateContinuousBackups; shortening
 * it loses restore points (destructive DM012).
 */
import { live, table } from '../support/builders.js';
import type { Scenario } from './scenarios.js';

const pitr = (days: number | null) => table({ pointInTimeRecovery: true, pointInTimeRecoveryDays: days });

export const PITR_WINDOW_SCENARIOS: readonly Scenario[] = [
  { name: 'pitr-window-enable-with-7-days', desired: [pitr(7)], live: [live(table())], steps: ['UpdatePointInTimeRecovery'], impact: 'update' },
  { name: 'pitr-window-lengthen', desired: [pitr(14)], live: [live(pitr(7))], steps: ['UpdatePointInTimeRecovery'], impact: 'update' },
  {
    name: 'pitr-window-shorten-is-destructive',
    desired: [pitr(3)],
    live: [live(pitr(null))],
    steps: ['UpdatePointInTimeRecovery'],
    impact: 'update',
    codes: ['DM012_SHORTEN_RECOVERY_PERIOD'],
  },
  // Removing the period from the spec is AWS's default again: 35 days, sent explicitly.
  { name: 'pitr-window-removed-back-to-35', desired: [pitr(null)], live: [live(pitr(7))], steps: ['UpdatePointInTimeRecovery'], impact: 'update' },
  { name: 'pitr-window-create-table', desired: [pitr(7)], live: [], steps: ['CreateTable', 'UpdatePointInTimeRecovery'], impact: 'create' },
  { name: 'pitr-window-unsupported-masked', desired: [pitr(7)], live: [live(table(), { unsupported: ['pointInTimeRecovery'] })], steps: [], impact: 'no-op' },
];
