/**
 * The one line a command prints while it waits for the embedded engine to start: with a spinner
 * on a terminal, plain otherwise. Hand-written (ten lines) rather than a spinner dependency.
 */
export interface StartingOutput {
  /** Standard error is a terminal: draw the spinner. */
  readonly isTTY: boolean;
  readonly quiet: boolean;
  readonly err: (text: string) => void;
  /** Always printed, even with quiet. */
  readonly warn: (text: string) => void;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const TEXT = 'starting the embedded DynamoDB Local…';

export function startingIndicator(out: StartingOutput): { start(): void; stop(): void; done(line: string): void } {
  let timer: NodeJS.Timeout | null = null;
  let started = false;
  const tty = out.isTTY && Boolean(process.stderr.isTTY);
  return {
    start() {
      if (out.quiet || started) return;
      started = true;
      if (!tty) {
        out.err(TEXT);
        return;
      }
      let i = 0;
      const draw = () => process.stderr.write(`\r${FRAMES[i++ % FRAMES.length] ?? ''} ${TEXT}`);
      draw();
      timer = setInterval(draw, 80);
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
      if (tty && started) process.stderr.write('\r\x1b[2K');
    },
    done(line) {
      if (!out.quiet) out.err(line);
    },
  };
}
