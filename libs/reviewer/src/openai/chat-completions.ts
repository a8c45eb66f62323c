/** One request to an OpenAI-compatible chat-completions endpoint, with errors a caller can act on. */
import { ReviewerError } from '../reviewer';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatEndpoint {
  /** e.g. https://api.openai.com/v1 — `/chat/completions` is appended. */
  baseUrl: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
  temperature: number;
  /** Names the reviewer in error messages. */
  name: string;
}

/** Statuses worth retrying: timeouts, conflicts, rate limits; every 5xx. Other 4xx need a fix first (key, model, request). */
const RETRYABLE_4XX = [408, 409, 425, 429];

export async function complete(ep: ChatEndpoint, messages: ChatMessage[]): Promise<string> {
  const url = `${ep.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (ep.apiKey) headers.authorization = `Bearer ${ep.apiKey}`;
  const body = JSON.stringify({ model: ep.model, messages, response_format: { type: 'json_object' }, temperature: ep.temperature });
  let res: Response;
  let text: string;
  try {
    // the timeout covers the whole exchange, body included
    const signal = AbortSignal.timeout(ep.timeoutMs);
    res = await fetch(url, { method: 'POST', headers, body, signal });
    text = await res.text();
  } catch (err) {
    const e = err as Error;
    const what =
      e?.name === 'TimeoutError' || e?.name === 'AbortError'
        ? `timed out after ${ep.timeoutMs} ms`
        : `failed: ${e?.message ?? String(err)}`;
    throw new ReviewerError(`${ep.name}: request to ${url} ${what}`, true);
  }
  if (!res.ok) {
    const retryable = res.status >= 500 || RETRYABLE_4XX.includes(res.status);
    throw new ReviewerError(`${ep.name}: HTTP ${res.status} from ${url}: ${snippet(errorMessage(text))}`, retryable);
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    throw new ReviewerError(`${ep.name}: the endpoint answered HTTP ${res.status} with a body that is not JSON: ${snippet(text)}`, true);
  }
  const content = (payload as { choices?: { message?: { content?: unknown } }[] })?.choices?.[0]?.message?.content;
  if (typeof content !== 'string')
    throw new ReviewerError(`${ep.name}: the response has no choices[0].message.content: ${snippet(text)}`, true);
  return content;
}

function errorMessage(body: string): string {
  try {
    const j = JSON.parse(body) as { error?: { message?: string } | string };
    if (typeof j.error === 'string') return j.error;
    if (j.error?.message) return j.error.message;
  } catch {
    // not JSON: the body itself says what went wrong
  }
  return body;
}

export function snippet(s: string, max = 200): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max)}…` : t || '(empty)';
}
