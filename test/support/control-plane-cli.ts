/**
 * The set-up every CLI test through the AWS control-plane emulation shares: a control plane in
 * front of the suite's engine for the describe block, closed after it, and the CLI's apply / plan
 * aimed at it.
 */
import { startControlPlane, type ControlPlane, type ControlPlaneOptions } from './aws-control-plane/index.js';
import { runCli, useEngineProjects, type CliResult, type EngineProjects, type TempProject } from './cli.js';

export interface ControlPlaneCli {
  readonly env: EngineProjects;
  /** The running control plane (set in the block's `before`). */
  cp(): ControlPlane;
  /** The target flags for the control plane's endpoint. */
  target(): string[];
  apply(p: TempProject, ...more: string[]): Promise<CliResult>;
  /** `plan --detailed-exitcode`: 0 no changes, 2 changes. */
  plan(p: TempProject): Promise<CliResult>;
}

/** Call inside a `describe`: registers the before / after hooks. */
export function useControlPlaneCli(opts: Omit<ControlPlaneOptions, 'target'> = {}): ControlPlaneCli {
  const env = useEngineProjects();
  let cp: ControlPlane | undefined;
  before(async () => {
    cp = await startControlPlane({ ...opts, target: env.endpoint });
  });
  after(async () => {
    await cp?.close();
  });
  const running = (): ControlPlane => {
    if (!cp) throw new Error('the control plane is not started (call useControlPlaneCli inside a describe)');
    return cp;
  };
  const target = () => ['--endpoint-url', running().endpoint, '--region', 'local'];
  return {
    env,
    cp: running,
    target,
    apply: (p, ...more) => runCli(['apply', '--dir', p.dir, ...target(), '--yes', '--no-fixtures', ...more]),
    plan: (p) => runCli(['plan', '--dir', p.dir, ...target(), '--detailed-exitcode']),
  };
}
