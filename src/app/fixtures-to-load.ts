/**
 * Which tables' fixtures `apply` loads, and why: only where the fixtures changed since they were
 * last loaded on this endpoint, where the plan creates or replaces the table, or with
 * `reloadFixtures`. `seed` and `reset` always load (see fixtures.ts, which records the digest).
 */
import type { Plan } from '../model/plan.js';
import type { TableShape } from '../model/table-shape.js';
import { fixtureDigest, recordedFixtureDigest } from '../state/fixture-digest.js';
import type { Project } from './project.js';

/** Why a table's fixtures load after an apply, or why not. */
export type FixtureReason = 'reload-flag' | 'table-created' | 'table-replaced' | 'never-loaded' | 'changed' | 'unchanged' | 'no-fixtures';

/** Whether apply loads one table's fixtures, and why. */
export interface FixtureDecision {
  readonly table: TableShape;
  readonly load: boolean;
  readonly reason: FixtureReason;
}

const LOADS: Readonly<Record<FixtureReason, boolean>> = {
  'reload-flag': true,
  'table-created': true,
  'table-replaced': true,
  'never-loaded': true,
  changed: true,
  unchanged: false,
  'no-fixtures': false,
};

/** One decision per table of `tables`, from the plan and the digests recorded in the control table. */
export async function fixturesToLoad(project: Project, tables: readonly TableShape[], plan: Plan, reload: boolean): Promise<FixtureDecision[]> {
  const control = project.controlTable;
  const kinds = new Map(plan.tables.map((t) => [t.table, t.change.kind]));
  return Promise.all(
    tables.map(async (table): Promise<FixtureDecision> => {
      const reason = await reasonFor(project, control, table, kinds.get(table.name), reload);
      return { table, load: LOADS[reason], reason };
    }),
  );
}

async function reasonFor(project: Project, control: string, table: TableShape, kind: string | undefined, reload: boolean): Promise<FixtureReason> {
  const digest = await fixtureDigest(project.dir, table);
  if (digest === null) return 'no-fixtures';
  if (reload) return 'reload-flag';
  if (kind === 'CreateTable') return 'table-created';
  if (kind === 'ReplaceTable') return 'table-replaced';
  const recorded = await recordedFixtureDigest(project.client, control, table.name);
  if (recorded === null) return 'never-loaded';
  return recorded === digest ? 'unchanged' : 'changed';
}

/** The tables to load. */
export function tablesToLoad(decisions: readonly FixtureDecision[]): TableShape[] {
  return decisions.filter((d) => d.load).map((d) => d.table);
}
