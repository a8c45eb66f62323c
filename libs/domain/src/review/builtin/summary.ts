/** The summary: what the customer wanted (quoted), what the agent did, the outcome or next step. */
import { SUMMARY_MAX_CHARS, type ConversationStatus } from '../reviewer';
import type { Conversation } from './conversation';
import { PHRASES } from './summary.phrases';
import type { QualityReport } from './quality';
import type { Signals } from './signals';
import { eventNoun, pickExcerpt } from './subject';
import { capitalizeFirst, truncateWords } from './text';

export function writeSummary(c: Conversation, status: ConversationStatus, s: Signals, q: QualityReport): string {
  const P = PHRASES[c.lang];
  // the quote takes what the other sentences leave of the 400 characters
  const probe = compose(c, status, s, q, 200);
  if (probe.length <= SUMMARY_MAX_CHARS) return probe;
  const fixed = probe.length - 200;
  for (const budget of [Math.max(60, SUMMARY_MAX_CHARS - fixed - 5), 110, 80, 60]) {
    const out = compose(c, status, s, q, budget);
    if (out.length <= SUMMARY_MAX_CHARS) return out;
  }
  return truncateWords(compose(c, status, s, q, 50), SUMMARY_MAX_CHARS) || P.outcome.open;
}

function compose(c: Conversation, status: ConversationStatus, s: Signals, q: QualityReport, budget: number): string {
  const P = PHRASES[c.lang];
  const out: string[] = [];
  const isSpam = status === 'SPAM';
  const who = isSpam ? P.sender : (c.firstName ?? P.customer);
  const media = c.customer.flatMap((m) => m.media);
  const ex = pickExcerpt(c, 'CUSTOMER', budget);

  // 1. what the customer wanted
  if (!c.msgs.length) return P.outcome.open;
  if (!c.customer.length) {
    out.push(P.outcome.open);
  } else if (isSpam && s.spam) {
    out.push(ex ? `${who} ${P.spam[s.spam]}: ${P.quote(ex.text)}${end(ex.text)}` : `${who} ${P.spam[s.spam]}.`);
  } else if (!ex) {
    out.push(media.length && !c.customer.some((m) => m.clean) ? P.onlyMedia(who, media) : P.onlyGreeting(who, media));
  } else {
    const verb = status === 'QUOTE_REQUEST' ? P.askedQuote : ex.isQuestion ? P.asked : P.wrote;
    // name the event when the quote only says it with a verb ("we're getting married" → wedding)
    const ev = eventNoun(c, c.lang);
    const topic = ev && !ex.text.toLowerCase().includes(ev.toLowerCase()) ? ` (${ev})` : '';
    // media sent with no text before the quoted message are part of what the customer wanted (a voice note, a photo)
    const mediaBefore = c.customer.filter((m) => m.index < ex.msgIndex && m.media.length && !m.clean).flatMap((m) => m.media);
    const lead = mediaBefore.length ? P.mediaThen(who, mediaBefore, verb) : `${who} ${verb}`;
    out.push(`${lead}${topic}: ${P.quote(ex.text)}${end(ex.text)}`);
    const mediaAfter = c.customer.filter((m) => m.index > ex.msgIndex && m.media.length && !m.clean).flatMap((m) => m.media);
    if (mediaAfter.length) out.push(P.mediaAfter(mediaAfter));
  }

  // 2. what the agent did
  out.push(agentSentence(c, status, s, q, ex?.thin ?? true, budget));

  // 3. outcome / next step
  out.push(outcome(c, status, s, q));
  return out
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/([?!…])(\s?[”»“"])\./g, '$1$2')
    .trim();
}

function end(text: string): string {
  return /[.!?…]$/.test(text) ? '' : '.';
}

function agentSentence(
  c: Conversation,
  status: ConversationStatus,
  s: Signals,
  q: QualityReport,
  customerThin: boolean,
  budget: number,
): string {
  const P = PHRASES[c.lang];
  const A = P.agent;
  if (!c.customer.length) return '';
  if (q.noReply) return A.never;
  if (status === 'SPAM') {
    if (s.spam === 'wrong-number' && /wrong|sbagliat|equivocad|mauvais|falsch|errad/.test(c.agent.map((m) => m.norm).join(' ')))
      return A.spamWrongNumber;
    return q.score >= 70 ? A.spamPolite : A.spamEngaged;
  }
  if (q.wrongLanguage && q.wrongLanguage >= c.agent.length / 2) return A.wrongLanguage;
  if (q.notUnderstood) return A.notUnderstood(q.notUnderstood > 1);
  if (q.repeated && q.repeated >= c.agent.length / 2) return A.sameAutoReply;
  if (q.pushyAfterDecline) return A.pushy;
  if (q.offTopicPush && q.ignored) return A.offTopic;
  if (customerThin) {
    const ax = pickExcerpt(c, 'AGENT', Math.min(130, budget));
    if (ax) return A.repliedExcerpt(ax.text.replace(/[.!]$/, ''));
  }
  if (q.ignored && q.answered === 0) return A.ignored;
  if (q.ignored) return A.partial;
  const extras: string[] = [];
  if (q.askedContact) extras.push(A.askedContact);
  else if (s.waitingOnCustomer) extras.push(A.askedBack);
  else if (q.nextStep) extras.push(A.nextStep);
  const head = q.specifics > 0 ? A.specific : A.replied;
  const slow = q.slowReplies >= 12 ? ` ${A.slow}` : '';
  return `${head}${slow}${extras.length ? ` ${P.and} ${extras.join(` ${P.and} `)}` : ''}.`;
}

function outcome(c: Conversation, status: ConversationStatus, s: Signals, q: QualityReport): string {
  const O = PHRASES[c.lang].outcome;
  switch (status) {
    case 'SPAM':
      return s.spam === 'wrong-number' ? O.wrongNumber : O.spam;
    case 'NOT_INTERESTED':
      return O.declined[s.decline?.kind ?? 'generic'];
    case 'QUOTE_REQUEST':
      return O.quote + (q.unansweredAtEnd ? ` ${O.unanswered}` : '');
    case 'POTENTIAL_CUSTOMER':
      return O.potential(s.contactGiven);
    case 'CONTACTED':
      return s.bookingConfirmed ? O.contactedBooked : O.contactedCalled;
    case 'FOLLOW_UP':
      return O.followUp;
    case 'WAITING_RESPONSE':
      return O.waiting;
    case 'OPPORTUNITY':
      return q.unansweredAtEnd || (q.noReply && c.customer.length) ? `${O.opportunity} ${O.unanswered}` : O.opportunity;
    case 'INFO_ONLY':
      return q.unansweredAtEnd ? `${O.info} ${O.unanswered}` : O.info;
    default:
      return q.unansweredAtEnd ? capitalizeFirst(O.unanswered) : O.open;
  }
}
