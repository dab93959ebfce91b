import { expect } from 'chai';
import { renderJson } from '../../src/render/render-json.js';
import { renderText } from '../../src/render/render-text.js';
import { expectGolden } from './golden.js';
import { planOf, SCENARIOS } from './scenarios.js';

describe('plan golden scenarios', () => {
  it('has at least 25 scenarios with unique names', () => {
    expect(SCENARIOS.length).to.be.at.least(25);
    expect(new Set(SCENARIOS.map((s) => s.name)).size).to.equal(SCENARIOS.length);
  });

  for (const scenario of SCENARIOS) {
    describe(scenario.name, () => {
      const plan = planOf(scenario);
      const first = plan.tables[0];

      it('plans the expected steps, impact and diagnostics', () => {
        expect(first?.steps.map((s) => s.kind) ?? []).to.deep.equal(scenario.steps);
        expect(first?.impact).to.equal(scenario.impact);
        expect(first?.diagnostics.map((d) => d.code) ?? []).to.deep.equal(scenario.codes ?? []);
      });

      it('renders text as in the golden file', () => {
        expectGolden(`${scenario.name}.txt`, renderText(plan, { color: false }));
      });

      it('renders JSON as in the golden file', () => {
        expectGolden(`${scenario.name}.json`, renderJson(plan));
      });
    });
  }
});
