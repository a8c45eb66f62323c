/**
 * What the customer and the agent said, as facts the status rules, the score and the summary read.
 * Every signal is attributed to a side: customer intent only from customer messages, business
 * actions (calls, bookings) from whoever reports them.
 */
import type { Conversation, Msg } from './conversation';
import { contentWords } from './conversation';
import { countPhrases, findPhrases, hasPhrase, type Phrases } from './patterns';
import * as L from './status.lexicon';
import { AGENT_PUSH, CLOSING, NEXT_STEP, POLITE } from './quality.lexicon';
import { hasUrl, normalize, stripEmoji, words } from './text';

export type SpamKind = 'promo' | 'scam' | 'bot' | 'wrong-number' | 'gibberish' | 'links';
export type DeclineKind = 'price' | 'elsewhere' | 'stop' | 'generic';

export interface Signals {
  spam: SpamKind | null;
  decline: { kind: DeclineKind; msg: Msg } | null;
  quoteRequest: boolean;
  priceQuestion: boolean;
  contactGiven: boolean;
  /** An actual email address or phone number written by the customer. */
  contactDetails: boolean;
  budgetGiven: boolean;
  dateGiven: boolean;
  quantityGiven: boolean;
  buyingInterest: number;
  infoRequest: number;
  existingCustomer: boolean;
  followUp: boolean;
  contactedPast: boolean;
  bookingConfirmed: boolean;
  /** The conversation ends with an agent question the customer has not answered. */
  waitingOnCustomer: string | null;
  /** The customer asked anything (a question with content). */
  customerAsked: boolean;
}

export const EMAIL_RE = /[\w.+-]+@[\w-]+\.[\w.]+/;
export const PHONE_RE = /(?:\+|00)?\d[\d\s().-]{7,}\d/;
export const MONEY_RE =
  /[£$€]\s?\d|\d[\d.,]*\s?(?:€|eur\b|euro\b|euros\b|dollars?\b|pounds?\b|quid\b|sterline\b|reais\b|k\b|mila\b|grand\b)/i;

/** The agent tells the sender they reached the wrong number / the wrong business. */
const AGENT_WRONG_NUMBER =
  /wrong (number|person|business|chat)|reached the wrong|not the (person|business) you|numer\w* sbagliat|sbagliato numero|ha sbagliato (numero|persona|chat)|numero equivocado|equivocado de numero|(mauvais|faux) numero|trompe de numero|falsch\w* (nummer|person|chat)|verwahlt|numero errado|enganou no numero/;

/** Questions that close a conversation rather than wait for an answer ("anything else?"). */
const CLOSING_QUESTION =
  /anything else|something else|any other questions|help (you )?with anything|altro\?|qualcos'altro|posso aiutar\w* (in|con) (altro|qualcos)|c'e altro|algo mas|autre chose|noch etwas|mais alguma/;

/** Questions that are not really asked (sales rhetoric). */
const RHETORICAL = /did you know|lo sapevi|sapevi che|ready to|pronto a|pronta a|sabias que|saviez-vous|wussten sie|sabia que/;

export function isQuestionSentence(s: string): boolean {
  return /\?\s*[\p{Extended_Pictographic}\uFE0F\s]*$/u.test(s.trim()) || /\?/.test(s);
}

/** A customer message that only closes or acknowledges ("thanks!", "👍", "sound, cheers"). */
export function isClosing(m: Msg): boolean {
  if (m.media.length && !m.clean) return false;
  if (!m.clean.trim()) return true;
  if (m.clean.includes('?')) return false;
  let rest = m.norm;
  for (const p of [CLOSING, POLITE]) rest = rest.replace(p.re, ' ');
  const left = words(stripEmoji(rest)).filter((w) => w.length > 1);
  return left.length <= 1 || (left.length <= 3 && words(m.norm).length <= 6 && hasPhrase(CLOSING, m.norm));
}

/** Mostly-meaningless letters ("asdkjh qwe zzzz"). */
export function isGibberish(norm: string): boolean {
  const toks = words(norm).filter((w) => /[a-z]/.test(w));
  if (!toks.length) return false;
  const weird = toks.filter(
    (w) =>
      (w.length >= 3 && !/[aeiouy]/.test(w)) ||
      /[bcdfghjklmnpqrstvwxz]{5,}/.test(w) ||
      /(.)\1\1/.test(w) ||
      /asdf|qwer|zxcv|hjkl|sdfg|dfgh|fghj|ghjk|jkl|uiop|wert|erty/.test(w),
  );
  return weird.length / toks.length >= 0.6;
}

export function computeSignals(c: Conversation): Signals {
  const cust = c.customer;
  const custNorm = cust.map((m) => m.norm);
  const all = (p: Phrases, msgs: Msg[], opts?: Parameters<typeof findPhrases>[2]) =>
    msgs.reduce((n, m) => n + countPhrases(p, m.norm, opts), 0);

  // "do you have parking?" is information, not buying: buying words in a sentence about practical things don't count
  const buyingInterest = cust.reduce(
    (n, m) =>
      n +
      m.norm
        .split(/(?<=[.!?\n])\s*/)
        .reduce((k, sent) => k + (hasPhrase(L.INFO_OBJECTS, sent) ? 0 : countPhrases(L.BUYING_INTEREST, sent)), 0),
    0,
  );
  const existingCustomer = cust.some((m) => hasPhrase(L.EXISTING_CUSTOMER, m.norm));
  const priceQuestion = cust.some((m) => hasPhrase(L.PRICE_QUESTION, m.norm));

  return {
    spam: detectSpam(c, buyingInterest),
    decline: detectDecline(c),
    quoteRequest: detectQuote(c),
    priceQuestion,
    contactGiven: cust.some((m) => EMAIL_RE.test(m.text) || PHONE_RE.test(m.text) || hasPhrase(L.CONTACT_OFFERED, m.norm)),
    contactDetails: cust.some((m) => EMAIL_RE.test(m.text) || PHONE_RE.test(m.text)),
    budgetGiven: cust.some((m) => hasPhrase(L.BUDGET, m.norm) || (MONEY_RE.test(m.text) && !m.clean.includes('?'))),
    dateGiven: custNorm.some((n) => hasPhrase(L.DATE_MENTION, n)),
    quantityGiven: custNorm.some((n) => hasPhrase(L.QUANTITY, n)),
    buyingInterest,
    infoRequest: all(L.INFO_REQUEST, cust),
    existingCustomer,
    followUp: cust.some((m) => hasPhrase(L.FOLLOW_UP, m.norm)),
    contactedPast: c.msgs.some((m) => hasPhrase(L.CONTACT_PAST, m.norm, { skipQuestions: true, skipConditional: true })),
    bookingConfirmed: detectBookingConfirmed(c),
    waitingOnCustomer: detectWaiting(c),
    customerAsked: cust.some(
      (m) => m.clean.includes('?') && !hasPhrase(L.META_QUESTION, m.norm, { negation: false }) && contentWords(m.norm).length > 0,
    ),
  };
}

function detectSpam(c: Conversation, buyingInterest: number): SpamKind | null {
  const cust = c.customer;
  if (!cust.length) return null;
  const agentNorm = c.agent.map((m) => m.norm).join('\n');
  const promo = cust.reduce((n, m) => n + countPhrases(L.PROMO, m.norm), 0);
  const scam = cust.reduce((n, m) => n + countPhrases(L.SCAM, m.norm), 0);
  const bot = cust.reduce((n, m) => n + countPhrases(L.BOT, m.norm), 0);
  const links = cust.filter((m) => hasUrl(m.text)).length;
  const agentRejects = hasPhrase(L.AGENT_SPAM_HANDLING, agentNorm);
  const score = promo + 2 * scam + 2 * bot + Math.min(links, 2) + (agentRejects ? 1 : 0);
  if (scam >= 1 && score >= 2) return 'scam';
  if (bot >= 1 && buyingInterest === 0) return 'bot';
  if (promo >= 1 && score >= 2 && promo >= buyingInterest / 2) return 'promo';
  if (
    cust.some((m) => hasPhrase(L.WRONG_NUMBER, m.norm)) ||
    (AGENT_WRONG_NUMBER.test(agentNorm) && buyingInterest === 0) ||
    // a personal message meant for family or friends ("can you pick up milk on your way home?")
    (buyingInterest === 0 && cust.some((m) => hasPhrase(L.PERSONAL_MESSAGE, m.norm, { negation: false })))
  ) {
    return 'wrong-number';
  }
  const withLetters = cust.filter((m) => /[a-z]/.test(m.norm));
  if (withLetters.length && withLetters.every((m) => isGibberish(m.norm))) return 'gibberish';
  const substantive = cust.filter((m) => m.clean || hasUrl(m.text));
  if (links && substantive.every((m) => hasUrl(m.text) && contentWords(m.norm).length <= 2) && buyingInterest === 0) return 'links';
  return null;
}

function detectDecline(c: Conversation): Signals['decline'] {
  let found: Signals['decline'] = null;
  for (const m of c.customer) {
    const strong = hasPhrase(L.DECLINE_STRONG, m.norm, { skipQuestions: true });
    let weak = false;
    if (!strong && hasPhrase(L.DECLINE_WEAK, m.norm, { negation: false, skipQuestions: true })) {
      const prevAgent = [...c.agent].reverse().find((a) => a.index < m.index);
      weak =
        !!prevAgent &&
        !CLOSING_QUESTION.test(prevAgent.norm) &&
        (MONEY_RE.test(prevAgent.text) ||
          hasPhrase(NEXT_STEP, prevAgent.norm) ||
          hasPhrase(AGENT_PUSH, prevAgent.norm) ||
          prevAgent.clean.includes('?'));
    }
    if (strong || weak) {
      const kind: DeclineKind = hasPhrase(L.ELSEWHERE_REASON, m.norm)
        ? 'elsewhere'
        : hasPhrase(L.STOP_REASON, m.norm)
          ? 'stop'
          : hasPhrase(L.PRICE_REASON, m.norm)
            ? 'price'
            : 'generic';
      // a stronger reason given earlier wins over a later generic "no thanks"
      if (!found || kind !== 'generic' || found.kind === 'generic') found = { kind, msg: m };
      else found = { kind: found.kind, msg: m };
    } else if (found && (hasPhrase(L.BUYING_INTEREST, m.norm) || hasPhrase(L.CONTACT_OFFERED, m.norm) || EMAIL_RE.test(m.text))) {
      // the customer came back to buying after declining
      found = null;
    }
  }
  return found;
}

function detectQuote(c: Conversation): boolean {
  for (const m of c.customer) {
    if (hasPhrase(L.QUOTE_EXPLICIT, m.norm)) return true;
    if (hasPhrase(L.PRICE_QUESTION, m.norm) && hasPhrase(L.PRICE_SPECIFIC, m.norm)) return true;
  }
  // the agent offered a quote and the customer accepted
  for (let i = 0; i + 1 < c.msgs.length; i++) {
    const a = c.msgs[i];
    const b = c.msgs.slice(i + 1).find((m) => m.role === 'CUSTOMER');
    if (
      a.role === 'AGENT' &&
      b &&
      a.clean.includes('?') &&
      hasPhrase(L.QUOTE_EXPLICIT, a.norm) &&
      /^(yes|yeah|yep|sure|ok|si|certo|perfetto|va bene|claro|oui|ja|sim)\b/.test(b.norm.trim())
    ) {
      return true;
    }
  }
  return false;
}

function detectBookingConfirmed(c: Conversation): boolean {
  for (const m of c.msgs) {
    if (!hasPhrase(L.BOOKING_CONFIRMED, m.norm, { skipQuestions: true, skipConditional: true })) continue;
    const prev = c.msgs[m.index - 1];
    if (hasPhrase(L.DATE_MENTION, m.norm) || (prev && hasPhrase(L.DATE_MENTION, prev.norm))) {
      if (m.role === 'AGENT') return true;
      // a customer confirming: the agent must not contradict it
      const reply = c.msgs.slice(m.index + 1).find((x) => x.role === 'AGENT');
      if (
        !reply ||
        !/\b(not available|no longer available|unfortunately|purtroppo|non (e|sara) possibile|fully booked|non abbiamo)\b/.test(reply.norm)
      )
        return true;
    }
  }
  return false;
}

function detectWaiting(c: Conversation): string | null {
  const last = c.turns[c.turns.length - 1];
  if (!last || last.role !== 'AGENT') return null;
  const qs = last.msgs
    .flatMap((m) => m.clean.split(/(?<=[.!?])\s+/))
    .filter((s) => s.includes('?'))
    .map((s) => normalize(s))
    .filter((s) => !CLOSING_QUESTION.test(s) && !RHETORICAL.test(s) && contentWords(s).length > 0);
  return qs.length ? qs[qs.length - 1] : null;
}
