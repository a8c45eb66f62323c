/**
 * What the agent did, as countable facts with the messages behind them: questions answered or
 * ignored, "I don't understand" replies, repetition, wrong language, canned or pushy replies, next
 * steps, politeness, reply delays. The criteria (criteria.ts) are scored from these.
 */
import { contentWords, type Conversation, type Msg } from '../conversation';
import { confident, detectLanguage } from '../language';
import { OPT_OUT_DONE } from '../lexicon/cues.lexicon';
import * as Q from '../lexicon/quality.lexicon';
import { DECLINE_STRONG, INFO_REQUEST, PRICE_QUESTION, QUOTE_EXPLICIT, STOP_REASON } from '../lexicon/status.lexicon';
import { countPhrases, hasPhrase } from '../patterns';
import { isClosing, MONEY_RE } from '../signals/text-signals';
import { normalize, sentences, words } from '../text';
import { overlapCount, WordCounts } from '../word-index';
import { answeringMessage, type Ask } from './answers';

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
/** An agent handing things to a spammer. */
const SPAM_COMPLIANCE =
  /\b(here is|here are|here's) (our|my|the)|account number|bank details|\biban\b|password|card number|ecco (il nostro|i nostri|il mio)|numero di conto|codice|\b(the |my |our )?(code|pin|otp|email|e-mail|card) (is|number)\b|(grab|get|fetch) the card|[\w.+-]+@[\w-]+\.[\w.]+|\b(el codigo|la tarjeta|mi correo) es\b|\b(le code|la carte|mon e-?mail) est\b|\b(der code|die karte|meine e-?mail) ist\b|\b(o codigo|o cartao|o meu e-?mail) e\b/;
/** How many earlier agent messages a new one is compared with for repetition. */
const REPEAT_WINDOW = 12;
/** How many later agent turns may still answer a question (a late answer counts half). */
const LATE_ANSWER_TURNS = 4;
/** How many later questions are compared with one, to find the same question asked again. */
const ASKED_AGAIN_WINDOW = 8;

export function asksSomething(m: Msg): boolean {
  return sentences(m.clean).some((s) => s.includes('?') && contentWords(normalize(s)).length > 0);
}

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
    for (; customerSeen < c.customer.length && c.customer[customerSeen].index < m.index; customerSeen++)
    {
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
    const g = detectLanguage(m.clean);
    if (confident(g) && g.lang !== c.lang) {
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
  f.onTopic = f.good.some((m) => m.content.length >= 3 && overlapCount(m.content, customerWords) >= 2);
  f.corrections = c.customer.filter((m) => c.prevAgent[m.index] >= 0 && hasPhrase(Q.CORRECTION, m.norm, { negation: false }));
  const lastTurn = c.turns[c.turns.length - 1];
  const lastCustomer = c.customer[c.customer.length - 1];
  if (lastTurn.role === 'AGENT' && lastTurn.start - lastCustomer.at >= LEFT_AFTER) f.afterLeft = lastTurn.msgs;
  if (firstDecline) {
    const after = c.agent.filter((m) => m.index > firstDecline.index);
    f.doorOpen = after.filter((m) => hasPhrase(Q.DOOR_OPEN, m.norm, { negation: false }));
    const reply = c.nextAgent[firstDecline.index];
    f.curtClose = reply >= 0 && !f.doorOpen.length && words(c.msgs[reply].norm).length <= 6;
  }
  if (isSpam) {
    f.spamCompliance = c.agent.filter((m) => SPAM_COMPLIANCE.test(m.norm));
    f.spamEngagement = c.agent.filter(
      (m) =>
        MONEY_RE.test(m.text) ||
        hasPhrase(Q.AGENT_PUSH, m.norm, { negation: false }) ||
        hasPhrase(Q.CONTACT_REQUEST, m.norm) ||
        (hasPhrase(Q.NEXT_STEP, m.norm) && words(m.norm).length > 15),
    );
    return f;
  }

  collectAsks(c, f);
  answerAsks(c, f, bad);

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

/** What the customer asked, turn by turn (a statement needing an acknowledgement when nothing was asked). */
function collectAsks(c: Conversation, f: QualityFeatures): void {
  const turns = c.turns;
  let agentAfter = false;
  const lastCustomerWithReply = new Int32Array(turns.length);
  for (let ti = turns.length - 1; ti >= 0; ti--) {
    lastCustomerWithReply[ti] = agentAfter ? 0 : 1;
    if (turns[ti].role === 'AGENT') agentAfter = true;
  }
  turns.forEach((t, ti) => {
    if (t.role !== 'CUSTOMER') return;
    for (const m of t.msgs) f.frustration += Math.min(1, countPhrases(Q.FRUSTRATION, m.norm, { negation: false }));
    const substantive = t.msgs.filter((m) => !isClosing(m) || (ti === 0 && m.clean));
    if (!substantive.length) return;
    const sents = substantive.flatMap((m) => sentences(m.clean)).map((s) => normalize(s));
    let qs = sents.filter((s) => s.includes('?') && contentWords(s).length > 0);
    if (!qs.length) qs = sents.filter((s) => hasPhrase(INFO_REQUEST, s) || hasPhrase(PRICE_QUESTION, s) || hasPhrase(QUOTE_EXPLICIT, s));
    const isLast = lastCustomerWithReply[ti] === 1;
    if (!qs.length) {
      // a statement needs an acknowledgement, unless it is the conversation's last word so far
      if (isLast && !substantive.some((m) => m.clean.includes('?'))) return;
      const norm = sents.join(' ');
      f.asks.push({ norm, words: contentWords(norm), turn: ti, answered: 0, answeredBy: null, statement: true, alone: true, first: true });
      return;
    }
    qs.forEach((q, qi) =>
      f.asks.push({
        norm: q,
        words: contentWords(q),
        turn: ti,
        answered: 0,
        answeredBy: null,
        statement: false,
        alone: qs.length === 1,
        first: qi === 0,
      }),
    );
  });
}

/** Which asks the agent answered, right away or later; a question asked again was not really answered. */
function answerAsks(c: Conversation, f: QualityFeatures, bad: ReadonlySet<Msg>): void {
  const turns = c.turns;
  // the agent turns after each turn, found in one backward pass
  const nextAgentTurn = new Int32Array(turns.length + 1).fill(-1);
  for (let ti = turns.length - 1; ti >= 0; ti--) nextAgentTurn[ti] = turns[ti + 1]?.role === 'AGENT' ? ti + 1 : nextAgentTurn[ti + 1];
  const replyTurns = (from: number) => {
    const out: number[] = [];
    for (let t = nextAgentTurn[from]; t >= 0 && out.length <= LATE_ANSWER_TURNS; t = nextAgentTurn[t]) out.push(t);
    return out;
  };
  for (const a of f.asks) {
    const replies = replyTurns(a.turn);
    if (!replies.length) continue;
    const first = answeringMessage(a, turns[replies[0]], bad, true);
    if (first) {
      a.answered = 1;
      a.answeredBy = first;
      continue;
    }
    for (const t of replies.slice(1)) {
      const later = answeringMessage(a, turns[t], bad, false);
      if (later) {
        a.answered = 0.5;
        a.answeredBy = later;
        break;
      }
    }
    if (a.answered || a.statement) continue;
    // the agent first asked what it needed (an order number, an email), then answered with specifics
    const askedBack = turns[replies[0]].msgs.find((m) => !bad.has(m) && asksSomething(m));
    const then = replies[1] !== undefined ? turns[replies[1]].msgs.find((m) => !bad.has(m) && /\d/.test(m.norm) && words(m.norm).length >= 15) : undefined;
    if (askedBack && then) {
      a.answered = 0.5;
      a.answeredBy = then;
    }
  }
  // asked again later = it was not really answered
  const asks = f.asks;
  for (let i = 0; i < asks.length; i++) {
    for (let j = i + 1; j < asks.length && j <= i + ASKED_AGAIN_WINDOW; j++) {
      if (asks[j].turn === asks[i].turn || asks[i].statement || asks[j].statement) continue;
      // the same question again (most of its words already asked, or said with frustration), not a related new one
      const shared = overlapWords(asks[i].words, asks[j].words);
      const again = shared >= 0.75 * asks[j].words.length || hasPhrase(Q.FRUSTRATION, asks[j].norm, { negation: false });
      if (shared >= Math.min(2, asks[i].words.length) && again) {
        if (asks[i].answered > 0) {
          asks[i].answered = 0;
          asks[i].answeredBy = null;
        }
        f.frustration++;
        break;
      }
    }
  }
  f.answered = asks.reduce((n, a) => n + a.answered, 0);
  f.ignored = asks.filter((a) => a.answered === 0).length;
}

function overlapWords(a: string[], b: string[]): number {
  const idx = new WordCounts();
  idx.addUnit(b);
  return new Set(a.filter((w) => idx.has(w))).size;
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
