import type { MessageRole } from '@app/reviewer/vocabulary';
import { LIMITS } from '../common/limits';
import { storableText } from '../common/text-input';
import { invalidInput } from '../errors/domain-error';
import { whatsappMessageText } from './whatsapp-message-text';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

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

/** Walks every entry and change of a delivery; several customers and several entries per body are normal. */
export function parseWhatsappWebhook(body: unknown): ParsedWebhook {
  const b = body as Any;
  if (!b || typeof b !== 'object' || !Array.isArray(b.entry)) {
    throw invalidInput('entry', 'expected an array (WhatsApp Cloud API webhook body)');
  }
  const byPhoneNumberId = new Map<string, WhatsappInboundMessage[]>();
  let count = 0;
  for (const entry of b.entry as Any[]) {
    for (const change of (entry?.changes ?? []) as Any[]) {
      const value = change?.value;
      const phoneNumberId = value?.metadata?.phone_number_id;
      if (!value || !phoneNumberId) continue;
      const list = byPhoneNumberId.get(String(phoneNumberId)) ?? [];
      byPhoneNumberId.set(String(phoneNumberId), list);
      const names = new Map<string, string>();
      for (const c of (value.contacts ?? []) as Any[]) if (c?.wa_id && c.profile?.name) names.set(String(c.wa_id), String(c.profile.name));
      for (const m of (value.messages ?? []) as Any[]) {
        if (!m?.id || !m.from) continue;
        if (++count > LIMITS.messagesPerWebhookBody) throw invalidInput('entry', `at most ${LIMITS.messagesPerWebhookBody} messages per delivery`);
        const ts = Number(m.timestamp);
        list.push({
          phoneNumberId: String(phoneNumberId),
          from: storableText(String(m.from)).slice(0, LIMITS.conversationKey),
          id: storableText(String(m.id)).slice(0, LIMITS.externalId),
          role: 'CUSTOMER',
          kind: String(m.type ?? 'unknown'),
          // Meta cannot be asked to fix its text: what PostgreSQL cannot store is stripped, not refused
          text: storableText(whatsappMessageText(m) || `[${m.type ?? 'message'}]`).slice(0, LIMITS.messageText),
          sentAt: Number.isFinite(ts) && ts > 0 ? new Date(ts * 1000) : new Date(),
          contactName: storableText(names.get(String(m.from)) ?? '').slice(0, LIMITS.contactName) || null,
        });
      }
    }
  }
  return { byPhoneNumberId };
}
