import { after as afterAll, before as beforeAll, beforeEach, describe, it } from 'node:test';
import { expect } from '../../../../../test/support/expect';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ReviewerError, type ReviewInput } from '../reviewer';
import { OpenAiReviewer } from './openai.reviewer';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: {
    model: string;
    messages: { role: string; content: string }[];
    response_format: { type: string };
  };
}

/** A local chat-completions endpoint answering from a script, one handler per request. */
class FakeEndpoint {
  readonly seen: Seen[] = [];
  private script: ((res: ServerResponse) => void)[] = [];
  private server!: Server;
  baseUrl = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      req.on('end', () => {
        this.seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: JSON.parse(raw || '{}') });
        const next = this.script.shift() ?? ((r: ServerResponse) => reply(r, 500, { error: { message: 'no scripted answer' } }));
        next(res);
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  answer(...handlers: ((res: ServerResponse) => void)[]): void {
    this.script.push(...handlers);
  }

  reset(): void {
    this.seen.length = 0;
    this.script = [];
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

const completion = (content: string) => (res: ServerResponse) =>
  reply(res, 200, {
    id: 'chatcmpl-1',
    object: 'chat.completion',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
  });

const VALID = JSON.stringify({
  summary: 'The customer asked for a quote for a dental implant; the agent gave a price range and will email a written quote.',
  qualityScore: 88,
  suggestedStatus: 'QUOTE_REQUEST',
});

const input: ReviewInput = {
  source: 'WHATSAPP',
  contact: { name: 'Giulia', phone: '+39347000000', email: null },
  messages: [
    { role: 'CUSTOMER', text: 'How much would an implant cost in my case?', sentAt: new Date('2025-01-06T09:00:00Z') },
    { role: 'AGENT', text: 'Between €1,350 and €1,700. Shall I send a written quote?', sentAt: new Date('2025-01-06T09:02:00Z') },
  ],
};

describe('OpenAiReviewer', () => {
  const endpoint = new FakeEndpoint();
  beforeAll(() => endpoint.start());
  afterAll(() => endpoint.stop());
  beforeEach(() => endpoint.reset());

  const make = (extra: Partial<ConstructorParameters<typeof OpenAiReviewer>[0]> = {}) =>
    new OpenAiReviewer({ baseUrl: endpoint.baseUrl, apiKey: 'sk-test', model: 'test-model', timeoutMs: 5_000, ...extra });

  it('returns a valid answer and sends model, auth header and response_format', async () => {
    endpoint.answer(completion(VALID));
    const r = await make().review(input);
    expect(r).toEqual({ ...JSON.parse(VALID), reviewer: 'openai:test-model' });

    expect(endpoint.seen).toHaveLength(1);
    const req = endpoint.seen[0];
    expect(req.method).toBe('POST');
    expect(req.url).toBe('/v1/chat/completions');
    expect(req.headers.authorization).toBe('Bearer sk-test');
    expect(req.headers['content-type']).toMatch(/application\/json/);
    expect(req.body.model).toBe('test-model');
    expect(req.body.response_format).toEqual({ type: 'json_object' });
    expect(req.body.messages[0].role).toBe('system');
    expect(req.body.messages[0].content).toContain('QUOTE_REQUEST');
    expect(req.body.messages[0].content).toContain('first rule that matches');
    expect(req.body.messages[1].role).toBe('user');
    expect(req.body.messages[1].content).toContain('How much would an implant cost in my case?');
  });

  it('sends no Authorization header without an api key', async () => {
    endpoint.answer(completion(VALID));
    await make({ apiKey: undefined }).review(input);
    expect(endpoint.seen[0].headers.authorization).toBeUndefined();
  });

  it('retries with a correction after an invalid answer', async () => {
    endpoint.answer(
      completion(JSON.stringify({ summary: 'x'.repeat(450), qualityScore: 120, suggestedStatus: 'HOT_LEAD' })),
      completion(VALID),
    );
    const r = await make().review(input);
    expect(r.suggestedStatus).toBe('QUOTE_REQUEST');
    expect(endpoint.seen).toHaveLength(2);
    const second = endpoint.seen[1].body.messages;
    expect(second[second.length - 2].role).toBe('assistant');
    const correction = second[second.length - 1];
    expect(correction.role).toBe('user');
    expect(correction.content).toMatch(/invalid/i);
    expect(correction.content).toMatch(/summary/);
    expect(correction.content).toMatch(/qualityScore/);
    expect(correction.content).toMatch(/suggestedStatus/);
  });

  it('accepts a JSON answer wrapped in a code fence', async () => {
    endpoint.answer(completion('```json\n' + VALID + '\n```'));
    expect((await make().review(input)).qualityScore).toBe(88);
  });

  it('gives up with a clear ReviewerError after three invalid answers', async () => {
    endpoint.answer(
      completion('not json at all'),
      completion('{"summary": "ok"}'),
      completion(JSON.stringify({ summary: 'fine', qualityScore: 55.5, suggestedStatus: 'SPAM' })),
    );
    const err = await make()
      .review(input)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReviewerError);
    expect((err as ReviewerError).message).toMatch(/openai:test-model returned invalid output 3 times/);
    expect((err as ReviewerError).message).toMatch(/qualityScore/);
    expect((err as ReviewerError).retryable).toBe(false);
    expect(endpoint.seen).toHaveLength(3);
  });

  it('turns a 500 into a retryable error', async () => {
    endpoint.answer((res) => reply(res, 500, { error: { message: 'upstream overloaded' } }));
    const err = await make()
      .review(input)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReviewerError);
    expect((err as ReviewerError).retryable).toBe(true);
    expect((err as ReviewerError).message).toMatch(/HTTP 500.*upstream overloaded/);
    expect(endpoint.seen).toHaveLength(1);
  });

  it('treats 429 as retryable and 401 as not', async () => {
    endpoint.answer((res) => reply(res, 429, { error: { message: 'rate limited' } }));
    expect(
      (
        (await make()
          .review(input)
          .catch((e: unknown) => e)) as ReviewerError
      ).retryable,
    ).toBe(true);
    endpoint.answer((res) => reply(res, 401, { error: { message: 'invalid api key' } }));
    const err = (await make()
      .review(input)
      .catch((e: unknown) => e)) as ReviewerError;
    expect(err).toBeInstanceOf(ReviewerError);
    expect(err.retryable).toBe(false);
    expect(err.message).toMatch(/HTTP 401.*invalid api key/);
  });

  it('times out a hanging request as a retryable error', async () => {
    endpoint.answer(() => {
      /* never answers */
    });
    const err = (await make({ timeoutMs: 200 })
      .review(input)
      .catch((e: unknown) => e)) as ReviewerError;
    expect(err).toBeInstanceOf(ReviewerError);
    expect(err.retryable).toBe(true);
    expect(err.message).toMatch(/timed out after 200 ms/);
  });

  it('reports an unreachable endpoint as retryable', async () => {
    const err = (await new OpenAiReviewer({ baseUrl: 'http://127.0.0.1:9/v1', model: 'm', timeoutMs: 2_000 })
      .review(input)
      .catch((e: unknown) => e)) as ReviewerError;
    expect(err).toBeInstanceOf(ReviewerError);
    expect(err.retryable).toBe(true);
  });
});
