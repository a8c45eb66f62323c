/** QUOTE_REQUEST: the customer asks for a quote, or a price for their own case, or accepts the agent's offer of one. */
import type { Conversation } from '../conversation';
import { hit, type Hit } from '../evidence';
import * as L from '../lexicon/status.lexicon';
import { hasPhrase } from '../patterns';

const ACCEPTS = /^(yes|yeah|yep|sure|ok|si|certo|perfetto|va bene|claro|oui|ja|sim)\b/;

export function detectQuote(c: Conversation): Hit | null {
  for (const m of c.customer) {
    // "thanks for the quote, …" talks about one already received
    if (hasPhrase(L.QUOTE_EXPLICIT, m.norm) && !hasPhrase(L.QUOTE_RECEIVED, m.norm)) return hit(m, L.QUOTE_EXPLICIT.re);
    // a price asked with the details of the customer's own case (their things, how many, when, the fault
    // they report: "the boiler keeps losing pressure… what sort of money to sort it?") is a quote request
    if (
      hasPhrase(L.PRICE_QUESTION, m.norm) &&
      (hasPhrase(L.PRICE_SPECIFIC, m.norm) ||
        hasPhrase(L.QUANTITY, m.norm) ||
        hasPhrase(L.DATE_MENTION, m.norm) ||
        hasPhrase(L.PROBLEM_REPORT, m.norm, { skipConditional: true }))
    )
      return hit(m, L.PRICE_QUESTION.re);
  }
  // the agent offered a quote and the customer accepted
  for (const a of c.agent) {
    const next = c.nextCustomer[a.index];
    const b = next >= 0 ? c.msgs[next] : null;
    if (b && a.clean.includes('?') && hasPhrase(L.QUOTE_EXPLICIT, a.norm) && ACCEPTS.test(b.norm.trim())) return hit(b);
  }
  return null;
}
