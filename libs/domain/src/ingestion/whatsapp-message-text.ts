// Turns any WhatsApp Cloud API message into the readable text the conversation shows.
import { list, text, type WaMessage } from './whatsapp-payload';

const join = (...parts: (string | undefined | null)[]) => parts.filter((p) => p && p.trim()).join(' — ');

export function whatsappMessageText(m: WaMessage): string {
  const type = text(m.type) ?? 'unknown';
  switch (type) {
    case 'text':
      return text(m.text?.body) ?? '';
    case 'image':
    case 'video':
    case 'sticker':
      return join(`[${type}]`, text(m[type]?.caption));
    case 'document':
      return join('[document]', text(m.document?.filename), text(m.document?.caption));
    case 'audio':
      return m.audio?.voice ? '[voice message]' : '[audio]';
    case 'location': {
      const l = m.location;
      const coords = l?.latitude !== undefined ? `(${text(l.latitude)}, ${text(l.longitude)})` : undefined;
      return join('[location]', text(l?.name), text(l?.address), coords);
    }
    case 'contacts': {
      const names = list(m.contacts).map((c) => join(text(c.name?.formatted_name), ...list(c.phones).map((p) => text(p.phone))));
      return join('[contact card]', ...names);
    }
    case 'interactive': {
      const i = m.interactive;
      return join(
        '[selected]',
        text(i?.button_reply?.title) ?? text(i?.list_reply?.title) ?? text(i?.nfm_reply?.name),
        text(i?.list_reply?.description),
      );
    }
    case 'button':
      return join('[button]', text(m.button?.text) ?? text(m.button?.payload));
    case 'reaction':
      return m.reaction?.emoji ? `[reaction ${text(m.reaction.emoji)}]` : '[reaction removed]';
    case 'order': {
      const items = list(m.order?.product_items).map((i) => `${text(i.quantity) ?? 1} × ${text(i.product_retailer_id) ?? '?'}`);
      return join('[order]', ...items, text(m.order?.text));
    }
    case 'system':
      return join('[system]', text(m.system?.body));
    case 'unsupported':
    case 'unknown':
      return '[unsupported message]';
    default:
      return `[${type}]`;
  }
}
