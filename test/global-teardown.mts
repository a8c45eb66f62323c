// Global teardown of the test run: stops the services started by global-setup.mts and removes the
// temporary folder (kept when KEEP_TEST_STACK is set, e.g. to read <tmp>/logs/*.log).
import { rmSync } from 'node:fs';
import type { TestStackHandle } from './global-setup.mts';

const HANDLE = Symbol.for('conversations.testStack');
const globals = globalThis as typeof globalThis & { [HANDLE]?: TestStackHandle };

/** Stops the services and removes their folder (also after a failed setup, or on Ctrl-C); idempotent. */
export async function removeStack(handle: TestStackHandle): Promise<void> {
  if (globals[HANDLE] === handle) delete globals[HANDLE];
  await handle.stack?.stop();
  if (process.env.KEEP_TEST_STACK) process.stderr.write(`[test-stack] kept ${handle.tmpDir} (KEEP_TEST_STACK)\n`);
  else rmSync(handle.tmpDir, { recursive: true, force: true });
  handle.removed = true;
  delete process.env.TEST_STACK_FILE;
}

export async function globalTeardown(): Promise<void> {
  const handle = globals[HANDLE];
  if (handle) await removeStack(handle);
}
