// Root hooks shared by every test file: stop every engine the tests started.
import { stopSharedEngine } from './engine.js';

export const mochaHooks = {
  async afterAll(): Promise<void> {
    await stopSharedEngine();
  },
};
