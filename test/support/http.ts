// Plain HTTP for tests (every status, header and body as the service sent them) and a bounded poll.
import http, { type IncomingHttpHeaders } from 'node:http';

export interface HttpResult<T = unknown> {
  status: number;
  body: T;
  text: string;
  headers: IncomingHttpHeaders;
}

export function httpGet(url: string, headers: Record<string, string> = {}): Promise<HttpResult<any>> {
  return httpRaw('GET', url, undefined, headers);
}

export function httpJson(method: string, url: string, body: unknown, headers: Record<string, string> = {}): Promise<HttpResult<any>> {
  return httpRaw(method, url, JSON.stringify(body), { 'content-type': 'application/json', ...headers });
}

/** One request; the body is parsed as JSON when it is JSON, else left as text. */
export function httpRaw(method: string, url: string, body: string | undefined, headers: Record<string, string>): Promise<HttpResult<any>> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          // plain text body
        }
        resolve({ status: res.statusCode ?? 0, body: parsed, text, headers: res.headers });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Polls `check` every 200 ms until it holds (a throw counts as "not yet"); fails after `timeoutMs`, or when `proc` exits. */
export async function waitFor(
  check: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
  proc?: { exitCode: number | null },
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    if (proc && proc.exitCode !== null) throw new Error(`${what}: process exited with ${proc.exitCode}`);
    try {
      if (await check()) return;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${why}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
