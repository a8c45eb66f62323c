/** The suggested status: the rubric's table applied top to bottom, first matching rule wins, with the messages that made it match. */
import { fitQuote } from '../evidence';
import type { ReviewEvidence } from '../reviewer';
import type { ConversationStatus } from '../vocabulary';
import type { Conversation } from './conversation';
import { hit, quoteHits, sentenceQuote, type Hit } from './evidence';
import type { Signals } from './signals/signals';
import type { WaitingSignal } from './signals/waiting';

export interface StatusDecision {
  status: ConversationStatus;
  /** Which rule fired, for debugging and the summary. */
  reason: string;
  /** What made the rule match. */
  evidence: ReviewEvidence[];
}

/** Content words a question needs to say what it is about. */
const OPEN_QUESTION_WORDS = 4;

export function decideStatus(s: Signals, c: Conversation): StatusDecision {
  const decide = (status: ConversationStatus, reason: string, hits: (Hit | null)[]): StatusDecision => ({
    status,
    reason,
    evidence: quoteHits(hits),
  });
  if (s.spam) return decide('SPAM', s.spam.kind, s.spam.hits);
  if (s.decline) return decide('NOT_INTERESTED', s.decline.kind, [s.decline.hit]);
  if (s.quoteRequest) return decide('QUOTE_REQUEST', 'quote', [s.quoteRequest]);

  const interested = s.buyingInterest > 0 || !!s.priceQuestion;
  const qualification =
    (s.contactDetails ? 2 : s.contactGiven ? 1 : 0) + (s.budgetGiven ? 1 : 0) + (s.dateGiven ? 1 : 0) + (s.quantityGiven ? 1 : 0);
  // a booking already fixed with only a date/quantity is "contacted", not a lead still to work
  const onlyBookingDetails = (s.bookingConfirmed || s.contactedPast) && !s.contactGiven && !s.budgetGiven;
  // "call me next week" without details is a deferral, not a qualified lead
  const deferred = s.followUp && !s.contactDetails && !s.budgetGiven;
  // someone who describes the job and leaves an e-mail or phone number plus when/how much wants it done, however
  // they phrase it ("water coming through the ceiling… I'm home Tuesday, email me"); customers asking about their own order excluded
  // "call me on this number" plus a street address reaches them as well as a written number does
  const reachable = !!s.contactDetails || (!!s.contactGiven && !!s.addressGiven);
  const leadWithoutAsking = reachable && qualification + (s.addressGiven ? 1 : 0) >= 3 && !s.existingCustomer;
  // only dates and numbers, and the agent's last message still asks for what is missing ("which dates exactly?"):
  // nothing yet to follow up with, the answer is awaited
  const stillAsked = !!s.waitingOnCustomer && !s.contactGiven && !s.budgetGiven;
  if ((interested || leadWithoutAsking) && qualification >= 2 && !onlyBookingDetails && !deferred && !stillAsked)
    return decide('POTENTIAL_CUSTOMER', 'qualified', [
      s.interestHits[0] ?? s.priceQuestion,
      s.contactGiven,
      s.budgetGiven,
      s.dateGiven,
      s.quantityGiven,
      s.addressGiven,
    ]);

  if (s.contactedPast || s.bookingConfirmed) {
    const h = (s.contactedPast ?? s.bookingConfirmed) as Hit;
    return decide('CONTACTED', s.contactedPast ? 'called' : 'booked', [h, ...customerReply(c, h)]);
  }
  if (s.followUp) return decide('FOLLOW_UP', 'later', [s.followUp]);
  if (s.waitingOnCustomer)
    return { status: 'WAITING_RESPONSE', reason: 'agent-question', evidence: [waitingEvidence(s.waitingOnCustomer)] };
  // a case to sort out (a fault, a complaint, an official letter, a disputed charge) stays open until it is
  // sorted, whatever its messages ask along the way ("I want to see the receipts", "has it arrived?"); a
  // question asked apart from the case (opening hours, an order's status) is information
  const problem = s.problem;
  const aboutTheCase = (h: Hit | null) => !h || h.msg.index === problem?.msg.index || h.msg.index > (problem?.msg.index ?? 0);
  if (problem && s.infoHits.every(aboutTheCase) && s.interestHits.every(aboutTheCase) && !s.priceQuestion)
    return decide('IN_PROGRESS', 'case', [problem]);
  if (interested && !(s.existingCustomer && s.infoRequest >= s.buyingInterest))
    return decide('OPPORTUNITY', 'interest', [...s.interestHits, s.priceQuestion]);
  // information only when the topic is clearly informational (hours, address, how it works, an order) or
  // an existing customer asks about their own service; a bare question with no such topic stays open
  if (s.infoTopic > 0 || (s.existingCustomer && (s.customerAsked || s.infoRequest > 0)))
    return decide('INFO_ONLY', 'info', s.infoHits.length ? s.infoHits : [s.existingCustomer, s.customerAsked]);
  // "info on your courses?", "how does it work?" from someone who is not a customer yet asks about the offer
  if (s.infoRequest > 0) return decide('OPPORTUNITY', 'asks-offer', s.infoHits);
  // nothing matched, but a real question was asked (not "anyone there?", not a fault to sort out): from someone
  // not yet a customer it is about the offer, from a customer about their own service
  const q = s.customerAsked;
  if (q && !s.problem && q.msg.content.length >= OPEN_QUESTION_WORDS)
    return s.existingCustomer ? decide('INFO_ONLY', 'asked', [s.existingCustomer, q]) : decide('OPPORTUNITY', 'asked', [q]);
  // nothing matched: the customer's latest words are what is still open
  const last = c.customer[c.customer.length - 1];
  return decide('IN_PROGRESS', 'open', [last ? hit(last) : null]);
}

/** A booking or call reported by the agent is confirmed by the customer's next message, when there is one. */
function customerReply(c: Conversation, h: Hit): Hit[] {
  if (h.msg.role === 'CUSTOMER') return [];
  const next = c.nextCustomer[h.msg.index];
  return next >= 0 ? [hit(c.msgs[next])] : [];
}

function waitingEvidence(w: WaitingSignal): ReviewEvidence {
  const text = w.msg.text;
  const at = text.lastIndexOf(w.question);
  const quote = at >= 0 ? fitQuote(text, at, at + w.question.length) : sentenceQuote(text, Math.max(0, text.lastIndexOf('?')));
  return { messageId: w.msg.id, quote };
}
