/**
 * A reviewer backed by any OpenAI-compatible chat-completions endpoint (OpenAI, Azure-compatible
 * gateways, vLLM, Ollama, LM Studio…). The model gets the rubric and the answer format as the system
 * message and the conversation as delimited data; an answer that fails the schema, cites a quote
 * that is not in the cited message, or puts in the summary a fact the conversation does not contain
 * gets up to two correction turns, then a ReviewerError.
 */
import { ReviewerError, type ReviewInput, type ReviewResult, type Reviewer } from '../reviewer';
import { complete, type ChatEndpoint, type ChatMessage } from './chat-completions';
import { correctionMessage, newBoundary, renderConversation, systemPrompt } from './openai.prompt';
import { checkOutput } from './openai.validate';

export interface OpenAiReviewerOptions {
  /** e.g. https://api.openai.com/v1 — `/chat/completions` is appended. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer …` when set. */
  apiKey?: string;
  model: string;
  /** Per HTTP request (default 60 s). */
  timeoutMs?: number;
  /** Correction turns after an invalid answer (default 2). */
  corrections?: number;
  temperature?: number;
}

export class OpenAiReviewer implements Reviewer {
  readonly name: string;
  private readonly endpoint: ChatEndpoint;
  private readonly corrections: number;

  constructor(options: OpenAiReviewerOptions) {
    if (!options.baseUrl) throw new Error('OpenAiReviewer needs a baseUrl');
    if (!options.model) throw new Error('OpenAiReviewer needs a model');
    this.name = `openai:${options.model}`;
    this.endpoint = {
      baseUrl: options.baseUrl,
      apiKey: options.apiKey,
      model: options.model,
      timeoutMs: options.timeoutMs ?? 60_000,
      temperature: options.temperature ?? 0,
      name: this.name,
    };
    this.corrections = Math.max(0, Math.min(2, options.corrections ?? 2));
  }

  async review(input: ReviewInput): Promise<ReviewResult> {
    const messages: ChatMessage[] = [
      { role: 'system', content: systemPrompt() },
      { role: 'user', content: renderConversation(input, newBoundary()) },
    ];
    let problems: string[] = [];
    for (let turn = 0; turn <= this.corrections; turn++) {
      const content = await complete(this.endpoint, messages);
      const checked = checkOutput(content, input);
      if (checked.ok) return { ...checked.result, reviewer: this.name };
      problems = checked.problems;
      messages.push({ role: 'assistant', content }, { role: 'user', content: correctionMessage(problems) });
    }
    // corrected already and still wrong: the same request later is unlikely to do better
    throw new ReviewerError(
      `${this.name} gave no valid review after ${this.corrections} correction(s); last problems: ${problems.join('; ')}`,
      false,
    );
  }
}
