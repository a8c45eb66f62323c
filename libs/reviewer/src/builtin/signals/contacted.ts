/** CONTACTED: the business already called the customer, or fixed and confirmed an appointment with them. */
import type { Conversation } from '../conversation';
import { hit, type Hit } from '../evidence';
import { APPOINTMENT_WORDS, ASKS_ABOUT, ORDER_CONTEXT } from '../lexicon/cues.lexicon';
import * as L from '../lexicon/status.lexicon';
import { findPhrases, hasPhrase } from '../patterns';

/** A farewell naming a day ("see you Thursday", "a giovedì", "ti aspettiamo"): a booking only when an appointment is what was arranged. */
const FAREWELL_DAY = /^(see you|a |bis |ate |hasta el |nos vemos el |(la|ti|vi) aspettiamo|(te|os|le|les) esperamos)/;

/** After the confirmation, a condition makes it tentative ("the date is confirmed once the deposit is paid"). */
const TENTATIVE_AFTER =
  /^[^.!?\n]*?\b(once|as soon as|when|after|subject to|provided|pending|upon|until|appena|non appena|quando|dopo|una volta|previo|solo se|en cuanto|cuando|una vez|des que|quand|une fois|sobald|wenn|nachdem|assim que|quando|depois)\b[^.!?\n]*\b(deposit|paid|payment|pay|receive|confirm\w*|caparra|acconto|pagament\w*|pagat\w*|bonifico|deposito|senal|pago|pagad\w*|acompte|paiement|paye|anzahlung|bezahlt|zahlung|sinal|pagamento|pago)\b/;

const REFUSED = /\b(not available|no longer available|unfortunately|purtroppo|non (e|sara) possibile|fully booked|non abbiamo)\b/;

/** A clause that asks rather than reports ("did you call me", "hai chiamato?"). */
const ASKING_CLAUSE =
  /\?|^\s*(did|have|has|was|were|who|when|why|is|are|can|could|hai|avete|ha|chi|quando|perche|has|habeis|quien|cuando|por que|est-ce|qui|quand|pourquoi|hast|habt|haben sie|wer|wann|warum|voce|quem|quando|porque)\b/;

/** A call or meeting that already happened, told by either side ("as discussed on the phone"). */
export function detectContactedPast(c: Conversation): Hit | null {
  const m = c.msgs.find(
    (x) =>
      hasPhrase(L.CONTACT_PAST, x.norm, { skipQuestions: true, skipConditional: true }) ||
      // chat runs clauses together with commas: "Sian rang me this morning, she said to confirm on here?" reports the call
      x.norm
        .split(/[,;]\s*/)
        .some((cl) => !ASKING_CLAUSE.test(cl) && hasPhrase(L.CONTACT_PAST, `${cl}.`, { skipQuestions: true, skipConditional: true })),
  );
  return m ? hit(m, L.CONTACT_PAST.re) : null;
}

export function detectBookingConfirmed(c: Conversation): Hit | null {
  const appointmentTalk = c.msgs.some((m) => APPOINTMENT_WORDS.test(m.norm));
  // the customer says nothing was booked or confirmed: whatever the agent claimed, nothing was fixed with them
  if (c.customer.some((m) => hasPhrase(L.BOOKING_DENIED, m.norm, { negation: false }))) return null;
  for (const m of c.msgs) {
    const hits = findPhrases(L.BOOKING_CONFIRMED, m.norm, { skipQuestions: true, skipConditional: true }).filter((h) => {
      const sentStart = Math.max(...['.', '!', '?', '\n'].map((p) => m.norm.lastIndexOf(p, h.index - 1))) + 1;
      const sentEnd = m.norm.slice(h.index).search(/[.!?\n]/);
      const sentence = m.norm.slice(sentStart, sentEnd < 0 ? undefined : h.index + sentEnd);
      if (ORDER_CONTEXT.test(sentence) && !APPOINTMENT_WORDS.test(sentence)) return false;
      if (TENTATIVE_AFTER.test(m.norm.slice(h.index + h.text.length))) return false;
      if (FAREWELL_DAY.test(h.text.trim()) && !appointmentTalk) return false;
      return true;
    });
    if (!hits.length) continue;
    // a customer asking about a booking they made ("I booked with you, I wanted to know if the flight is confirmed")
    // reports a purchase and asks for information: nothing was fixed with them in this conversation
    if (m.role === 'CUSTOMER' && (m.clean.includes('?') || ASKS_ABOUT.test(m.norm))) continue;
    const prev = m.index > 0 ? c.msgs[m.index - 1] : null;
    if (hasPhrase(L.DATE_MENTION, m.norm) || (prev && hasPhrase(L.DATE_MENTION, prev.norm))) {
      if (m.role === 'AGENT') return hit(m, L.BOOKING_CONFIRMED.re);
      // a customer confirming: the agent must not contradict it
      const r = c.nextAgent[m.index];
      if (r < 0 || !REFUSED.test(c.msgs[r].norm)) return hit(m, L.BOOKING_CONFIRMED.re);
    }
  }
  return null;
}
