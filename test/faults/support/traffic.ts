// A steady, bounded stream of messages for the fault tests, every response recorded (the checks run
// afterwards are in verify-traffic.ts, the bad requests mixed in in noise.ts).
import { randomBytes } from 'node:crypto';
import { sign, type System } from '../../support/system';
import { whatsappText } from '../../support/whatsapp';

export interface TrafficOptions {
  /** conversations talking at the same time */
  conversations: number;
  /** bursts per conversation, separated by quiet pauses */
  bursts: number;
  /** messages per burst */
  burstSize: number;
  /** pause between the messages of a burst (well below REVIEW_DELAY) */
  gapMs: number;
  /** quiet pause between bursts (well above REVIEW_DELAY) */
  pauseMs: number;
  /** WhatsApp phone_number_id of the workspace: odd conversations then go through signed webhooks */
  phoneNumberId?: string;
  /** per-request timeout */
  timeoutMs?: number;
}

export interface Attempt {
  conv: number;
  n: number;
  messageId: string;
  via: 'api' | 'webhook';
  status: number; // 0: no HTTP answer
  error?: string;
  at: number;
  ms: number;
  retry: boolean;
}

/** Purely alphabetic token (Meilisearch keeps it one word). */
export function letters(n: number): string {
  let s = '';
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
}

export const sleepMs = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class Traffic {
  private readonly runNum = randomBytes(3).readUIntBE(0, 3) % 1_000_000;
  readonly run = letters(this.runNum);
  readonly attempts: Attempt[] = [];
  /** messageId → acknowledged (2xx) at least once */
  readonly acked = new Set<string>();
  readonly planned: { conv: number; n: number; messageId: string }[] = [];

  constructor(
    readonly sys: System,
    readonly token: string,
    readonly o: TrafficOptions,
  ) {}

  key(conv: number): string {
    return this.o.phoneNumberId && conv % 2 === 1
      ? `39${String(this.runNum).padStart(6, '0')}${String(conv).padStart(3, '0')}`
      : `faults-${this.run}-${conv}`;
  }

  word(conv: number, n: number): string {
    return `kw${this.run}z${letters(conv)}q${letters(n)}`;
  }

  messageId(conv: number, n: number): string {
    return `${this.o.phoneNumberId && conv % 2 === 1 ? 'wamid.' : ''}faults-${this.run}-${conv}-${n}`;
  }

  /** One delivery of message n of conversation conv; never throws. */
  async send(conv: number, n: number, retry = false): Promise<Attempt> {
    const messageId = this.messageId(conv, n);
    const text = `${n % 2 ? 'Hello, I would like a quote for solar panels on a flat roof' : 'Sure! What is the roof size in m2?'} ${this.word(conv, n)}`;
    const viaWebhook = Boolean(this.o.phoneNumberId) && conv % 2 === 1;
    const started = Date.now();
    const attempt: Attempt = { conv, n, messageId, via: viaWebhook ? 'webhook' : 'api', status: 0, at: started, ms: 0, retry };
    try {
      let res: Response;
      const signal = AbortSignal.timeout(this.o.timeoutMs ?? 30_000);
      if (viaWebhook) {
        const raw = whatsappText({
          phoneNumberId: this.o.phoneNumberId!,
          from: this.key(conv),
          id: messageId,
          body: text,
          name: `Customer ${conv}`,
          timestamp: Math.floor(started / 1000),
        });
        res = await fetch(`${this.sys.apiUrl}/webhooks/whatsapp`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(raw) },
          body: raw,
          signal,
        });
      } else {
        res = await fetch(`${this.sys.apiUrl}/v1/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
          body: JSON.stringify({
            source: 'WIDGET',
            conversationKey: this.key(conv),
            messageId,
            role: n % 2 ? 'CUSTOMER' : 'AGENT',
            text,
          }),
          signal,
        });
      }
      attempt.status = res.status;
      const body = await res.text();
      if (res.status >= 300) attempt.error = body.slice(0, 300);
    } catch (err) {
      attempt.error = (err as Error).message;
    }
    attempt.ms = Date.now() - started;
    this.attempts.push(attempt);
    if (attempt.status >= 200 && attempt.status < 300) this.acked.add(messageId);
    return attempt;
  }

  /** The stream: every conversation sends its bursts; conversations start staggered over one burst. */
  async stream(): Promise<void> {
    const { conversations, bursts, burstSize, gapMs, pauseMs } = this.o;
    const period = burstSize * gapMs + pauseMs;
    await Promise.all(
      Array.from({ length: conversations }, async (_, conv) => {
        await sleepMs(Math.floor((period * conv) / conversations));
        let n = 0;
        for (let b = 0; b < bursts; b++) {
          for (let i = 0; i < burstSize; i++) {
            n++;
            this.planned.push({ conv, n, messageId: this.messageId(conv, n) });
            await this.send(conv, n);
            if (i < burstSize - 1) await sleepMs(gapMs);
          }
          if (b < bursts - 1) await sleepMs(pauseMs);
        }
      }),
    );
  }

  /** As a well-behaved sender does: deliver again whatever was not acknowledged, until it is. */
  async redeliverUnacknowledged(timeoutMs = 60_000): Promise<number> {
    let redelivered = 0;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const missing = this.planned.filter((p) => !this.acked.has(p.messageId));
      if (missing.length === 0) return redelivered;
      if (Date.now() > deadline) {
        const last = this.attempts.filter((a) => a.retry).slice(-3);
        throw new Error(
          `${missing.length} messages still not acknowledged after ${timeoutMs} ms; last answers: ${last.map((a) => `${a.status} ${a.error ?? ''}`).join(' | ')}`,
        );
      }
      for (const p of missing) {
        redelivered++;
        await this.send(p.conv, p.n, true);
      }
      if (this.planned.some((p) => !this.acked.has(p.messageId))) await sleepMs(1_000);
    }
  }

  /** Requests answered within [from, to] (ms timestamps), by status. */
  statusesBetween(from: number, to: number): Record<string, number> {
    return countBy(this.attempts.filter((a) => a.at >= from && a.at <= to).map((a) => statusKind(a)));
  }
}

export function statusKind(a: Attempt): string {
  return a.status === 0 ? `network(${(a.error ?? '').slice(0, 40)})` : String(a.status);
}

export function countBy(keys: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
}

export interface FaultWindow {
  name: string;
  from: number;
  to: number;
}
