// npm's postinstall (`npm ci`): the service binaries of the embedded stack.
import { installBinaries } from '../install/binaries.ts';

export function main(): number {
  try {
    installBinaries((m) => console.log(`[install] ${m}`));
    return 0;
  } catch (err) {
    console.error(`[install] ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}
