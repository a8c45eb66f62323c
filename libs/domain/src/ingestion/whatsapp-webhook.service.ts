import { createHmac } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { sql } from 'kysely';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import type { NewMessage } from '../conversations/conversation-messages.service';
import { Db } from '../database/db.service';
import { unauthenticated } from '../errors/domain-error';
import { safeEqual } from '../workspaces/secret-token';
import { WorkspacesService } from '../workspaces/workspaces.service';
import { normalizeConversationKey } from './conversation-key';
import { MessageIngestion } from './message-ingestion.service';
import { parseWhatsappWebhook, type WhatsappInboundMessage } from './whatsapp-webhook.parser';

export interface WebhookOutcome {
  recorded: number;
  duplicates: number;
  keptAside: number;
}

const REPLAY_BATCH = 100;

/** Meta's WhatsApp Cloud API webhook: the signature, then every message of every entry, durably. */
@Injectable()
export class WhatsappWebhookService {
  private readonly log = new Logger(WhatsappWebhookService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Db,
    private readonly workspaces: WorkspacesService,
    private readonly ingestion: MessageIngestion,
  ) {}

  /** HMAC-SHA256 of the exact bytes received, compared in constant time; UNAUTHENTICATED otherwise. */
  checkSignature(raw: Buffer, header: string | undefined): void {
    const secret = this.config.whatsapp.appSecret;
    if (!secret) throw unauthenticated('WHATSAPP_APP_SECRET is not set: webhooks are refused until it is');
    if (!header) throw unauthenticated('X-Hub-Signature-256: missing');
    const expected = `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;
    if (!safeEqual(expected, header.trim().toLowerCase())) throw unauthenticated('X-Hub-Signature-256: does not match the body');
  }

  verifyToken(mode: string | undefined, token: string | undefined): boolean {
    const expected = this.config.whatsapp.verifyToken;
    return mode === 'subscribe' && !!expected && !!token && safeEqual(token, expected);
  }

  /** Resolves once everything in the body is stored (or kept aside for an unknown phone_number_id). */
  async ingest(body: unknown): Promise<WebhookOutcome> {
    const parsed = parseWhatsappWebhook(body);
    const outcome: WebhookOutcome = { recorded: 0, duplicates: 0, keptAside: 0 };
    for (const [phoneNumberId, messages] of parsed.byPhoneNumberId) {
      if (messages.length === 0) continue; // statuses[] only
      const workspace = await this.workspaces.byWhatsappPhoneNumberId(phoneNumberId);
      if (!workspace) {
        await this.db.kysely
          .insertInto('webhook_inbox')
          .values({
            phone_number_id: phoneNumberId,
            body: sql<unknown>`${JSON.stringify(body)}::jsonb`,
            reason: 'no workspace has this phone_number_id',
          })
          .execute();
        this.log.warn(`kept aside ${messages.length} message(s) for unknown phone_number_id ${phoneNumberId}`);
        outcome.keptAside += messages.length;
        continue;
      }
      const recorded = await this.ingestion.record(messages.map((m) => toNewMessage(workspace.id, m)));
      for (const r of recorded) r.duplicate ? outcome.duplicates++ : outcome.recorded++;
    }
    return outcome;
  }

  /**
   * Replays kept-aside bodies whose phone_number_id now has a workspace; duplicates are harmless. A
   * body that fails is put back with its own backoff, so it never blocks the ones behind it.
   */
  async replayInbox(): Promise<number> {
    return this.db.transaction(async (tx) => {
      const rows = await tx
        .selectFrom('webhook_inbox as i')
        .innerJoin('workspace as w', 'w.whatsapp_phone_number_id', 'i.phone_number_id')
        .select(['i.id', 'i.phone_number_id', 'i.body', 'w.id as workspace_id'])
        .where('i.replayed_at', 'is', null)
        .where((eb) => eb.or([eb('i.retry_at', 'is', null), eb('i.retry_at', '<=', sql<Date>`now()`)]))
        .orderBy('i.received_at')
        .limit(REPLAY_BATCH)
        .forUpdate('i')
        .skipLocked()
        .execute();
      let replayed = 0;
      for (const row of rows) {
        try {
          const body: unknown = typeof row.body === 'string' ? JSON.parse(row.body) : row.body;
          const messages = parseWhatsappWebhook(body).byPhoneNumberId.get(row.phone_number_id) ?? [];
          if (messages.length) await this.ingestion.record(messages.map((m) => toNewMessage(row.workspace_id, m)));
          await tx
            .updateTable('webhook_inbox')
            .set({ replayed_at: sql<Date>`now()` })
            .where('id', '=', row.id)
            .execute();
          replayed++;
        } catch (err) {
          const message = err instanceof Error ? err.message : String(err);
          this.log.warn(`inbox body ${row.id} not replayed (${message}); retried later`);
          await tx
            .updateTable('webhook_inbox')
            .set((eb) => ({
              attempts: eb('attempts', '+', 1),
              last_error: message.slice(0, 500),
              retry_at: sql<Date>`now() + make_interval(secs => least(3600, 5 * power(2, least(attempts, 10))))`,
            }))
            .where('id', '=', row.id)
            .execute();
        }
      }
      return replayed;
    });
  }
}

function toNewMessage(workspaceId: string, m: WhatsappInboundMessage): NewMessage {
  const key = normalizeConversationKey('WHATSAPP', m.from);
  return {
    workspaceId,
    source: 'WHATSAPP',
    conversationKey: key,
    externalId: m.id,
    role: m.role,
    kind: m.kind,
    text: m.text,
    sentAt: m.sentAt,
    contact: { name: m.contactName, phone: `+${key.replace(/\D/g, '')}`, email: null },
  };
}
