import { expect } from 'chai';
import type { Plan } from '../../src/model/plan.js';
import { renderJson } from '../../src/render/render-json.js';
import { renderText } from '../../src/render/render-text.js';

const EMPTY: Plan = { tables: [], summary: { create: 0, update: 0, replace: 0, destroy: 0, unchanged: 1 } };
const WITH: Plan = {
  ...EMPTY,
  migrations: [
    { id: '0002_split', phase: 'before', tables: [], status: 'resuming' },
    { id: '0001_backfill_message_group_uuid', phase: 'after', tables: ['cruddur-messages'], description: 'Copy message_group_uuid onto MSG# rows', status: 'pending' },
  ],
};

describe('render: data migrations section', () => {
  it('text lists each pending migration in run order with phase, tables, description and resuming', () => {
    expect(renderText(WITH, { color: false })).to.equal(
      [
        'Data migrations:',
        '  > 0002_split  (before the schema steps; resuming from its checkpoint)',
        '  > 0001_backfill_message_group_uuid  (after the schema steps; tables: cruddur-messages)',
        '      Copy message_group_uuid onto MSG# rows',
        '',
        '2 data migration(s) to run.',
        'No changes. 1 table up to date.',
        '',
      ].join('\n'),
    );
  });

  it('JSON has a migrations array with id, phase, tables, status (and description when set)', () => {
    const doc = JSON.parse(renderJson(WITH)) as { migrations: unknown };
    expect(doc.migrations).to.deep.equal([
      { id: '0002_split', phase: 'before', tables: [], status: 'resuming' },
      { id: '0001_backfill_message_group_uuid', phase: 'after', tables: ['cruddur-messages'], status: 'pending', description: 'Copy message_group_uuid onto MSG# rows' },
    ]);
  });

  it('no pending migrations (absent or empty): output identical to a plan without the field', () => {
    const none: Plan = { ...EMPTY, migrations: [] };
    expect(renderText(none, { color: false })).to.equal(renderText(EMPTY, { color: false }));
    expect(renderJson(none)).to.equal(renderJson(EMPTY));
    expect(renderJson(EMPTY)).to.not.contain('migrations');
  });
});
