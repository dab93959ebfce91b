/** Runs the real CLI in-process against temp project dirs, capturing what it prints. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { main } from '../../src/cli/main.js';
import { engineClient, sharedEngine } from './engine.js';
import type { Io } from '../../src/cli/io.js';

export interface CliResult {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function runCli(args: readonly string[], opts: { isTTY?: boolean } = {}): Promise<CliResult> {
  let out = '';
  let err = '';
  const io: Io = {
    out: (t) => (out += t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => (err += t.endsWith('\n') ? t : `${t}\n`),
    isTTY: opts.isTTY ?? false,
    color: false,
  };
  const code = await main(args, io);
  return { code, out, err };
}

/** A throw-away project directory: `files` maps relative paths to contents. */
export class TempProject {
  readonly dir: string;

  constructor(files: Readonly<Record<string, string>> = {}) {
    this.dir = mkdtempSync(join(tmpdir(), 'ddbm-proj-'));
    for (const [path, text] of Object.entries(files)) this.write(path, text);
  }

  write(path: string, text: string): this {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    return this;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** What a CLI suite on the shared engine needs; register it inside `describe` (it adds before/after hooks). */
export interface EngineProjects {
  readonly endpoint: string;
  readonly client: DynamoDBClient;
  /** A temp project, removed after the suite. */
  project(files?: Readonly<Record<string, string>>): TempProject;
  /** `--endpoint-url <engine> --region local`. */
  target(): string[];
}

export function useEngineProjects(): EngineProjects {
  let endpoint = '';
  let client: DynamoDBClient | null = null;
  const projects: TempProject[] = [];
  before(async () => {
    endpoint = (await sharedEngine()).endpoint;
    client = engineClient(endpoint);
  });
  after(() => {
    client?.destroy();
    for (const p of projects) p.remove();
  });
  return {
    get endpoint() {
      return endpoint;
    },
    get client() {
      if (!client) throw new Error('useEngineProjects: the client exists once the before() hook has run');
      return client;
    },
    project(files = {}) {
      const p = new TempProject(files);
      projects.push(p);
      return p;
    },
    target: () => ['--endpoint-url', endpoint, '--region', 'local'],
  };
}
