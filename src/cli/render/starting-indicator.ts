/**
 * The one line a command prints while it waits for the embedded engine to start: with a spinner
 * on a terminal, plain otherwise. Hand-written (ten lines) rather than a spinner dependency.
 */
export interface StartingOutput {
  /** Standard output is a terminal (an interactive run: draw the spinner when `inline` is there). */
  readonly isTTY: boolean;
  /** Writes to standard error without a line end; present when standard error is a terminal. */
  readonly inline?: ((text: string) => void) | undefined;
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
  const inline = out.isTTY ? out.inline : undefined;
  return {
    start() {
      if (out.quiet || started) return;
      started = true;
      if (!inline) {
        out.err(TEXT);
        return;
      }
      let i = 0;
      const draw = () => inline(`\r${FRAMES[i++ % FRAMES.length] ?? ''} ${TEXT}`);
      draw();
      timer = setInterval(draw, 80);
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
      if (inline && started) inline('\r\x1b[2K');
    },
    done(line) {
      if (!out.quiet) out.err(line);
    },
  };
}
