/** The exact UpdateContributorInsights requests (API_UpdateContributorInsights), from the planner's steps, and how a status reads. */
import { expect } from 'chai';
import { updateInsightsInput } from '../../src/exec/sdk-inputs.js';
import { insightsModeOf } from '../../src/live/contributor-insights.js';
import type { Step } from '../../src/model/step.js';
import { planOf, scenario } from '../plan/scenarios.js';

type InsightsStep = Extract<Step, { kind: 'UpdateContributorInsights' }>;
const requests = (name: string) =>
  (planOf(scenario(name)).tables[0]?.steps ?? []).filter((s): s is InsightsStep => s.kind === 'UpdateContributorInsights').map(updateInsightsInput);

describe('exec: SDK requests for contributor insights', () => {
  it('enable: ENABLE with the mode; the table first, then each index by name', () => {
    expect(requests('insights-table-and-indexes')).to.deep.equal([
      { TableName: 'messages', ContributorInsightsAction: 'ENABLE', ContributorInsightsMode: 'THROTTLED_KEYS' },
      { TableName: 'messages', IndexName: 'by-group', ContributorInsightsAction: 'ENABLE', ContributorInsightsMode: 'THROTTLED_KEYS' },
      { TableName: 'messages', IndexName: 'by-user', ContributorInsightsAction: 'ENABLE', ContributorInsightsMode: 'ACCESSED_AND_THROTTLED_KEYS' },
    ]);
  });

  it('a mode change is an ENABLE with the new mode; remove is DISABLE without a mode', () => {
    expect(requests('insights-change-mode')).to.deep.equal([{ TableName: 'messages', ContributorInsightsAction: 'ENABLE', ContributorInsightsMode: 'THROTTLED_KEYS' }]);
    expect(requests('insights-disable-table')).to.deep.equal([{ TableName: 'messages', ContributorInsightsAction: 'DISABLE' }]);
  });

  it('a created table and a new index get theirs after the create', () => {
    expect(requests('insights-create-table')).to.deep.equal([
      { TableName: 'messages', ContributorInsightsAction: 'ENABLE', ContributorInsightsMode: 'ACCESSED_AND_THROTTLED_KEYS' },
      { TableName: 'messages', IndexName: 'by-user', ContributorInsightsAction: 'ENABLE', ContributorInsightsMode: 'THROTTLED_KEYS' },
    ]);
    expect(requests('insights-new-index-after-create')).to.deep.equal([{ TableName: 'messages', IndexName: 'by-user', ContributorInsightsAction: 'ENABLE', ContributorInsightsMode: 'THROTTLED_KEYS' }]);
  });

  it('reads ENABLED / ENABLING as on in its mode (no mode: ACCESSED_AND_THROTTLED_KEYS), anything else as off', () => {
    expect(insightsModeOf({ ContributorInsightsStatus: 'ENABLED', ContributorInsightsMode: 'THROTTLED_KEYS' })).to.equal('THROTTLED_KEYS');
    expect(insightsModeOf({ ContributorInsightsStatus: 'ENABLING' })).to.equal('ACCESSED_AND_THROTTLED_KEYS');
    for (const s of ['DISABLED', 'DISABLING', 'FAILED'] as const) expect(insightsModeOf({ ContributorInsightsStatus: s, ContributorInsightsMode: 'THROTTLED_KEYS' }), s).to.equal(null);
  });
});
