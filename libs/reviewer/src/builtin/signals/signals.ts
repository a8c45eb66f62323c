/**
 * What the customer and the agent said, as facts the status rules, the score and the summary read.
 * Every signal is attributed to a side (customer intent only from customer messages, business actions
 * such as calls and bookings from whoever reports them) and keeps the message it came from, for evidence.
 */
import type { Conversation, Msg } from '../conversation';
import { hit, type Hit } from '../evidence';
import { GIVE_UP } from '../lexicon/cues.lexicon';
import { AGENT_PUSH, NEXT_STEP } from '../lexicon/quality.lexicon';
import * as L from '../lexicon/status.lexicon';
import { countPhrases, findPhrases, hasPhrase, type MatchOptions, type Phrases } from '../patterns';
import { detectBookingConfirmed, detectContactedPast } from './contacted';
import { detectDecline, type DeclineSignal } from './decline';
import { detectQuote } from './quote';
import { detectSpam, type SpamSignal } from './spam';
import { EMAIL_RE, MONEY_RE, PHONE_RE } from './text-signals';
import { detectWaiting, type WaitingSignal } from './waiting';

export interface Signals {
  spam: SpamSignal | null;
  decline: DeclineSignal | null;
  quoteRequest: Hit | null;
  priceQuestion: Hit | null;
  /** Contact details written, or offered ("call me on this number"). */
  contactGiven: Hit | null;
  /** An actual email address or phone number written by the customer. */
  contactDetails: Hit | null;
  /** A street address written by the customer. */
  addressGiven: Hit | null;
  budgetGiven: Hit | null;
  dateGiven: Hit | null;
  quantityGiven: Hit | null;
  /** Buying phrases of the customer (outside sentences about practical things), and where. */
  buyingInterest: number;
  interestHits: Hit[];
  infoRequest: number;
  /** Info phrases naming a practical topic (hours, address, an order…), not just "info" or "how does it work". */
  infoTopic: number;
  infoHits: Hit[];
  existingCustomer: Hit | null;
  followUp: Hit | null;
  contactedPast: Hit | null;
  bookingConfirmed: Hit | null;
  /** The conversation ends with an agent question the customer has not answered. */
  waitingOnCustomer: WaitingSignal | null;
  /** The customer asked anything (a question with content). */
  customerAsked: Hit | null;
  /** The customer reports something wrong to sort out (a fault, a complaint, a billing error). */
  problem: Hit | null;
}

/** Is the matched text one of the phrases of `p`, whole? */
function isWholly(p: Phrases, text: string): boolean {
  return findPhrases(p, text, { negation: false }).some((h) => h.index === 0 && h.text.length === text.length);
}

/** The first customer message matching `p`, as a hit. */
function firstHit(msgs: readonly Msg[], p: Phrases, options?: MatchOptions): Hit | null {
  const m = msgs.find((x) => hasPhrase(p, x.norm, options));
  return m ? hit(m, p.re) : null;
}

/** Sentences of a normalised text: split after . ! ? and at line breaks. */
const sentencesOf = (norm: string) => norm.split(/(?<=[.!?\n])\s*/);

/** The first message with a sentence that `test` accepts, as a hit on `p`. */
function firstSentenceHit(msgs: readonly Msg[], p: Phrases, test: (sentence: string) => boolean): Hit | null {
  const m = msgs.find((x) => sentencesOf(x.norm).some(test));
  return m ? hit(m, p.re) : null;
}

/**
 * The first message reporting something wrong to sort out. "If my dog has a problem on Sunday, what do I do?"
 * asks about the service, and "I broke my glasses" is the customer's own mishap, a reason to buy: no case is open.
 */
const problemHit = (msgs: readonly Msg[]) =>
  firstSentenceHit(
    msgs,
    L.PROBLEM_REPORT,
    (sent) => !hasPhrase(L.OWN_MISHAP, sent) && hasPhrase(L.PROBLEM_REPORT, sent, { skipConditional: true }),
  );

/**
 * "can u msg me like end of the month", "meld mich Anfang Dezember nochmal": getting in touch again and a later moment
 * in one sentence is a follow-up, however it is worded.
 */
const recontactLater = (msgs: readonly Msg[]) =>
  firstSentenceHit(msgs, L.RECONTACT, (sent) => hasPhrase(L.RECONTACT, sent) && hasPhrase(L.LATER_TIME, sent, { negation: false }));

export function computeSignals(c: Conversation): Signals {
  const cust = c.customer;

  // "do you have parking?" is information, not buying: buying words in a sentence about practical things don't
  // count, nor in one reporting a booking or order already made ("we booked a pitch from the 30th")
  let buyingInterest = 0;
  const interestHits: Hit[] = [];
  for (const m of cust) {
    // nor in the sentence right after such a report: "order 4471. any news?" asks about that order
    let n = 0;
    let afterOwnOrder = false;
    for (const sent of sentencesOf(m.norm)) {
      const own = hasPhrase(L.EXISTING_CUSTOMER, sent);
      if (!own && !afterOwnOrder && !hasPhrase(L.INFO_OBJECTS, sent)) n += countPhrases(L.BUYING_INTEREST, sent);
      afterOwnOrder = own;
    }
    buyingInterest += n;
    if (n) interestHits.push(hit(m, L.BUYING_INTEREST.re));
  }
  const existingCustomer = firstHit(cust, L.EXISTING_CUSTOMER);
  const priceQuestion = firstHit(cust, L.PRICE_QUESTION);
  let infoRequest = 0;
  let infoTopic = 0;
  const infoHits: Hit[] = [];
  for (const m of cust) {
    const found = findPhrases(L.INFO_REQUEST, m.norm);
    infoRequest += found.length;
    infoTopic += found.filter((h) => !isWholly(L.INFO_WEAK, h.text)).length;
    if (found.length) infoHits.push(hit(m, L.INFO_REQUEST.re));
  }

  let decline = detectDecline(c);
  // someone who only wanted information and gives up ("forget it") after getting no answer declines nothing:
  // there was no offer to turn down, the conversation stays informational
  if (decline?.kind === 'generic' && buyingInterest === 0 && !priceQuestion && infoRequest > 0) {
    const at = decline.msg.index;
    const offered = c.agent.some(
      (m) => m.index < at && (MONEY_RE.test(m.text) || hasPhrase(AGENT_PUSH, m.norm, { negation: false }) || hasPhrase(NEXT_STEP, m.norm)),
    );
    if (GIVE_UP.test(decline.msg.norm) || !offered) decline = null;
  }

  const contactMsg = cust.find((m) => EMAIL_RE.test(m.text) || PHONE_RE.test(m.text));
  const contactDetails = contactMsg ? hit(contactMsg, undefined, EMAIL_RE.test(contactMsg.text) ? EMAIL_RE : PHONE_RE) : null;
  // a budget is given with a figure ("budget around 2k"); "we need to look at our budget first" gives none
  const budgetMsg = cust.find(
    (m) => (hasPhrase(L.BUDGET, m.norm) && /\d/.test(m.norm)) || (MONEY_RE.test(m.text) && !m.clean.includes('?')),
  );
  const askedMsg = cust.find(
    (m) => m.clean.includes('?') && !hasPhrase(L.META_QUESTION, m.norm, { negation: false }) && m.content.length > 0,
  );
  return {
    spam: detectSpam(c, buyingInterest),
    decline,
    quoteRequest: detectQuote(c),
    priceQuestion,
    contactGiven: contactDetails ?? firstHit(cust, L.CONTACT_OFFERED),
    contactDetails,
    addressGiven: firstHit(cust, L.ADDRESS),
    budgetGiven: budgetMsg ? hit(budgetMsg, hasPhrase(L.BUDGET, budgetMsg.norm) ? L.BUDGET.re : undefined, MONEY_RE) : null,
    dateGiven: firstHit(cust, L.DATE_MENTION),
    quantityGiven: firstHit(cust, L.QUANTITY),
    buyingInterest,
    interestHits,
    infoRequest,
    infoTopic,
    infoHits,
    existingCustomer,
    followUp: firstHit(cust, L.FOLLOW_UP) ?? recontactLater(cust),
    contactedPast: detectContactedPast(c),
    bookingConfirmed: detectBookingConfirmed(c),
    waitingOnCustomer: detectWaiting(c),
    customerAsked: askedMsg ? hit(askedMsg) : null,
    problem: problemHit(cust),
  };
}
