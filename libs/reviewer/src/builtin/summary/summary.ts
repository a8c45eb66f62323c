/** The summary: what the customer wanted (quoted), what the agent did, the outcome or next step. */
import { SUMMARY_MAX_CHARS } from '../../reviewer';
import type { ConversationStatus } from '../../vocabulary';
import { contentWords, type Conversation, type Msg } from '../conversation';
import { SELF_INTRO } from '../lexicon/greetings';
import { PHRASES } from '../phrases/phrases';
import type { QualityFeatures } from '../quality/features';
import type { Signals } from '../signals/signals';
import { capitalizeFirst, normalize, sentences, truncateWords } from '../text';
import { eventNoun, pickExcerpt, tidySentence } from './subject';

/** What the summary says about the agent: the features and the resulting score. */
export interface AgentFacts {
  f: QualityFeatures;
  score: number;
}

export function writeSummary(c: Conversation, status: ConversationStatus, s: Signals, q: AgentFacts): string {
  const P = PHRASES[c.lang].summary;
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

const SEO_PITCH =
  /\b(seo|backlinks?|(page|pagina|seite|pagine) (1|one|uno|une|eins|um) (of|on|di|su|de|bei|do) google|(first|top|1st|prima|primera|premiere|erste|primeira) (page|pagina|seite) (of|on|di|su|de|bei|do) google|(ranking|ranked|rank|posizionamento|posicionamiento|referencement|positionnement|platzierung|posicionamento) (on|in|su|en|sur|bei|no) google)\b/;

function compose(c: Conversation, status: ConversationStatus, s: Signals, q: AgentFacts, budget: number): string {
  const P = PHRASES[c.lang].summary;
  const out: string[] = [];
  const isSpam = status === 'SPAM';
  const who = isSpam ? P.sender : (c.firstName ?? P.customer);
  const media = c.customer.flatMap((m) => m.media);
  const ex = pickExcerpt(c, 'CUSTOMER', budget, isSpam);

  // 0. a conversation the business opened (a booking confirmation, a reminder) is about what it said first
  if (!c.msgs.length) return P.outcome.open;
  const opening = !isSpam && c.msgs[0].role === 'AGENT' ? openingExcerpt(c.msgs[0], Math.min(140, budget)) : null;
  if (opening) out.push(P.agentOpened(opening.replace(/[.!]$/, '')));

  // 1. what the customer wanted
  if (!c.customer.length) {
    out.push(P.outcome.open);
  } else if (isSpam && s.spam) {
    // a pitch to rank the business on Google is named by its trade's word, whatever the sender calls it
    // (a summary names nothing the messages do not: "SEO" only when they say it, else "Google", which they do)
    const seoPitch = s.spam.kind === 'promo' && c.customer.some((m) => SEO_PITCH.test(m.norm));
    const seo = seoPitch ? (c.customer.some((m) => /seo/i.test(m.text)) ? ' (SEO)' : ' (Google ranking)') : '';
    const kind = `${P.spam[s.spam.kind]}${seo}`;
    out.push(ex ? `${who} ${kind}: ${P.quote(ex.text)}${end(ex.text)}` : `${who} ${kind}.`);
  } else if (!ex) {
    out.push(media.length && !c.customer.some((m) => m.clean) ? P.onlyMedia(who, media) : P.onlyGreeting(who, media));
  } else {
    const verb = status === 'QUOTE_REQUEST' ? P.askedQuote : ex.isQuestion ? P.asked : P.wrote;
    // name the event when the quote only says it with a verb ("we're getting married" → wedding)
    const ev = eventNoun(c, c.lang, status);
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

/** The telling part of a message (its first sentence with substance, not a greeting or an introduction), within `max` characters. */
function openingExcerpt(m: Msg, max: number): string | null {
  const cands = sentences(m.clean)
    .map((raw) => tidySentence(raw))
    .filter((t) => !SELF_INTRO.test(t));
  const words = cands.map((t) => contentWords(normalize(t)).length);
  const i = words.findIndex((n) => n >= OPENING_MIN_WORDS);
  const best = i >= 0 ? i : words.indexOf(Math.max(0, ...words));
  if (best < 0 || words[best] < 3) return null;
  return truncateWords(cands[best], max);
}

/** Content words that make a sentence say what the business wrote about. */
const OPENING_MIN_WORDS = 6;

function end(text: string): string {
  return /[.!?…]$/.test(text) ? '' : '.';
}

function agentSentence(
  c: Conversation,
  status: ConversationStatus,
  s: Signals,
  q: AgentFacts,
  customerThin: boolean,
  budget: number,
): string {
  const P = PHRASES[c.lang].summary;
  const A = P.agent;
  if (!c.customer.length) return '';
  if (q.f.noReply) return A.never;
  if (status === 'SPAM') {
    if (s.spam?.kind === 'wrong-number' && /wrong|sbagliat|equivocad|mauvais|falsch|errad/.test(c.agent.map((m) => m.norm).join(' ')))
      return A.spamWrongNumber;
    return q.score >= 70 ? A.spamPolite : A.spamEngaged;
  }
  if (q.f.wrongLanguage.length && q.f.wrongLanguage.length >= c.agent.length / 2) return A.wrongLanguage;
  if (q.f.notUnderstood.length) return A.notUnderstood(q.f.notUnderstood.length > 1);
  if (q.f.repeated.length && q.f.repeated.length >= c.agent.length / 2) return A.sameAutoReply;
  if (q.f.pushyAfterDecline.length) return A.pushy;
  if (q.f.offTopicPush.length && q.f.ignored) return A.offTopic;
  if (customerThin) {
    const ax = pickExcerpt(c, 'AGENT', Math.min(130, budget));
    if (ax) return A.repliedExcerpt(ax.text.replace(/[.!]$/, ''));
  }
  if (q.f.ignored && q.f.answered === 0) return A.ignored;
  if (q.f.ignored) return A.partial;
  const extras: string[] = [];
  if (q.f.askedContact.length) extras.push(A.askedContact);
  else if (s.waitingOnCustomer) extras.push(A.askedBack);
  else if (q.f.nextStep.length) extras.push(A.nextStep);
  const head = q.f.specifics > 0 ? A.specific : A.replied;
  const slow = q.f.slowReplies >= 12 ? ` ${A.slow}` : '';
  return `${head}${slow}${extras.length ? ` ${P.and} ${extras.join(` ${P.and} `)}` : ''}.`;
}

function outcome(c: Conversation, status: ConversationStatus, s: Signals, q: AgentFacts): string {
  const O = PHRASES[c.lang].summary.outcome;
  switch (status) {
    case 'SPAM':
      return s.spam?.kind === 'wrong-number' ? O.wrongNumber : O.spam;
    case 'NOT_INTERESTED':
      return O.declined[s.decline?.kind ?? 'generic'];
    case 'QUOTE_REQUEST':
      return O.quote + (q.f.unansweredAtEnd ? ` ${O.unanswered}` : '');
    case 'POTENTIAL_CUSTOMER':
      return O.potential(!!s.contactGiven);
    case 'CONTACTED':
      return s.bookingConfirmed ? O.contactedBooked : O.contactedCalled;
    case 'FOLLOW_UP':
      return O.followUp;
    case 'WAITING_RESPONSE':
      return O.waiting;
    case 'OPPORTUNITY':
      return q.f.unansweredAtEnd || (q.f.noReply && c.customer.length) ? `${O.opportunity} ${O.unanswered}` : O.opportunity;
    case 'INFO_ONLY':
      return q.f.unansweredAtEnd ? `${O.info} ${O.unanswered}` : O.info;
    default:
      return q.f.unansweredAtEnd ? capitalizeFirst(O.unanswered) : O.open;
  }
}
