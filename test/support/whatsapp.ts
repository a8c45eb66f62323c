// WhatsApp Cloud API webhook bodies for tests, shaped like Meta's deliveries.

export interface WhatsappTextOptions {
  phoneNumberId: string;
  from: string;
  id: string;
  body: string;
  name?: string;
  /** epoch seconds; default now */
  timestamp?: number;
}

/** One customer text message in one delivery, serialised (sign the exact string you send). */
export function whatsappText(o: WhatsappTextOptions): string {
  return JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: 'WABA',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550000000', phone_number_id: o.phoneNumberId },
              contacts: [{ profile: { name: o.name ?? 'Test Customer' }, wa_id: o.from }],
              messages: [
                {
                  from: o.from,
                  id: o.id,
                  timestamp: String(o.timestamp ?? Math.floor(Date.now() / 1000)),
                  type: 'text',
                  text: { body: o.body },
                },
              ],
            },
          },
        ],
      },
    ],
  });
}
