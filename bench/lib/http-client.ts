// A keep-alive node:http JSON client for one local base URL (Node's fetch costs ~44 ms a POST here).
import http from 'node:http';

export interface HttpAnswer {
  status: number;
  /** parsed JSON, or the text when it is not JSON */
  body: unknown;
  text: string;
}

export interface HttpClient {
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<HttpAnswer>;
  close(): void;
}

export function httpClient(base: string, { maxSockets = 256, timeoutMs = 30_000 } = {}): HttpClient {
  const url = new URL(base);
  if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') throw new Error(`refusing non-local URL ${base}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const request = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer> =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
      const h: Record<string, string | number> = { ...headers };
      if (payload !== undefined) {
        h['content-type'] ??= 'application/json';
        h['content-length'] = Buffer.byteLength(payload);
      }
      const req = http.request({ host: url.hostname, port: url.port, method, path, headers: h, agent, timeout: timeoutMs }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // not JSON: the text
          }
          resolve({ status: res.statusCode ?? 0, body: parsed, text });
        });
        res.on('error', reject);
      });
      req.on('timeout', () => req.destroy(new Error(`timeout after ${timeoutMs} ms: ${method} ${path}`)));
      req.on('error', reject);
      req.end(payload);
    });
  return { request, close: () => agent.destroy() };
}
