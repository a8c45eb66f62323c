/** NOT_INTERESTED: the customer's last stance is a no (too expensive, bought elsewhere, stop, a plain no). */
import type { Conversation, Msg } from '../conversation';
import { hit, type Hit } from '../evidence';
import { CLOSING_QUESTION } from '../lexicon/cues.lexicon';
import { AGENT_PUSH, NEXT_STEP } from '../lexicon/quality.lexicon';
import * as L from '../lexicon/status.lexicon';
import { findPhrases, hasPhrase, type PhraseMatch } from '../patterns';
import { EMAIL_RE, MONEY_RE, PHONE_RE } from './text-signals';

const OPENS_WITH_NO = /^\W*(no|non|nein|nao|nope|nah)(?![a-z])/;

export type DeclineKind = 'price' | 'elsewhere' | 'stop' | 'generic';

export interface DeclineSignal {
  kind: DeclineKind;
  msg: Msg;
  hit: Hit;
}

export function detectDecline(c: Conversation): DeclineSignal | null {
  let found: DeclineSignal | null = null;
  for (const m of c.customer) {
    // asking to stop the messages is a decline whatever the wording, question or not
    const strong = hasPhrase(L.DECLINE_STRONG, m.norm, { skipQuestions: true }) || hasPhrase(L.STOP_REASON, m.norm);
    let weak = false;
    if (!strong && hasPhrase(L.DECLINE_WEAK, m.norm, { negation: false, skipQuestions: true })) {
      // a weak "no" ("no thanks", "I'll leave it") declines only an offer the agent made just before
      const p = c.prevAgent[m.index];
      const prevAgent = p >= 0 ? c.msgs[p] : null;
      // … or gives its reason: "forget it, I asked another company" turns down the business whatever it said last
      weak =
        hasPhrase(L.ELSEWHERE_REASON, m.norm) ||
        (!!prevAgent &&
          !CLOSING_QUESTION.test(prevAgent.norm) &&
          (MONEY_RE.test(prevAgent.text) ||
            hasPhrase(NEXT_STEP, prevAgent.norm) ||
            hasPhrase(AGENT_PUSH, prevAgent.norm) ||
            prevAgent.clean.includes('?')));
    }
    // "I already booked one, it's in the shop": an existing customer pointing at their own booking or order declines
    // nothing ("já paguei lá", paid there, is done elsewhere)
    if (
      (strong || weak) &&
      hasPhrase(L.EXISTING_CUSTOMER, m.norm) &&
      !hasPhrase(L.DECLINE_DONE_ELSEWHERE, m.norm) &&
      !hasPhrase(L.STOP_REASON, m.norm) &&
      !hasPhrase(L.PRICE_REASON, m.norm)
    )
      continue;
    // the customer's last stance in the message wins: giving up on the chat and then leaving contact details
    // or asking again for the quote ("forget the chat. if someone wants to quote me: name, number") is still buying
    if ((strong || weak) && buysAfterDecline(m)) {
      found = null;
      continue;
    }
    // "a bit over what we had in mind, but I like it... I'll think about it and write after payday": the
    // objection is followed by a deferral, the customer's last stance is "later", not "no"
    if ((strong || weak) && defersAfterDecline(m)) {
      found = null;
      continue;
    }
    if (strong || weak) {
      const kind: DeclineKind = hasPhrase(L.ELSEWHERE_REASON, m.norm)
        ? 'elsewhere'
        : hasPhrase(L.STOP_REASON, m.norm)
          ? 'stop'
          : hasPhrase(L.PRICE_REASON, m.norm)
            ? 'price'
            : 'generic';
      const h = hit(m, (strong ? L.DECLINE_STRONG : L.DECLINE_WEAK).re);
      // a stronger reason given earlier wins over a later generic "no thanks"
      if (!found || kind !== 'generic' || found.kind === 'generic') found = { kind, msg: m, hit: h };
      else found = { kind: found.kind, msg: m, hit: h };
    } else if (
      found &&
      // "nein, am Preis lag's nicht": a message that opens with a no answers a question, it does not buy again
      !OPENS_WITH_NO.test(m.norm) &&
      (hasPhrase(L.BUYING_INTEREST, m.norm) ||
        hasPhrase(L.CONTACT_OFFERED, m.norm) ||
        hasPhrase(L.QUOTE_EXPLICIT, m.norm) ||
        EMAIL_RE.test(m.text) ||
        PHONE_RE.test(m.text))
    ) {
      // the customer came back to buying after declining
      found = null;
    }
  }
  return found;
}

function lastDeclinePhrase(m: Msg): PhraseMatch | null {
  const hits = [
    ...findPhrases(L.DECLINE_STRONG, m.norm, { skipQuestions: true }),
    ...findPhrases(L.DECLINE_WEAK, m.norm, { negation: false }),
  ];
  return hits.length ? hits.reduce((a, b) => (b.index > a.index ? b : a)) : null;
}

/** After a price objection or a generic no, the same message defers the decision ("ci penso e vi riscrivo"). */
function defersAfterDecline(m: Msg): boolean {
  if (hasPhrase(L.STOP_REASON, m.norm) || hasPhrase(L.ELSEWHERE_REASON, m.norm)) return false;
  const last = lastDeclinePhrase(m);
  return !!last && hasPhrase(L.FOLLOW_UP, m.norm.slice(last.index + last.text.length));
}

/** After the last decline phrase of a message, the customer still asks for the product or leaves the means to follow up. */
function buysAfterDecline(m: Msg): boolean {
  const last = lastDeclinePhrase(m);
  if (!last) return false;
  const rest = m.norm.slice(last.index + last.text.length);
  // what is given up is the channel, not the purchase ("I give up on this chat")
  const channelOnly =
    /^\s*(la |questa |sta |the |this |esta |este |le |ce |den |diesen |o |este )?(chat|whatsapp|bot|assistente|assistant|chatbot|conversa\w*)\b/.test(
      rest,
    );
  const buying =
    EMAIL_RE.test(rest) ||
    PHONE_RE.test(rest) ||
    hasPhrase(L.CONTACT_OFFERED, rest) ||
    hasPhrase(L.QUOTE_EXPLICIT, rest) ||
    // "lasciate stare, chiamo io in studio": on by phone or in person
    hasPhrase(L.GOES_ON_ITSELF, rest, { negation: false });
  return buying && !hasPhrase(L.STOP_REASON, m.norm) && (channelOnly || !hasPhrase(L.ELSEWHERE_REASON, m.norm));
}
