// The browser of the console's tests: CHROMIUM_PATH, else Debian's chromium at /usr/bin/chromium,
// installed with apt-get when missing and we are root (as on a fresh CI machine).
import { existsSync } from 'node:fs';
import { runToCompletion, type Logger } from '../stack/process.ts';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

async function aptGet(args: string[]): Promise<boolean> {
  const { code } = await runToCompletion({
    name: 'apt-get',
    command: 'apt-get',
    args,
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    echo: true,
    timeoutMs: 900_000,
    allowFailure: true,
  });
  return code === 0;
}

/** The Chromium executable, or undefined (with a message saying how to get one) when there is none. */
export async function ensureChromium(log: Logger): Promise<string | undefined> {
  const override = process.env.CHROMIUM_PATH;
  if (override) {
    if (!existsSync(override)) throw new Error(`CHROMIUM_PATH=${override} does not exist`);
    return override;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (process.getuid?.() !== 0) {
    log(
      `Chromium not found (${DEBIAN_CHROMIUM}): browser tests will fail. Install it (sudo apt-get install chromium) or set CHROMIUM_PATH.`,
    );
    return undefined;
  }
  log('Chromium (the test browser): installing with apt-get install -y chromium …');
  // A fresh machine may have no package lists yet: update once, only when the install needs it.
  const installed =
    (await aptGet(['install', '-y', '-q', 'chromium'])) ||
    ((await aptGet(['update', '-q'])) && (await aptGet(['install', '-y', '-q', 'chromium'])));
  if (!installed || !existsSync(DEBIAN_CHROMIUM))
    throw new Error('apt-get could not install chromium (see its output above); or set CHROMIUM_PATH');
  log(`Chromium: ${DEBIAN_CHROMIUM}`);
  return DEBIAN_CHROMIUM;
}
