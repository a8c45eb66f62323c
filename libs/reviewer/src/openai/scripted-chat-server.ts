/**
 * A local OpenAI-compatible chat-completions endpoint for tests: a real HTTP server on a free port
 * that answers each request from a script (canned replies, HTTP errors, delays, or a function of the
 * request). It stands in for an LLM provider, which this machine cannot reach.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequest {
  headers: IncomingMessage['headers'];
  body: { model: string; messages: { role: string; content: string }[]; response_format?: { type: string }; temperature?: number };
}

/** One scripted answer: the assistant's content, an HTTP error, a hang, or content computed from the request. */
export type Step =
  { content: string } | { status: number; error: string } | { delayMs: number; content: string } | { answer: (req: ChatRequest) => string };

export class ScriptedChatServer {
  readonly requests: ChatRequest[] = [];
  private steps: Step[] = [];
  private server: Server | null = null;
  baseUrl = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (raw += chunk));
      req.on('end', () => void this.handle(req, raw, res));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  /** Queue the answers to the next requests, in order. */
  script(...steps: Step[]): void {
    this.steps.push(...steps);
  }

  reset(): void {
    this.requests.length = 0;
    this.steps = [];
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, raw: string, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') return send(res, 404, { error: { message: `no route ${req.url}` } });
    const request: ChatRequest = { headers: req.headers, body: JSON.parse(raw) as ChatRequest['body'] };
    this.requests.push(request);
    const step = this.steps.shift();
    if (!step) return send(res, 500, { error: { message: 'no scripted answer left' } });
    if ('status' in step) return send(res, step.status, { error: { message: step.error } });
    if ('delayMs' in step) await new Promise((r) => setTimeout(r, step.delayMs));
    const content = 'answer' in step ? step.answer(request) : step.content;
    if (res.destroyed) return;
    send(res, 200, {
      id: 'chatcmpl-test',
      object: 'chat.completion',
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    });
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
