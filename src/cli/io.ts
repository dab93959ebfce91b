/** Where a command writes: passed in, never the global console, so tests capture it. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Standard output is a terminal (progress bars, prompts). */
  readonly isTTY: boolean;
  /** Colour allowed: a TTY, no `--no-color`, no `NO_COLOR`. */
  readonly color: boolean;
  /** True once the reader of standard output went away (`| head -1`): stop producing output. */
  readonly outClosed?: () => boolean;
  /**
   * Writes to standard error without a line end (a redrawn spinner or wait line); present only
   * when standard error is a terminal. Without it, progress prints whole lines through `err`.
   */
  readonly errInline?: (text: string) => void;
}

/**
 * Standard output's own write, taken when this module loads: the CLI process points
 * `process.stdout.write` at stderr for project code (see process-entry.ts); the tool writes here.
 */
const toolStdoutWrite: typeof process.stdout.write = process.stdout.write.bind(process.stdout);

export function processIo(opts: { color?: boolean | undefined } = {}): Io {
  const isTTY = Boolean(process.stdout.isTTY);
  const noColorEnv = process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '';
  return {
    // After EPIPE the stream is destroyed at once (its error event comes later): drop the output.
    out: (t) => {
      if (!process.stdout.destroyed) toolStdoutWrite(t.endsWith('\n') ? t : `${t}\n`);
    },
    outClosed: () => process.stdout.destroyed,
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    ...(process.stderr.isTTY ? { errInline: (t: string) => void process.stderr.write(t) } : {}),
    isTTY,
    color: isTTY && !noColorEnv && opts.color !== false,
  };
}
