/**
 * Golden scenarios for contributor insights (issue 14.6): the table and each GSI, each its own
 * UpdateContributorInsights (ENABLE with the mode, or DISABLE), after the index creates; a new or
 * rebuilt index gets its insights after it is created; an endpoint without the operations masks it.
 */
import type { ContributorInsights } from '../../src/model/table-shape.js';
import { gsi, live, onDemand, table } from '../support/builders.js';
import type { Scenario } from './scenarios.js';

const ci = (t: ContributorInsights['table'], indexes: ContributorInsights['indexes'] = {}): ContributorInsights => ({ table: t, indexes });
const idx = (name: string, over: Parameters<typeof gsi>[1] = {}) => gsi(name, { capacity: null, onDemand: { maxRead: null, maxWrite: null }, ...over });
const od = (insights: ContributorInsights, ...indexes: ReturnType<typeof idx>[]) => table({ billing: onDemand(), globalIndexes: indexes, contributorInsights: insights });

export const CONTRIBUTOR_INSIGHTS_SCENARIOS: readonly Scenario[] = [
  { name: 'insights-enable-table', desired: [od(ci('ACCESSED_AND_THROTTLED_KEYS'))], live: [live(od(ci(null)))], steps: ['UpdateContributorInsights'], impact: 'update' },
  { name: 'insights-change-mode', desired: [od(ci('THROTTLED_KEYS'))], live: [live(od(ci('ACCESSED_AND_THROTTLED_KEYS')))], steps: ['UpdateContributorInsights'], impact: 'update' },
  { name: 'insights-disable-table', desired: [od(ci(null))], live: [live(od(ci('THROTTLED_KEYS')))], steps: ['UpdateContributorInsights'], impact: 'update' },
  {
    // Table and two indexes: one call each, the table first, then the indexes by name.
    name: 'insights-table-and-indexes',
    desired: [od(ci('THROTTLED_KEYS', { 'by-group': 'THROTTLED_KEYS', 'by-user': 'ACCESSED_AND_THROTTLED_KEYS' }), idx('by-group'), idx('by-user'))],
    live: [live(od(ci(null, { 'by-user': 'THROTTLED_KEYS' }), idx('by-group'), idx('by-user')))],
    steps: ['UpdateContributorInsights', 'UpdateContributorInsights', 'UpdateContributorInsights'],
    impact: 'update',
  },
  {
    name: 'insights-new-index-after-create',
    desired: [od(ci(null, { 'by-user': 'THROTTLED_KEYS' }), idx('by-user'))],
    live: [live(od(ci(null)))],
    steps: ['CreateGlobalIndex', 'UpdateContributorInsights'],
    impact: 'update',
    codes: ['DM104_GSI_BACKFILL'],
  },
  {
    // A rebuilt index starts without insights: they are enabled again after the create.
    name: 'insights-rebuilt-index-enabled-again',
    desired: [od(ci(null, { 'by-user': 'THROTTLED_KEYS' }), idx('by-user', { projection: { type: 'KEYS_ONLY' } }))],
    live: [live(od(ci(null, { 'by-user': 'THROTTLED_KEYS' }), idx('by-user')))],
    steps: ['DeleteGlobalIndex', 'CreateGlobalIndex', 'UpdateContributorInsights'],
    impact: 'update',
    codes: ['DM004_RECREATE_GSI', 'DM104_GSI_BACKFILL'],
  },
  // A dropped index takes its insights with it: nothing to disable.
  { name: 'insights-dropped-index-nothing-to-disable', desired: [od(ci(null))], live: [live(od(ci(null, { 'by-user': 'THROTTLED_KEYS' }), idx('by-user')))], steps: ['DeleteGlobalIndex'], impact: 'update', codes: ['DM003_DROP_GSI'] },
  { name: 'insights-create-table', desired: [od(ci('ACCESSED_AND_THROTTLED_KEYS', { 'by-user': 'THROTTLED_KEYS' }), idx('by-user'))], live: [], steps: ['CreateTable', 'UpdateContributorInsights', 'UpdateContributorInsights'], impact: 'create' },
  { name: 'insights-unsupported-endpoint-masked', desired: [od(ci('THROTTLED_KEYS'))], live: [live(od(ci(null)), { unsupported: ['contributorInsights'] })], steps: [], impact: 'no-op' },
];
