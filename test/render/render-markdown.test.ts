import { expect } from 'chai';
import type { Plan } from '../../src/model/plan.js';
import { renderMarkdown } from '../../src/render/render-markdown.js';
import { renderText } from '../../src/render/render-text.js';
import { expectGolden } from '../plan/golden.js';
import { planOf, scenario } from '../plan/scenarios.js';

/** A plan as the I/O edge returns it when the project has pending data migrations. */
function withMigrations(plan: Plan): Plan {
  return {
    ...plan,
    migrations: [
      {
        id: '0001_backfill_message_group_uuid',
        phase: 'after',
        tables: ['messages'],
        description: 'Copy message_group_uuid onto every MSG# item | for the new index',
        status: 'pending',
      },
      { id: '0002_split_users', phase: 'before', tables: ['messages', 'users'], status: 'resuming' },
    ],
  };
}

describe('renderMarkdown (pull-request review)', () => {
  const goldens = [
    'add-two-gsis',
    'billing-to-on-demand',
    'capacity-decrease',
    'ttl-rename',
    'key-type-change-replaces',
    'prune-on-drops-extra-table',
    // The service column: Application Auto Scaling steps say so.
    'autoscaling-billing-to-on-demand',
  ];
  for (const name of goldens) {
    it(`renders ${name} as in the golden file`, () => {
      expectGolden(`${name}.md`, renderMarkdown(planOf(scenario(name))));
    });
  }

  it('renders pending data migrations and the planned target as in the golden file', () => {
    expectGolden('with-data-migrations.md', renderMarkdown(withMigrations(planOf(scenario('ttl-on'))), { target: '`prod` (AWS us-east-1)' }));
  });

  it('says which environment was planned in the heading', () => {
    const md = renderMarkdown(planOf(scenario('nothing-changed')), { target: '`prod` (AWS us-east-1)' });
    expect(md.split('\n')[0]).to.equal('### ddb-migrate plan for `prod` (AWS us-east-1)');
  });

  it('lists each GSI build as its own step, each with a backfill note', () => {
    const md = renderMarkdown(planOf(scenario('add-two-gsis')));
    expect(md.match(/^\d+\. create GSI /gm)).to.have.length(2);
    expect(md.match(/step \d+: \*\*GSI backfill\*\*/g)).to.have.length(2);
  });

  it('calls out the rate limits: billing switch, TTL once per hour, capacity decreases', () => {
    expect(renderMarkdown(planOf(scenario('billing-to-on-demand')))).to.include('at most 4 times per rolling 24 h');
    expect(renderMarkdown(planOf(scenario('ttl-on')))).to.include('one TTL change per table per hour');
    expect(renderMarkdown(planOf(scenario('capacity-decrease')))).to.include('**Capacity decrease** (`DM105_CAPACITY_DECREASE_LIMIT`)');
    expect(renderMarkdown(planOf(scenario('tags-add')))).not.to.include('Slow or rate-limited');
  });

  it('shows the action per table with destructive codes, and the full text plan folded', () => {
    const plan = planOf(scenario('prune-on-drops-extra-table'));
    const md = renderMarkdown(plan);
    expect(md).to.include('| `-` | `legacy` | destroy | 1 | `DM002_DROP_TABLE` |');
    expect(md).to.include(`<details><summary>Full plan</summary>\n\n\`\`\`text\n${renderText(plan, { color: false }).trimEnd()}\n\`\`\``);
  });

  it('has a Data migrations section only when migrations are pending', () => {
    const plan = planOf(scenario('ttl-on'));
    expect(renderMarkdown(plan)).not.to.include('Data migrations');
    expect(renderMarkdown({ ...plan, migrations: [] })).not.to.include('Data migrations');
    const md = renderMarkdown(withMigrations(plan));
    expect(md).to.include('#### Data migrations');
    expect(md).to.include('| `0002_split_users` | before the schema steps | `messages`, `users` | resumes from its checkpoint | — |');
    // A pipe in a description must not break the table row.
    expect(md).to.include('MSG# item \\| for the new index');
  });
});
