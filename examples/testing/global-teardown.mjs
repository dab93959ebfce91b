// Jest's globalTeardown: stops the DynamoDB Local that global-setup.mjs started.
import { teardown } from './global-setup.mjs';

export default async function globalTeardown() {
  await teardown();
}
