import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { RateLimiter } from '../common/rate-limiter';
import { ConversationMessages, type NewMessage, type RecordedMessage } from '../conversations/conversation-messages.service';
import { invalidFields, rateLimited } from '../errors/domain-error';
import { ConversationSignaler } from '../temporal/conversation-signaler.service';
import { apiMessageSchema } from './api-message.schema';
import { normalizeConversationKey } from './conversation-key';

/**
 * Records messages: validate → store (the conversations module) → signal the conversation's workflow
 * → answer. A stored message whose signal failed is signaled later by the outbox relay, so whatever
 * was acknowledged is reviewed.
 */
@Injectable()
export class MessageIngestion {
  private readonly limiter: RateLimiter | undefined;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly messages: ConversationMessages,
    private readonly signaler: ConversationSignaler,
  ) {
    const rate = config.rateLimits.ingestPerSecond;
    this.limiter = rate ? new RateLimiter(rate, rate * 5) : undefined;
  }

  /** A POST /v1/messages body: every bad field named; nothing stored unless all are good. */
  async recordFromApi(workspaceId: string, body: unknown): Promise<RecordedMessage> {
    const parsed = apiMessageSchema.safeParse(body ?? {});
    if (!parsed.success) {
      throw invalidFields(parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'body', message: i.message })));
    }
    const dto = parsed.data;
    const c = dto.contact ?? {};
    const key = normalizeConversationKey(dto.source, dto.conversationKey);
    const [recorded] = await this.record([
      {
        workspaceId,
        source: dto.source,
        conversationKey: key,
        externalId: dto.messageId,
        role: dto.role,
        kind: 'text',
        text: dto.text,
        sentAt: dto.sentAt ? new Date(dto.sentAt) : new Date(),
        contact: {
          name: c.name?.trim() || null,
          phone: c.phone?.trim() || (dto.source === 'WHATSAPP' ? `+${key}` : null),
          email: c.email?.trim() || null,
        },
      },
    ]);
    return recorded;
  }

  /**
   * Each message is durable on its own statement before this resolves, in order (a webhook body's
   * messages), and a retry stores only what is missing; then the workflows are signaled together.
   */
  async record(msgs: NewMessage[]): Promise<RecordedMessage[]> {
    if (this.limiter && msgs.length) {
      const wait = this.limiter.take(msgs[0].workspaceId, msgs.length);
      if (wait > 0) throw rateLimited(wait, 'Too many messages for this workspace');
    }
    const recorded: RecordedMessage[] = [];
    for (const m of msgs) recorded.push(await this.messages.record(m));
    await Promise.all(recorded.filter((r) => !r.signaled).map((r) => this.signaler.signalMessage(r)));
    return recorded;
  }
}
