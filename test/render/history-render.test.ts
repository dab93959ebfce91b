import { expect } from 'chai';
import { renderHistoryJson, renderHistoryText } from '../../src/render/history-render.js';
import { historyRecord } from '../state/history-fixture.js';

describe('state: history rendering', () => {
  it('an empty history says where it looked', () => {
    expect(renderHistoryText([], { controlTable: 'ddb-migrate-state' })).to.equal('No applies recorded yet in ddb-migrate-state.');
  });

  it('one aligned row per run, then the failures', () => {
    const text = renderHistoryText(
      [
        historyRecord(3, ['users', 'messages'], {
          result: 'failed',
          runId: 'abcdef12-3456',
          error: 'LimitExceeded on users',
          steps: [
            { table: 'users', description: 'create GSI by-email on users', status: 'failed', ms: 30 },
            { table: 'messages', description: 'tag project', status: 'not-run', ms: 0 },
          ],
        }),
        historyRecord(1, ['messages'], { envName: null, endpoint: 'http://localhost:8000' }),
      ],
      { controlTable: 'x' },
    );
    expect(text).to.equal(
      [
        'STARTED (UTC)        RESULT   TOOK  WHO                         TARGET                 TABLES           STEPS               RUN',
        '2026-11-20 10:03:00  failed   1m    alice@laptop (profile dev)  dev                    users, messages  0/2 done, 1 failed  abcdef12',
        '2026-11-20 10:01:00  success  1m    alice@laptop (profile dev)  http://localhost:8000  messages         1/1 done            run-1',
        '',
        '  abcdef12: LimitExceeded on users',
        '  abcdef12: users: create GSI by-email on users failed',
      ].join('\n'),
    );
  });

  it('JSON carries a format version and the records as stored', () => {
    const r = historyRecord(1, ['messages']);
    expect(JSON.parse(renderHistoryJson([r]))).to.deep.equal({ formatVersion: '1.0', records: [r] });
  });
});

describe('state: history rendering redacts endpoints', () => {
  it('a record stored with user-info in its endpoint (an older version) is printed without it, text and JSON', () => {
    const r = historyRecord(1, ['t'], { envName: null, endpoint: 'http://admin:TopSecretPw@127.0.0.1:8000' });
    const text = renderHistoryText([r], { controlTable: 'c' });
    const json = renderHistoryJson([r]);
    for (const out of [text, json]) {
      expect(out).to.not.match(/TopSecretPw|admin:/);
      expect(out).to.match(/http:\/\/127\.0\.0\.1:8000/);
    }
  });
});
