// Everything the api and worker processes print from now on, for checks such as "no password in
// any log line".
import type { System } from '../../support/system';

export interface LogCapture {
  text(): string;
}

export function captureLogs(s: System): LogCapture {
  const chunks: string[] = [];
  for (const p of s.processes) {
    p.stdout?.on('data', (d: Buffer) => chunks.push(d.toString('utf8')));
    p.stderr?.on('data', (d: Buffer) => chunks.push(d.toString('utf8')));
  }
  return { text: () => chunks.join('') };
}
