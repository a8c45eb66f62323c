/** The suggested status: the rubric's table applied top to bottom, first matching rule wins. */
import type { ConversationStatus } from '../reviewer';
import type { Signals } from './signals';

export interface StatusDecision {
  status: ConversationStatus;
  /** Which rule fired, for debugging and the summary. */
  reason: string;
}

export function decideStatus(s: Signals): StatusDecision {
  if (s.spam) return { status: 'SPAM', reason: s.spam };
  if (s.decline) return { status: 'NOT_INTERESTED', reason: s.decline.kind };
  if (s.quoteRequest) return { status: 'QUOTE_REQUEST', reason: 'quote' };

  const interested = s.buyingInterest > 0 || s.priceQuestion;
  const qualification =
    (s.contactDetails ? 2 : s.contactGiven ? 1 : 0) + (s.budgetGiven ? 1 : 0) + (s.dateGiven ? 1 : 0) + (s.quantityGiven ? 1 : 0);
  // a booking already fixed with only a date/quantity is "contacted", not a lead still to work
  const onlyBookingDetails = (s.bookingConfirmed || s.contactedPast) && !s.contactGiven && !s.budgetGiven;
  // "call me next week" without details is a deferral, not a qualified lead
  const deferred = s.followUp && !s.contactDetails && !s.budgetGiven;
  if (interested && qualification >= 2 && !onlyBookingDetails && !deferred) return { status: 'POTENTIAL_CUSTOMER', reason: 'qualified' };

  if (s.contactedPast || s.bookingConfirmed) return { status: 'CONTACTED', reason: s.contactedPast ? 'called' : 'booked' };
  if (s.followUp) return { status: 'FOLLOW_UP', reason: 'later' };
  if (s.waitingOnCustomer) return { status: 'WAITING_RESPONSE', reason: 'agent-question' };
  if (interested && !(s.existingCustomer && s.infoRequest >= s.buyingInterest)) return { status: 'OPPORTUNITY', reason: 'interest' };
  // information only when the topic is clearly informational (hours, address, how it works, an order) or
  // an existing customer asks about their own service; a bare question with no such topic stays open
  if (s.infoRequest > 0 || (s.existingCustomer && s.customerAsked)) return { status: 'INFO_ONLY', reason: 'info' };
  return { status: 'IN_PROGRESS', reason: 'open' };
}
