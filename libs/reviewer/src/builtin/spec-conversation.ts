// For the reviewer's specs: a conversation written as [C(ustomer) | A(gent), text, minute?] rows, one a
// minute from a fixed start unless a row gives its minute.
import type { ReviewInput } from '../reviewer';

const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);

export function conv(msgs: [role: 'C' | 'A', text: string, minute?: number][], contact: ReviewInput['contact'] = {}): ReviewInput {
  return {
    source: 'WHATSAPP',
    contact,
    messages: msgs.map(([role, text, minute], i) => ({
      id: `m${i + 1}`,
      role: role === 'C' ? 'CUSTOMER' : 'AGENT',
      text,
      sentAt: new Date(T0 + (minute ?? i) * 60_000),
    })),
  };
}
