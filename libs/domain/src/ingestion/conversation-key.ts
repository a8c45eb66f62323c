import type { ConversationSource } from '@app/reviewer/vocabulary';

/** WhatsApp numbers in any spelling ("+39 347…", "0039347…") name the same conversation as the webhook's wa_id. */
export function normalizeConversationKey(source: ConversationSource, key: string): string {
  const trimmed = key.trim();
  if (source !== 'WHATSAPP') return trimmed;
  const digits = trimmed.replace(/\D/g, '').replace(/^00/, '');
  return digits || trimmed;
}
