import http from 'node:http';
import https from 'node:https';

export class MeiliHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

/**
 * meilisearch-js's httpClient hook, on node:http with keep-alive: Node's fetch costs ~44 ms a POST on
 * these machines, a kept-alive node:http request ~1.5 ms (see bench/REPORT.md).
 */
export function keepAliveHttpClient(timeoutMs = 10_000) {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }),
  };
  return (input: string | URL | Request, init?: RequestInit): Promise<unknown> => {
    const url = new URL(input instanceof Request ? input.url : input);
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((v, k) => (headers[k] = v));
    const body = typeof init?.body === 'string' ? init.body : undefined;
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
    const mod = url.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const req = mod.request(
        url,
        { method: init?.method ?? 'GET', headers, agent: agents[url.protocol as 'http:' | 'https:'], timeout: timeoutMs },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const json = text === '' ? undefined : (JSON.parse(text) as { message?: string; code?: string });
            const status = res.statusCode ?? 0;
            if (status >= 200 && status < 300) return resolve(json);
            reject(new MeiliHttpError(status, json?.code, json?.message ?? `Meilisearch answered ${status}`));
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`Meilisearch request timed out after ${timeoutMs} ms`)));
      req.on('error', reject);
      req.end(body);
    });
  };
}
