// A fake OpenAI-compatible chat-completions endpoint that answers after `delayMs`, so a test can kill
// the worker while a review is certainly in flight (REVIEWER=openai, OPENAI_BASE_URL=<url>). Its answer
// follows the reviewer's output contract (libs/reviewer/src/openai/openai.schema.ts).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CRITERION_KEYS } from '@app/reviewer';

export interface SlowReviewer {
  url: string;
  inFlight: number;
  requests: number;
  close(): Promise<void>;
}

export async function startSlowReviewer(delayMs: number): Promise<SlowReviewer> {
  const state = { inFlight: 0, requests: 0 };
  const server = http.createServer((req, res) => {
    state.inFlight++;
    state.requests++;
    req.resume();
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      state.inFlight--;
    };
    res.on('close', finish);
    setTimeout(() => {
      const content = JSON.stringify({
        language: 'en',
        summary: 'The customer asks for a quote for solar panels; the agent asks for the roof size.',
        suggestedStatus: 'QUOTE_REQUEST',
        statusEvidence: [],
        criteria: CRITERION_KEYS.map((key) => ({ key, score: 72, comment: 'A clear, polite reply.', evidence: [] })),
        caps: [],
      });
      if (!res.destroyed) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] }));
      }
      finish();
    }, delayMs);
  });
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    get inFlight() {
      return state.inFlight;
    },
    get requests() {
      return state.requests;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
