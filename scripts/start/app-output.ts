// Which lines of the api's and the worker's output `npm start` shows: warnings and errors (with the
// lines that continue them, e.g. a stack trace), never the routine initialisation; everything with
// LOG_LEVEL=debug. Every line goes to the process's log file regardless.
import { stripVTControlCharacters } from 'node:util';
import type { Stream } from '../stack/process.ts';

type Level = 'quiet' | 'loud';

// The first line of a record and its level: Nest's logger, Temporal's ("<ISO date> [WARN] …"), JSON
// loggers ("level":"warn", or pino's numbers: 40 and up are warnings and errors), Node's own warnings,
// and a thrown error's first line.
const HEADERS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^\[Nest\]\s+\d+\s+-\s.*?\s(LOG|ERROR|WARN|DEBUG|VERBOSE|FATAL)\s/, (m) => m[1]],
  [/^\d{4}-\d\d-\d\dT\S+\s+\[(\w+)\]/, (m) => m[1]],
  [/^\{.*?"level"\s*:\s*(?:"(\w+)"|(\d+))/, (m) => m[1] ?? (Number(m[2]) >= 40 ? 'warn' : 'info')],
  [/^\(node:\d+\) (?:\[\w+\] )?\w*Warning/, () => 'warn'],
  [/^(?:\w*Error|\w*Exception|Uncaught)\b/, () => 'error'],
];

function levelOf(line: string): Level | undefined {
  const text = stripVTControlCharacters(line);
  for (const [re, level] of HEADERS) {
    const m = re.exec(text);
    if (m) return /^(error|fatal|warn|warning)$/i.test(level(m)) ? 'loud' : 'quiet';
  }
  return undefined;
}

/**
 * A line filter for one process: true for the lines to show. A record's level carries over to the
 * lines after it that have none; before any record, stderr shows and stdout does not.
 */
export function appOutputFilter(showAll: boolean): (line: string, stream: Stream) => boolean {
  const current: Record<Stream, Level | undefined> = { stdout: undefined, stderr: undefined };
  return (line, stream) => {
    const level = levelOf(line);
    if (level) current[stream] = level;
    if (showAll) return true;
    const effective = current[stream] ?? (stream === 'stderr' ? 'loud' : 'quiet');
    return effective === 'loud';
  };
}
