// The parts of Meta's WhatsApp Cloud API webhook payload this service reads, as Meta documents them
// (https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/components). Everything is
// optional: the body is untrusted input, read defensively.

export interface WaMedia {
  caption?: string;
  filename?: string;
  voice?: boolean;
}

export interface WaMessage {
  id?: string;
  from?: string;
  timestamp?: string;
  type?: string;
  text?: { body?: string };
  image?: WaMedia;
  video?: WaMedia;
  sticker?: WaMedia;
  document?: WaMedia;
  audio?: WaMedia;
  location?: { latitude?: number; longitude?: number; name?: string; address?: string };
  contacts?: { name?: { formatted_name?: string }; phones?: { phone?: string }[] }[];
  interactive?: {
    button_reply?: { title?: string };
    list_reply?: { title?: string; description?: string };
    nfm_reply?: { name?: string };
  };
  button?: { text?: string; payload?: string };
  reaction?: { emoji?: string };
  order?: { text?: string; product_items?: { quantity?: number; product_retailer_id?: string }[] };
  system?: { body?: string };
}

export interface WaChangeValue {
  metadata?: { phone_number_id?: string | number };
  contacts?: { wa_id?: string; profile?: { name?: string } }[];
  messages?: WaMessage[];
}

export interface WaWebhookBody {
  entry?: { changes?: { value?: WaChangeValue }[] }[];
}

/** A value as text, when it is one (numbers too); undefined otherwise. */
export const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

/** The value when it is an array, else []. */
export const list = <T>(v: T[] | undefined): T[] => (Array.isArray(v) ? v : []);
