import type { MessageRole } from '../db/entities/enums';
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

export class WebhookShapeError extends Error {}

/** Walks every entry and change of a delivery; several customers and several entries per body are normal. */
export function parseWhatsappWebhook(body: unknown): ParsedWebhook {
  const b = body as Any;
  if (!b || typeof b !== 'object' || !Array.isArray(b.entry)) {
    throw new WebhookShapeError('entry: expected an array (WhatsApp Cloud API webhook body)');
  }
  const byPhoneNumberId = new Map<string, WhatsappInboundMessage[]>();
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
        const ts = Number(m.timestamp);
        list.push({
          phoneNumberId: String(phoneNumberId),
          from: String(m.from),
          id: String(m.id),
          role: 'CUSTOMER',
          kind: String(m.type ?? 'unknown'),
          text: whatsappMessageText(m) || `[${m.type ?? 'message'}]`,
          sentAt: Number.isFinite(ts) && ts > 0 ? new Date(ts * 1000) : new Date(),
          contactName: names.get(String(m.from)) ?? null,
        });
      }
    }
  }
  return { byPhoneNumberId };
}
