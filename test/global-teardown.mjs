// Global teardown of the test run: stops the services started by global-setup.mjs and removes the temporary folder
// (kept when KEEP_TEST_STACK is set, e.g. to read <tmp>/logs/*.log).
import { rmSync } from 'node:fs';

const HANDLE = Symbol.for('conversations.testStack');

export async function globalTeardown() {
  const handle = globalThis[HANDLE];
  if (!handle) return;
  delete globalThis[HANDLE];
  await handle.stack?.stop();
  if (process.env.KEEP_TEST_STACK) process.stderr.write(`[test-stack] kept ${handle.tmpDir} (KEEP_TEST_STACK)\n`);
  else rmSync(handle.tmpDir, { recursive: true, force: true });
  delete process.env.TEST_STACK_FILE;
}
