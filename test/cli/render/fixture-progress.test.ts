/** The CLI's fixture-load progress (moved from src/seed/progress.ts): a summary line per table off a terminal. */
import { expect } from 'chai';
import { createProgress, summaryLine } from '../../../src/cli/render/fixture-progress.js';

describe('cli render: fixture progress', () => {
  it('off a terminal: no bar, one summary line through the io when the table is loaded', () => {
    const lines: string[] = [];
    const bar = createProgress({ isTTY: false, err: (s) => lines.push(s) }, 'messages', 60);
    bar.update({ written: 30, elapsedMs: 100 });
    expect(lines).to.deep.equal([]);
    bar.done({ written: 60, ms: 1_400, retries: 0 });
    expect(lines).to.have.length(1);
    expect(lines[0]).to.match(/^messages: 60 items in 1\.4 s \([\d,]+ items\/s\)$/);
  });

  it('says retries, singular and plural', () => {
    expect(summaryLine('t', { written: 2_000, ms: 1_000, retries: 1 })).to.equal('t: 2,000 items in 1.0 s (2,000 items/s, 1 retry)');
    expect(summaryLine('t', { written: 10, ms: 0, retries: 3 })).to.equal('t: 10 items in 0.0 s (10 items/s, 3 retries)');
  });
});
