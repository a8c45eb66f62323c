/**
 * What the agent did, as countable facts with the messages behind them: questions answered or
 * ignored, "I don't understand" replies, repetition, wrong language, canned or pushy replies, next
 * steps, politeness, reply delays. The criteria (criteria.ts) are scored from these.
 */
import type { Conversation, Msg } from '../conversation';
import { detectLanguage, inOtherLanguage } from '../language';
import { AGENT_WRONG_NUMBER, OPT_OUT_DONE } from '../lexicon/cues.lexicon';
import * as Q from '../lexicon/quality.lexicon';
import { DECLINE_STRONG, DECLINE_WEAK, STOP_REASON } from '../lexicon/status.lexicon';
import { countPhrases, hasPhrase } from '../patterns';
import { EMAIL_RE, isClosing, MONEY_RE } from '../signals/text-signals';
import { normalize, words } from '../text';
import { overlapCount, WordCounts } from '../word-index';
import type { Ask } from './answers';
import { asksSomething, customerAsks } from './asks';
import { corrections } from './corrections';

export interface QualityFeatures {
  noReply: boolean;
  asks: Ask[];
  answered: number;
  ignored: number;
  notUnderstood: Msg[];
  repeated: Msg[];
  wrongLanguage: Msg[];
  deflections: number;
  deflecting: Msg[];
  offTopicPush: Msg[];
  pushyAfterDecline: Msg[];
  frustration: number;
  specifics: number;
  nextStep: Msg[];
  askedContact: Msg[];
  usedName: boolean;
  polite: Msg[];
  slowReplies: number;
  slow: Msg[];
  /** Agent replies that came more than two hours after the customer's message. */
  late: Msg[];
  curt: Msg[];
  unansweredAtEnd: boolean;
  /** Agent messages that count as real replies (not canned, repeated, not-understood or off-topic). */
  good: Msg[];
  /** Mean words per good agent message. */
  avgWords: number;
  /** The customer declined twice or more. */
  declines: number;
  optedOut: boolean;
  /** The agent confirmed the opt-out was done ("you have been removed"). */
  optOutDone: boolean;
  /** Some real agent reply shares words with what the customer wrote (not a canned or unrelated message). */
  onTopic: boolean;
  /** Customer messages correcting the agent ("I said June, not July"). */
  corrections: Msg[];
  /** The agent's final turn, when it came half a day or more after the customer's last message. */
  afterLeft: Msg[];
  /** The customer's last message, after the agent's replies, shows them leaving dissatisfied (giving up, asking for a human, correcting). */
  dissatisfiedEnd: boolean;
  /** The customer's last message, after the agent's replies, resigns to them ("vabbè", "oh well", 🙄). */
  resignedEnd: boolean;
  /** After a decline: agent messages leaving the door open ("if you change your mind…"). */
  doorOpen: Msg[];
  /** After a decline: the agent's reply was a bare acknowledgement ("Ok."). */
  curtClose: boolean;
  /** Spam only: agent messages handing things over to the sender (codes, bank details, contacts). */
  spamCompliance: Msg[];
  /** Spam only: agent messages going along with the sender (prices, offers, asking for contact details). */
  spamEngagement: Msg[];
}

const MINUTE = 60_000;
/** A reply this long after the customer's last message finds them gone. */
const LEFT_AFTER = 12 * 60 * MINUTE;
/** A phone number handed to a spam sender ("contact the owner directly on +39 333 …"); an e-mail address is EMAIL_RE. */
const PHONE_GIVEN = /(?:\+|00)\d[\d\s().-]{7,}\d/;
/** A resigned last word is short ("vabbè, passo e vedo", "ok 🙄"). */
const RESIGNED_MAX_WORDS = 8;
/** How many earlier agent messages a new one is compared with for repetition. */
const REPEAT_WINDOW = 12;

export function qualityFeatures(c: Conversation, isSpam: boolean): QualityFeatures {
  const f: QualityFeatures = {
    noReply: c.agent.length === 0,
    asks: [],
    answered: 0,
    ignored: 0,
    notUnderstood: [],
    repeated: [],
    wrongLanguage: [],
    deflections: 0,
    deflecting: [],
    offTopicPush: [],
    pushyAfterDecline: [],
    frustration: 0,
    specifics: 0,
    nextStep: [],
    askedContact: [],
    usedName: false,
    polite: [],
    slowReplies: 0,
    slow: [],
    late: [],
    curt: [],
    unansweredAtEnd: false,
    good: [],
    avgWords: 0,
    declines: 0,
    optedOut: false,
    optOutDone: false,
    onTopic: false,
    corrections: [],
    afterLeft: [],
    dissatisfiedEnd: false,
    resignedEnd: false,
    doorOpen: [],
    curtClose: false,
    spamCompliance: [],
    spamEngagement: [],
  };

  // ----- agent message flags
  const bad = new Set<Msg>();
  const recent: string[][] = [];
  const exact = new Set<string>();
  const customerBefore = new WordCounts();
  let customerSeen = 0;
  let customerWordsBefore = 0;
  for (const m of c.agent) {
    for (; customerSeen < c.customer.length && c.customer[customerSeen].index < m.index; customerSeen++) {
      customerBefore.addUnit(c.customer[customerSeen].content);
      customerWordsBefore += c.customer[customerSeen].content.length;
    }
    const w = words(m.norm);
    if (hasPhrase(Q.NOT_UNDERSTOOD, m.norm, { negation: false })) {
      f.notUnderstood.push(m);
      bad.add(m);
    }
    if (w.length >= 4 && (exact.has(m.norm) || recent.some((s) => similar(s, w)))) {
      f.repeated.push(m);
      bad.add(m);
    }
    exact.add(m.norm);
    recent.push(w);
    if (recent.length > REPEAT_WINDOW) recent.shift();
    if (inOtherLanguage(detectLanguage(m.clean), c.lang)) {
      f.wrongLanguage.push(m);
      bad.add(m);
    }
    if (w.length < 30 || !/\d/.test(m.norm)) {
      const n = countPhrases(Q.DEFLECTION, m.norm, { negation: false });
      f.deflections += n;
      if (n) f.deflecting.push(m);
    }
    if (hasPhrase(Q.AUTOREPLY, m.norm, { negation: false })) {
      f.deflections++;
      f.deflecting.push(m);
      // a canned reply answers nothing
      if (m.content.length <= 20 && !/\d/.test(m.norm)) bad.add(m);
    }
    // a sales pitch that shares nothing with what the customer wrote before it answers nothing
    if (!isSpam && hasPhrase(Q.AGENT_PUSH, m.norm, { negation: false })) {
      if (customerWordsBefore > 0 && !m.content.some((x) => customerBefore.has(x))) bad.add(m);
    }
    if (w.length <= 2 && !hasPhrase(Q.POLITE, m.norm) && !m.media.length) f.curt.push(m);
    if (hasPhrase(Q.POLITE, m.norm)) f.polite.push(m);
    if (hasPhrase(Q.CONTACT_REQUEST, m.norm)) f.askedContact.push(m);
    if (c.firstName && normalize(m.text).includes(normalize(c.firstName))) f.usedName = true;
  }
  if (f.noReply || !c.customer.length) return f;

  f.good = c.agent.filter((m) => !bad.has(m));
  const specificTokens = new Set<string>();
  for (const m of f.good)
    for (const t of m.norm.match(/[£$€]?\d[\d.,:–-]*\s?(?:am|pm|€|%|kg|mq|m2|miles|km|minutes|min)?/g) ?? []) specificTokens.add(t.trim());
  f.specifics = specificTokens.size;
  f.nextStep = f.good.filter((m) => hasPhrase(Q.NEXT_STEP, m.norm) || asksSomething(m));
  f.avgWords = f.good.length ? f.good.reduce((n, m) => n + words(m.norm).length, 0) / f.good.length : 0;

  // ----- pushiness after a decline, off-topic selling
  // an opt-out counts even when asked as a question ("can you take me off your list please?")
  const firstDecline = c.customer.find((m) => hasPhrase(DECLINE_STRONG, m.norm, { skipQuestions: true }) || hasPhrase(STOP_REASON, m.norm));
  f.optedOut = c.customer.some((m) => hasPhrase(STOP_REASON, m.norm));
  f.declines = c.customer.filter((m) => hasPhrase(DECLINE_STRONG, m.norm, { skipQuestions: true })).length;
  for (const m of c.agent) {
    const push = hasPhrase(Q.AGENT_PUSH, m.norm, { negation: false });
    if (firstDecline && m.index > firstDecline.index && (push || m.clean.includes('?') || (f.optedOut && hasPhrase(Q.NEXT_STEP, m.norm))))
      f.pushyAfterDecline.push(m);
    else if (push && !firstDecline && !isSpam) f.offTopicPush.push(m);
  }
  f.optOutDone = f.optedOut && OPT_OUT_DONE.test(c.agent[c.agent.length - 1].norm);
  const customerWords = new WordCounts();
  for (const m of c.customer) customerWords.addUnit(m.content);
  f.onTopic = f.good.some((m) => m.content.length >= 2 && overlapCount(m.content, customerWords) >= 1);
  f.corrections = corrections(c);
  const lastTurn = c.turns[c.turns.length - 1];
  const lastCustomer = c.customer[c.customer.length - 1];
  f.dissatisfiedEnd =
    c.prevAgent[lastCustomer.index] >= 0 &&
    (hasPhrase(Q.GAVE_UP, lastCustomer.norm, { negation: false }) ||
      hasPhrase(Q.CORRECTION, lastCustomer.norm, { negation: false }) ||
      hasPhrase(Q.FRUSTRATION, lastCustomer.norm, { negation: false }));
  // a short last word only: in a longer message the sigh is about something else ("I was home 🙄 ok, Friday then, thanks!!")
  f.resignedEnd =
    c.prevAgent[lastCustomer.index] >= 0 &&
    words(lastCustomer.norm).length <= RESIGNED_MAX_WORDS &&
    hasPhrase(Q.RESIGNED, lastCustomer.norm, { negation: false });
  if (lastTurn.role === 'AGENT' && lastTurn.start - lastCustomer.at >= LEFT_AFTER) f.afterLeft = lastTurn.msgs;
  if (firstDecline) {
    const after = c.agent.filter((m) => m.index > firstDecline.index);
    f.doorOpen = after.filter((m) => hasPhrase(Q.DOOR_OPEN, m.norm, { negation: false }));
    const reply = c.nextAgent[firstDecline.index];
    f.curtClose = reply >= 0 && !f.doorOpen.length && words(c.msgs[reply].norm).length <= 6;
  } else {
    // a soft no ("otra vez será", "maybe another time") is closed well too when the agent leaves the door open after it
    const softNo = [...c.customer].reverse().find((m) => hasPhrase(DECLINE_WEAK, m.norm, { negation: false, skipQuestions: true }));
    if (softNo) f.doorOpen = c.agent.filter((m) => m.index > softNo.index && hasPhrase(Q.DOOR_OPEN, m.norm, { negation: false }));
  }
  if (isSpam) {
    f.spamCompliance = c.agent.filter((m) => hasPhrase(Q.SPAM_COMPLIANCE, m.norm) || EMAIL_RE.test(m.norm) || PHONE_GIVEN.test(m.text));
    f.spamEngagement = c.agent.filter(
      (m) =>
        MONEY_RE.test(m.text) ||
        hasPhrase(Q.AGENT_PUSH, m.norm, { negation: false }) ||
        // "a number seems to have strayed here" turns the sender away, it asks for no contact
        (hasPhrase(Q.CONTACT_REQUEST, m.norm) && !AGENT_WRONG_NUMBER.test(m.norm)) ||
        (hasPhrase(Q.NEXT_STEP, m.norm) && words(m.norm).length > 15),
    );
    return f;
  }

  const asks = customerAsks(c, bad);
  f.asks = asks.asks;
  f.frustration += asks.frustration;
  f.answered = asks.answered;
  f.ignored = asks.ignored;

  // ----- responsiveness
  c.turns.forEach((t, ti) => {
    if (t.role !== 'CUSTOMER' || t.msgs.every((m) => isClosing(m))) return;
    const reply = c.turns[ti + 1];
    if (!reply) return;
    const mins = (reply.start - t.start) / MINUTE;
    const delay = mins > 1440 ? 20 : mins > 120 ? 12 : mins > 60 ? 6 : mins > 30 ? 3 : 0;
    f.slowReplies += delay;
    if (delay) f.slow.push(reply.msgs[0]);
    if (delay >= 12) f.late.push(reply.msgs[0]);
  });
  f.unansweredAtEnd =
    lastTurn.role === 'CUSTOMER' &&
    lastTurn.msgs.some(
      (m) => m.clean.includes('?') || hasPhrase(Q.FRUSTRATION, m.norm, { negation: false }) || (m.media.length > 0 && !isClosing(m)),
    );
  return f;
}

/** The same message again: mostly the same words, or one of them almost wholly inside the other. */
function similar(a: string[], b: string[]): boolean {
  const A = new Set(a);
  const B = new Set(b);
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  const small = Math.min(A.size, B.size);
  return inter / (A.size + B.size - inter) >= 0.7 || (small >= 5 && inter / small >= 0.8);
}
