/** A small constructor so every step gets its table, cause, wait and notes in one place. */
import type { SettingChange, TableChange } from '../model/change.js';
import type { Step, WaitFor } from '../model/step.js';

type StepBody = Step extends infer S ? (S extends Step ? Omit<S, 'table' | 'cause' | 'wait' | 'notes'> : never) : never;

export function makeStep(
  table: string,
  cause: TableChange | SettingChange,
  wait: WaitFor,
  body: StepBody,
  notes: readonly string[] = [],
): Step {
  return { table, cause, wait, notes, ...body } as Step;
}
