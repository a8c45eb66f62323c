// `npm run build`: the server code (swc → dist) and, when there is one, the console (Vite → dist/console).
import { build } from '../build/build.ts';

export async function main(): Promise<number> {
  try {
    await build({ log: (m) => console.log(`[build] ${m}`), echo: true });
    return 0;
  } catch (err) {
    console.error(`[build] ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}
