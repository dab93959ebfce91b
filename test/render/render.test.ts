import { expect } from 'chai';
import { renderJson, wireIndexKeys } from '../../src/render/render-json.js';
import { renderMarkdown } from '../../src/render/render-markdown.js';
import { renderText } from '../../src/render/render-text.js';
import { expectGolden } from '../plan/golden.js';
import { planOf, scenario } from '../plan/scenarios.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

function lastLine(text: string): string {
  return text.trimEnd().split('\n').at(-1) ?? '';
}

describe('renderText', () => {
  it('closes with the Terraform-like counts', () => {
    const text = renderText(planOf(scenario('mixed-create-update-unchanged')), { color: false });
    expect(lastLine(text)).to.equal('Plan: 1 to create, 1 to update, 0 to replace, 0 to destroy.');
  });

  it('closes with "No changes." when nothing changes', () => {
    expect(lastLine(renderText(planOf(scenario('nothing-changed')), { color: false }))).to.equal(
      'No changes. 1 table up to date.',
    );
  });

  it('uses the symbols + ~ -/+ -', () => {
    const headers = (name: string): string => renderText(planOf(scenario(name)), { color: false }).split('\n')[0] ?? '';
    expect(headers('create-table-with-gsi-and-lsi')).to.match(/^ {2}\+ messages/);
    expect(headers('ttl-on')).to.match(/^ {2}~ messages/);
    expect(headers('key-type-change-replaces')).to.match(/^-\/\+ messages/);
    expect(headers('prune-deletion-protected')).to.match(/^ {2}- legacy/);
  });

  it('lists unsupported features', () => {
    const text = renderText(planOf(scenario('unsupported-features-masked')), { color: false });
    expect(text).to.include('not supported by this endpoint: tags, pointInTimeRecovery');
  });

  it('colours only when asked', () => {
    const plan = planOf(scenario('everything-at-once'));
    expect(renderText(plan, { color: false })).not.to.match(ANSI);
    const coloured = renderText(plan, { color: true });
    expect(coloured).to.match(ANSI);
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).to.equal(renderText(plan, { color: false }));
  });
});

describe('renderJson', () => {
  it('is versioned and parses back to the plan', () => {
    const plan = planOf(scenario('drop-one-add-one-gsi'));
    const doc = JSON.parse(renderJson(plan)) as Record<string, unknown> & { tables: Array<Record<string, unknown>> };
    expect(doc['formatVersion']).to.equal('1.0');
    expect(doc['summary']).to.deep.equal({ ...plan.summary, destructive: 1 });
    const [t] = doc.tables;
    expect(t?.['change']).to.deep.equal(JSON.parse(JSON.stringify(plan.tables[0]?.change, wireIndexKeys)));
    expect((t?.['steps'] as Array<{ number: number; kind: string }>).map((s) => [s.number, s.kind])).to.deep.equal([
      [1, 'DeleteGlobalIndex'],
      [2, 'CreateGlobalIndex'],
    ]);
  });
});

describe('renderMarkdown', () => {
  for (const name of ['everything-at-once', 'mixed-create-update-unchanged', 'nothing-changed', 'multi-key-gsi-reorder-rebuilds']) {
    it(`renders ${name} as in the golden file`, () => {
      expectGolden(`${name}.md`, renderMarkdown(planOf(scenario(name))));
    });
  }

  it('names the destructive codes per table and folds the full text plan', () => {
    const md = renderMarkdown(planOf(scenario('stream-disable')));
    expect(md).to.include('| `~` | `messages` | update in place | 1 | `DM009_DISABLE_STREAM` |');
    expect(md).to.include('<details><summary>Full plan</summary>');
    expect(md).to.include('Plan: 0 to create, 1 to update, 0 to replace, 0 to destroy.');
  });
});
