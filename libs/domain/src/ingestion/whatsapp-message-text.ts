// Turns any WhatsApp Cloud API message into the readable text the conversation shows.
// https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/components (message object)

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const join = (...parts: (string | undefined | null)[]) => parts.filter((p) => p && String(p).trim()).join(' — ');

export function whatsappMessageText(m: Any): string {
  const type: string = m.type ?? 'unknown';
  const body = m[type] ?? {};
  switch (type) {
    case 'text':
      return body.body ?? '';
    case 'image':
    case 'video':
    case 'sticker':
      return join(`[${type}]`, body.caption);
    case 'document':
      return join('[document]', body.filename, body.caption);
    case 'audio':
      return body.voice ? '[voice message]' : '[audio]';
    case 'location': {
      const coords = body.latitude !== undefined ? `(${body.latitude}, ${body.longitude})` : undefined;
      return join('[location]', body.name, body.address, coords);
    }
    case 'contacts': {
      const names = (m.contacts ?? []).map((c: Any) => join(c.name?.formatted_name, ...(c.phones ?? []).map((p: Any) => p.phone)));
      return join('[contact card]', ...names);
    }
    case 'interactive': {
      const reply = body.button_reply ?? body.list_reply ?? body.nfm_reply;
      return join('[selected]', reply?.title ?? reply?.name, reply?.description);
    }
    case 'button':
      return join('[button]', body.text ?? body.payload);
    case 'reaction':
      return body.emoji ? `[reaction ${body.emoji}]` : '[reaction removed]';
    case 'order': {
      const items = (body.product_items ?? []).map((i: Any) => `${i.quantity ?? 1} × ${i.product_retailer_id}`);
      return join('[order]', ...items, body.text);
    }
    case 'system':
      return join('[system]', body.body);
    case 'unsupported':
    case 'unknown':
      return '[unsupported message]';
    default:
      return `[${type}]`;
  }
}
