import type { MessageRole } from '@app/reviewer/vocabulary';
import { LIMITS } from '../common/limits';
import { storableText } from '../common/text-input';
import { invalidInput } from '../errors/domain-error';
import { whatsappMessageText } from './whatsapp-message-text';
import { list, text, type WaWebhookBody } from './whatsapp-payload';

export interface WhatsappInboundMessage {
  phoneNumberId: string;
  from: string;
  id: string;
  role: MessageRole;
  kind: string;
  text: string;
  sentAt: Date;
  contactName: string | null;
}

export interface ParsedWebhook {
  /** per phone_number_id, the messages it carries (statuses[] are not messages) */
  byPhoneNumberId: Map<string, WhatsappInboundMessage[]>;
}

/** Meta cannot be asked to fix its text: what PostgreSQL cannot store is stripped, not refused. */
const clean = (s: string, max: number) => storableText(s).slice(0, max);

/** Walks every entry and change of a delivery; several customers and several entries per body are normal. */
export function parseWhatsappWebhook(body: unknown): ParsedWebhook {
  const b = body as WaWebhookBody | null;
  if (!b || typeof b !== 'object' || !Array.isArray(b.entry)) {
    throw invalidInput('entry', 'expected an array (WhatsApp Cloud API webhook body)');
  }
  const byPhoneNumberId = new Map<string, WhatsappInboundMessage[]>();
  let count = 0;
  for (const entry of b.entry) {
    for (const change of list(entry?.changes)) {
      const value = change?.value;
      const phoneNumberId = text(value?.metadata?.phone_number_id);
      if (!value || !phoneNumberId) continue;
      const messages = byPhoneNumberId.get(phoneNumberId) ?? [];
      byPhoneNumberId.set(phoneNumberId, messages);
      const names = new Map<string, string>();
      for (const c of list(value.contacts)) {
        const waId = text(c?.wa_id);
        const name = text(c?.profile?.name);
        if (waId && name) names.set(waId, name);
      }
      for (const m of list(value.messages)) {
        const id = text(m?.id);
        const from = text(m?.from);
        if (!id || !from) continue;
        if (++count > LIMITS.messagesPerWebhookBody)
          throw invalidInput('entry', `at most ${LIMITS.messagesPerWebhookBody} messages per delivery`);
        const ts = Number(m.timestamp);
        const kind = text(m.type) ?? 'unknown';
        messages.push({
          phoneNumberId,
          from: clean(from, LIMITS.conversationKey),
          id: clean(id, LIMITS.externalId),
          role: 'CUSTOMER',
          kind,
          text: clean(whatsappMessageText(m) || `[${kind}]`, LIMITS.messageText),
          sentAt: Number.isFinite(ts) && ts > 0 ? new Date(ts * 1000) : new Date(),
          contactName: clean(names.get(from) ?? '', LIMITS.contactName) || null,
        });
      }
    }
  }
  return { byPhoneNumberId };
}
