/**
 * Golden scenarios for the resource-based policy (issue 14.6): compared as a JSON document (key
 * order and whitespace do not matter), put or deleted with ExpectedRevisionId (the revision read
 * when planning; NO_POLICY when there was none), after CreateTable for a new table; not destructive.
 */
import { canonicalPolicy } from '../../src/model/resource-policy.js';
import { live, onDemand, table } from '../support/builders.js';
import type { Scenario } from './scenarios.js';

const allow = (account: string) =>
  canonicalPolicy({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'dynamodb:GetItem', Resource: '*' }] });
// The same document with its keys in another order.
const reordered = canonicalPolicy(JSON.parse('{"Statement":[{"Resource":"*","Action":"dynamodb:GetItem","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Effect":"Allow"}],"Version":"2012-10-17"}'));
const od = (resourcePolicy: string | null) => table({ billing: onDemand(), resourcePolicy });

export const RESOURCE_POLICY_SCENARIOS: readonly Scenario[] = [
  { name: 'policy-add', desired: [od(allow('111122223333'))], live: [live(od(null))], steps: ['UpdateResourcePolicy'], impact: 'update' },
  { name: 'policy-change-expects-revision', desired: [od(allow('444455556666'))], live: [live(od(allow('111122223333')), { policyRevision: '1733000000001' })], steps: ['UpdateResourcePolicy'], impact: 'update' },
  { name: 'policy-key-order-is-no-change', desired: [od(reordered)], live: [live(od(allow('111122223333')), { policyRevision: '1733000000001' })], steps: [], impact: 'no-op' },
  { name: 'policy-remove', desired: [od(null)], live: [live(od(allow('111122223333')), { policyRevision: '1733000000001' })], steps: ['UpdateResourcePolicy'], impact: 'update' },
  { name: 'policy-create-table', desired: [od(allow('111122223333'))], live: [], steps: ['CreateTable', 'UpdateResourcePolicy'], impact: 'create' },
  { name: 'policy-unsupported-endpoint-masked', desired: [od(allow('111122223333'))], live: [live(od(null), { unsupported: ['resourcePolicy'] })], steps: [], impact: 'no-op' },
];
