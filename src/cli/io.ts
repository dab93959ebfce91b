/** Where a command writes: passed in, never the global console, so tests capture it. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Standard output is a terminal (progress bars, prompts). */
  readonly isTTY: boolean;
  /** Colour allowed: a TTY, no `--no-color`, no `NO_COLOR`. */
  readonly color: boolean;
}

export function processIo(opts: { color?: boolean | undefined } = {}): Io {
  const isTTY = Boolean(process.stdout.isTTY);
  const noColorEnv = process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '';
  return {
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    isTTY,
    color: isTTY && !noColorEnv && opts.color !== false,
  };
}
