import { expect } from 'chai';
import type { Io } from '../../../src/cli/io.js';
import { dispatch } from '../../../src/cli/render/dispatch.js';
import { progressHandlers } from '../../../src/cli/render/progress.js';
import { step } from '../../support/builders.js';

/** An Io that records line writes and inline (terminal) writes apart. */
function recordingIo(opts: { isTTY: boolean; inline: boolean }) {
  const lines: string[] = [];
  const inline: string[] = [];
  const io: Io = {
    out: () => undefined,
    err: (t) => lines.push(t),
    isTTY: opts.isTTY,
    color: false,
    ...(opts.inline ? { errInline: (t: string) => void inline.push(t) } : {}),
  };
  return { io, lines, inline };
}

const deleteStep = step('messages', { kind: 'DeleteTable' });

describe('cli render: progress on the Io', () => {
  it('on a terminal, redraws the wait line through the Io (never process.stderr) and ends it before the next line', () => {
    const rec = recordingIo({ isTTY: true, inline: true });
    const sink = dispatch(progressHandlers(rec.io, { quiet: false, engineQuiet: false }));
    sink({ kind: 'waiting', table: 'messages', step: deleteStep, message: 'waiting for messages to be deleted (1 s)', elapsedMs: 1000 });
    sink({ kind: 'waiting', table: 'messages', step: deleteStep, message: 'waiting for messages to be deleted (2 s)', elapsedMs: 2000 });
    sink({ kind: 'retry', table: 'messages', step: deleteStep, attempt: 1, delayMs: 50, reason: 'throttled' });
    expect(rec.inline).to.deep.equal(['\r\x1b[2K  waiting for messages to be deleted (1 s)', '\r\x1b[2K  waiting for messages to be deleted (2 s)', '\n']);
    expect(rec.lines).to.deep.equal(['  retry 1 in 50 ms: throttled']);
  });

  it('without an inline writer (standard error not a terminal), waits are whole lines, repeated at most every 15 s', () => {
    const rec = recordingIo({ isTTY: true, inline: false });
    const sink = dispatch(progressHandlers(rec.io, { quiet: false, engineQuiet: false }));
    for (const ms of [0, 5_000, 16_000]) sink({ kind: 'waiting', table: 'messages', step: deleteStep, message: `waiting ${ms}`, elapsedMs: ms });
    expect(rec.lines).to.deep.equal(['  waiting 0', '  waiting 16000']);
    expect(rec.inline).to.deep.equal([]);
  });

  it('the engine spinner draws and clears through the Io on a terminal, and is one plain line otherwise', () => {
    const tty = recordingIo({ isTTY: true, inline: true });
    const ttySink = dispatch(progressHandlers(tty.io, { quiet: false, engineQuiet: false }));
    ttySink({ kind: 'engine-starting' });
    ttySink({ kind: 'engine-starting-ended' });
    expect(tty.inline[0]).to.match(/starting the embedded DynamoDB Local…$/);
    expect(tty.inline.at(-1)).to.equal('\r\x1b[2K');
    expect(tty.lines).to.deep.equal([]);

    const log = recordingIo({ isTTY: false, inline: false });
    const logSink = dispatch(progressHandlers(log.io, { quiet: false, engineQuiet: false }));
    logSink({ kind: 'engine-starting' });
    logSink({ kind: 'engine-starting-ended' });
    expect(log.lines).to.deep.equal(['starting the embedded DynamoDB Local…']);
  });
});
