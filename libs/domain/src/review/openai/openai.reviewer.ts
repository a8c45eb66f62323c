/**
 * A reviewer backed by any OpenAI-compatible chat-completions endpoint (OpenAI, Azure-compatible
 * gateways, vLLM, Ollama, LM Studio…). The model gets the rubric as system prompt and must answer
 * with a JSON object; invalid answers are sent back with a correction, up to `maxAttempts` in all.
 */
import type { ReviewInput, ReviewResult, Reviewer } from '../reviewer';
import { ReviewerError } from '../reviewer';
import { describeIssues, renderConversation, reviewOutputSchema, SYSTEM_PROMPT } from './openai.prompt';

export interface OpenAiReviewerOptions {
  /** e.g. https://api.openai.com/v1 — `/chat/completions` is appended. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer …` when set. */
  apiKey?: string;
  model: string;
  /** Per HTTP request (default 60 s). */
  timeoutMs?: number;
  /** Requests per review when the model's output is invalid (default 3: one try and two corrections). */
  maxAttempts?: number;
  temperature?: number;
}

interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export class OpenAiReviewer implements Reviewer {
  readonly name: string;
  private readonly url: string;
  private readonly timeoutMs: number;
  private readonly maxAttempts: number;

  constructor(private readonly options: OpenAiReviewerOptions) {
    if (!options.baseUrl) throw new Error('OpenAiReviewer needs a baseUrl');
    if (!options.model) throw new Error('OpenAiReviewer needs a model');
    this.name = `openai:${options.model}`;
    this.url = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  }

  async review(input: ReviewInput): Promise<ReviewResult> {
    const messages: ChatMessage[] = [
      { role: 'system', content: SYSTEM_PROMPT },
      { role: 'user', content: renderConversation(input) },
    ];
    let problem = '';
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      const content = await this.complete(messages);
      const parsed = parseOutput(content);
      if (parsed.ok) return { ...parsed.value, reviewer: this.name };
      problem = parsed.problem;
      messages.push(
        { role: 'assistant', content },
        {
          role: 'user',
          content: `Your answer was invalid: ${problem}. Reply again with only the JSON object {"summary", "qualityScore", "suggestedStatus"} as specified: summary at most 400 characters, qualityScore an integer from 0 to 100, suggestedStatus one of the listed statuses.`,
        },
      );
    }
    // The model failed with corrections already: retrying the same call later is unlikely to help.
    throw new ReviewerError(`${this.name} returned invalid output ${this.maxAttempts} times; last problem: ${problem}`, false);
  }

  /** One chat-completions request; returns the assistant message's content. */
  private async complete(messages: ChatMessage[]): Promise<string> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (this.options.apiKey) headers.authorization = `Bearer ${this.options.apiKey}`;
    const body = JSON.stringify({
      model: this.options.model,
      messages,
      response_format: { type: 'json_object' },
      temperature: this.options.temperature ?? 0,
    });
    let res: Response;
    try {
      res = await fetch(this.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (err) {
      const e = err as Error;
      const what =
        e?.name === 'TimeoutError' || e?.name === 'AbortError'
          ? `timed out after ${this.timeoutMs} ms`
          : `failed: ${e?.message ?? String(err)}`;
      throw new ReviewerError(`${this.name}: request to ${this.url} ${what}`, true);
    }
    let text: string;
    try {
      text = await res.text();
    } catch (err) {
      throw new ReviewerError(`${this.name}: reading the response failed: ${(err as Error)?.message ?? String(err)}`, true);
    }
    if (!res.ok) {
      // 408/409/425/429 and 5xx are transient; other 4xx (bad key, unknown model, bad request) need a fix first
      const retryable = res.status >= 500 || [408, 409, 425, 429].includes(res.status);
      throw new ReviewerError(`${this.name}: HTTP ${res.status} from ${this.url}: ${snippet(errorMessage(text))}`, retryable);
    }
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch {
      throw new ReviewerError(
        `${this.name}: the endpoint answered HTTP ${res.status} with a body that is not JSON: ${snippet(text)}`,
        true,
      );
    }
    const content = (payload as { choices?: { message?: { content?: unknown } }[] })?.choices?.[0]?.message?.content;
    if (typeof content !== 'string') {
      throw new ReviewerError(`${this.name}: the response has no choices[0].message.content: ${snippet(text)}`, true);
    }
    return content;
  }
}

type Parsed =
  | { ok: true; value: { summary: string; qualityScore: number; suggestedStatus: ReviewResult['suggestedStatus'] } }
  | { ok: false; problem: string };

export function parseOutput(content: string): Parsed {
  const unfenced = content
    .trim()
    .replace(/^```(?:json)?\s*/i, '')
    .replace(/\s*```$/, '');
  let json: unknown;
  try {
    json = JSON.parse(unfenced);
  } catch {
    return { ok: false, problem: `not a JSON object (${snippet(content, 80)})` };
  }
  const r = reviewOutputSchema.safeParse(json);
  if (!r.success) return { ok: false, problem: describeIssues(r.error) };
  return { ok: true, value: r.data };
}

function errorMessage(body: string): string {
  try {
    const j = JSON.parse(body) as { error?: { message?: string } | string };
    if (typeof j.error === 'string') return j.error;
    if (j.error?.message) return j.error.message;
  } catch {
    /* not JSON */
  }
  return body;
}

function snippet(s: string, max = 200): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max)}…` : t || '(empty)';
}
