import { createHmac } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { Database } from '../db/database.service';
import { safeEqual } from '../workspaces/api-token';
import { WorkspaceService } from '../workspaces/workspace.service';
import type { IncomingMessage } from './incoming-message';
import { MessageIngestionService } from './message-ingestion.service';
import { parseWhatsappWebhook, type WhatsappInboundMessage } from './whatsapp-webhook.parser';

export type SignatureCheck = 'ok' | 'not-configured' | 'missing' | 'invalid';

export interface WebhookOutcome {
  recorded: number;
  duplicates: number;
  keptAside: number;
}

/** Meta's WhatsApp Cloud API webhook: signature, then every message of every entry, durably. */
@Injectable()
export class WhatsappWebhookService {
  private readonly log = new Logger(WhatsappWebhookService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
    private readonly workspaces: WorkspaceService,
    private readonly ingestion: MessageIngestionService,
  ) {}

  /** HMAC-SHA256 of the exact bytes received, compared in constant time. */
  checkSignature(raw: Buffer, header: string | undefined): SignatureCheck {
    const secret = this.config.whatsappAppSecret;
    if (!secret) return 'not-configured';
    if (!header) return 'missing';
    const expected = `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;
    return safeEqual(expected, header.trim().toLowerCase()) ? 'ok' : 'invalid';
  }

  /** Resolves once everything in the body is stored (or kept aside for an unknown phone_number_id). */
  async ingest(body: unknown): Promise<WebhookOutcome> {
    const parsed = parseWhatsappWebhook(body);
    const outcome: WebhookOutcome = { recorded: 0, duplicates: 0, keptAside: 0 };
    for (const [phoneNumberId, messages] of parsed.byPhoneNumberId) {
      if (messages.length === 0) continue; // statuses[] only
      const workspace = await this.workspaces.byWhatsappPhoneNumberId(phoneNumberId);
      if (!workspace) {
        await this.db.run('insert into webhook_inbox (phone_number_id, body, reason) values (?, ?::jsonb, ?)', [
          phoneNumberId,
          JSON.stringify(body),
          'no workspace has this phone_number_id',
        ]);
        this.log.warn(`kept aside ${messages.length} message(s) for unknown phone_number_id ${phoneNumberId}`);
        outcome.keptAside += messages.length;
        continue;
      }
      const recorded = await this.ingestion.recordMany(messages.map((m) => toIncoming(workspace.id, m)));
      for (const r of recorded) r.duplicate ? outcome.duplicates++ : outcome.recorded++;
    }
    return outcome;
  }

  /** Replays kept-aside bodies whose phone_number_id now has a workspace; duplicates are harmless. */
  async replayInbox(): Promise<number> {
    const rows = await this.db.query<{ id: string; phone_number_id: string; body: unknown }>(
      `select i.id, i.phone_number_id, i.body from webhook_inbox i
         join workspace w on w.whatsapp_phone_number_id = i.phone_number_id
        where i.replayed_at is null order by i.received_at limit 100`,
    );
    for (const row of rows) {
      const workspace = await this.workspaces.byWhatsappPhoneNumberId(row.phone_number_id);
      const parsed = parseWhatsappWebhook(typeof row.body === 'string' ? JSON.parse(row.body) : row.body);
      const messages = parsed.byPhoneNumberId.get(row.phone_number_id) ?? [];
      if (workspace && messages.length) await this.ingestion.recordMany(messages.map((m) => toIncoming(workspace.id, m)));
      await this.db.run('update webhook_inbox set replayed_at = now() where id = ?', [row.id]);
    }
    return rows.length;
  }
}

function toIncoming(workspaceId: string, m: WhatsappInboundMessage): IncomingMessage {
  return {
    workspaceId,
    source: 'WHATSAPP',
    conversationKey: m.from,
    externalId: m.id,
    role: m.role,
    kind: m.kind,
    text: m.text,
    sentAt: m.sentAt,
    contact: { name: m.contactName, phone: `+${m.from.replace(/\D/g, '')}` },
  };
}
