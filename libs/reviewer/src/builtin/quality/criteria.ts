/**
 * The rubric's criteria scored from the agent's behaviour (features.ts): answer, next step, tone,
 * responsiveness, each 0–100 with the comment that explains it and the agent messages behind it.
 * `qualityScore` is their weighted mean with the rubric's caps (rubric.ts), nothing else.
 */
import { combineCriteria, type QualityCap } from '../../rubric/rubric';
import type { CriterionKey } from '../../reviewer';
import type { Conversation, Msg } from '../conversation';
import type { CommentKey } from '../phrases/comment-keys';
import { AGENT_WRONG_NUMBER } from '../lexicon/cues.lexicon';
import { AGENT_SPAM_HANDLING } from '../lexicon/status.lexicon';
import { hasPhrase } from '../patterns';
import { MONEY_RE } from '../signals/text-signals';
import { asksSomething } from './asks';
import type { QualityFeatures } from './features';

export interface CriterionJudgement<K extends CriterionKey = CriterionKey> {
  score: number;
  comment: CommentKey<K>;
  /** Agent messages that justify the score. */
  evidence: Msg[];
}

export type Judgements = { [K in CriterionKey]: CriterionJudgement<K> };

export interface QualityJudgement {
  criteria: Judgements;
  caps: QualityCap[];
  score: number;
}

export interface QualityContext {
  isSpam: boolean;
  /** A sale or booking was possible (buying interest, a quote request, a lead). */
  salePossible: boolean;
  /** The customer declined (NOT_INTERESTED). */
  declined: boolean;
}

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));
const judge = <K extends CriterionKey>(score: number, comment: CommentKey<K>, evidence: Msg[] = []): CriterionJudgement<K> => ({
  score: clamp(score),
  comment,
  evidence: evidence.slice(0, 3),
});

export function judgeQuality(c: Conversation, f: QualityFeatures, ctx: QualityContext): QualityJudgement {
  const caps: QualityCap[] = [];
  if (f.noReply && c.customer.length) caps.push('noAgentReply');
  // a loop of non-answers also when the replies were fluent; to a spam sender one template sent again is one: asked again and again, corrected, and left unhappy
  const pushedInVain = f.frustration >= 2 && f.corrections.length > 0 && f.dissatisfiedEnd;
  if (
    f.notUnderstood.length >= 2 ||
    (f.repeated.length >= 2 && f.answered === 0) ||
    (ctx.isSpam && f.repeated.length >= 1) ||
    pushedInVain ||
    stonewalled(c, f)
  )
    caps.push('nonAnswerLoop');
  if (c.agent.length && f.wrongLanguage.length >= Math.max(1, c.agent.length * 0.75)) caps.push('wrongLanguageThroughout');
  const criteria = c.agent.length === 0 ? silent(c) : !c.customer.length ? agentOnly(c) : ctx.isSpam ? spam(c, f) : served(c, f, ctx);
  const scores = Object.fromEntries(Object.entries(criteria).map(([k, j]) => [k, j.score])) as Record<CriterionKey, number>;
  return { criteria, caps, score: combineCriteria(scores, caps) };
}

/** No agent reply at all. */
function silent(c: Conversation): Judgements {
  const none = c.customer.length ? 0 : 50;
  return {
    answer: judge(none, 'none'),
    next_step: judge(none, 'none'),
    tone: judge(c.customer.length ? 30 : 50, 'none'),
    responsiveness: judge(none, 'none'),
  };
}

/** Only the agent wrote (an outreach nobody answered yet): nothing to answer, judged as neutral. */
function agentOnly(c: Conversation): Judgements {
  const first = c.agent.slice(0, 1);
  return {
    answer: judge(50, 'acknowledged', first),
    next_step: judge(c.agent.some(asksSomething) ? 70 : 50, c.agent.some(asksSomething) ? 'askedBack' : 'stalled', first),
    tone: judge(60, 'neutral', first),
    responsiveness: judge(50, 'prompt', first),
  };
}

/** Spam is scored on whether the agent stayed polite and brief, and gave nothing away. */
function spam(c: Conversation, f: QualityFeatures): Judgements {
  const words = c.agent.reduce((n, m) => n + m.content.length, 0) / c.agent.length;
  const brief = words <= 25 && c.agent.length <= 3;
  const complied = f.spamCompliance;
  const engaged = f.spamEngagement;
  // "could you have the wrong number?" turns the sender away: it asks nothing of them
  const asked = c.agent.filter((m) => asksSomething(m) && !AGENT_WRONG_NUMBER.test(m.norm) && !hasPhrase(AGENT_SPAM_HANDLING, m.norm));
  const loop = f.notUnderstood.length >= 2;
  const answer: CriterionJudgement<'answer'> = complied.length
    ? judge(0, 'spamComplied', complied)
    : engaged.length || asked.length
      ? judge(40 - 10 * Math.min(2, engaged.length), 'spamEngaged', [...engaged, ...asked])
      : f.notUnderstood.length
        ? judge(35, 'notUnderstood', f.notUnderstood)
        : f.repeated.length
          ? // the same template sent again whatever the sender said is canned, not handling
            judge(35, 'canned', f.repeated)
          : judge(brief ? 90 : 72, 'spamHandled', c.agent.slice(0, 2));
  const nextStep: CriterionJudgement<'next_step'> =
    complied.length || engaged.length || asked.length
      ? judge(complied.length ? 5 : 30, 'spamEngaged', [...complied, ...engaged, ...asked])
      : f.repeated.length
        ? judge(40, 'stalled', f.repeated)
        : judge(82, 'spamClosed', c.agent.slice(-1));
  // going along with a sender at length is neither brief nor appropriate
  const tone: CriterionJudgement<'tone'> = complied.length
    ? judge(40, 'robotic', complied)
    : engaged.length >= 2
      ? judge(60, 'neutral', engaged)
      : f.repeated.length
        ? judge(40, 'repetitive', f.repeated)
        : f.polite.length
          ? judge(90, 'polite', f.polite)
          : judge(70, 'neutral', c.agent.slice(0, 1));
  const responsiveness: CriterionJudgement<'responsiveness'> = loop
    ? judge(30, 'loop', f.notUnderstood)
    : judge(complied.length ? 50 : 85, 'prompt', c.agent.slice(0, 1));
  return { answer, next_step: nextStep, tone, responsiveness };
}

/** A real customer conversation the agent took part in. */
function served(c: Conversation, f: QualityFeatures, ctx: QualityContext): Judgements {
  const a = answer(c, f);
  // a sales push in reply to a no (a discount, "shall I book the next one?") that leaves no door open answers
  // something the customer did not say
  if (ctx.declined && f.pushyAfterDecline.some((m) => !f.doorOpen.includes(m))) a.score = Math.min(a.score, 60);
  const j: Judgements = { answer: a, next_step: nextStep(f, ctx, a.score), tone: tone(c, f), responsiveness: responsiveness(c, f) };
  if (!hardFailure(c, f)) {
    j.answer.score = Math.max(j.answer.score, FLOOR.answer);
    j.next_step.score = Math.max(j.next_step.score, FLOOR.next_step);
    j.responsiveness.score = Math.max(j.responsiveness.score, FLOOR.responsiveness);
  }
  return j;
}

/** The least an on-topic reply with no hard failure earns (next_step, like the late and slow penalties below, fitted on the labelled sets leaving one set out at a time). */
const FLOOR = { answer: 45, next_step: 20, responsiveness: 35 } as const;

/**
 * Boilerplate instead of an answer ("prices vary", "we offer a full range…") twice, though the customer asked
 * again, and not one figure given: nothing the customer could use.
 */
const stonewalled = (c: Conversation, f: QualityFeatures) =>
  f.deflections >= 2 && f.frustration >= 1 && !c.agent.some((m) => MONEY_RE.test(m.text));

/** Selling on after a second no, or after an opt-out the agent did not carry out: the customer's request itself was ignored. */
const disregardsNo = (f: QualityFeatures) =>
  f.pushyAfterDecline.length >= 2 || (f.pushyAfterDecline.length > 0 && f.optedOut && !f.optOutDone);

/**
 * Failures that make a conversation useless or harmful; without one, an agent that replied on the
 * customer's topic is mediocre at worst, however many small misses add up (vague, slow, partial).
 */
function hardFailure(c: Conversation, f: QualityFeatures): boolean {
  return (
    f.notUnderstood.length > 0 ||
    f.repeated.length > 0 ||
    f.wrongLanguage.length > 0 ||
    f.offTopicPush.length > 0 ||
    disregardsNo(f) ||
    f.deflections >= 3 ||
    stonewalled(c, f) ||
    f.afterLeft.length > 0 ||
    f.corrections.length >= 2 ||
    // nothing asked was answered and the customer had to say so: the replies were about something else
    (f.asks.length > 0 && f.answered === 0 && f.corrections.length > 0) ||
    f.dissatisfiedEnd ||
    f.curt.length >= f.good.length ||
    !f.onTopic
  );
}

function answer(c: Conversation, f: QualityFeatures): CriterionJudgement<'answer'> {
  const asks = f.asks.length;
  const ratio = asks ? f.answered / asks : 1;
  const answeredBy = f.asks.flatMap((a) => (a.answeredBy ? [a.answeredBy] : []));
  if (f.notUnderstood.length) return judge(f.notUnderstood.length > 1 ? 10 : 30, 'notUnderstood', f.notUnderstood);
  if (!f.good.length) return judge(10, 'canned', f.deflecting.length ? f.deflecting : c.agent);
  if (f.wrongLanguage.length >= c.agent.length / 2) return judge(25, 'wrongLanguage', f.wrongLanguage);
  if (disregardsNo(f)) return judge(15, 'offTopic', f.pushyAfterDecline);
  let s = 25 + 65 * ratio;
  s += 3 * Math.min(3, f.specifics);
  // how much the fullest reply says: a bare "yes" or a one-liner answers, but not specifically
  s += richness(f);
  s -= Math.min(60, 30 * f.corrections.length);
  s -= Math.min(18, 6 * f.deflections);
  s -= Math.min(30, 15 * f.offTopicPush.length);
  s -= Math.min(20, 5 * f.frustration);
  if (f.wrongLanguage.length) s -= 25;
  // an answer that comes hours later, in a chat, no longer serves the customer
  s -= Math.min(60, 30 * f.late.length);
  if (f.ignored > 0) s = Math.min(s, 55);
  if (f.dissatisfiedEnd) s = Math.min(s, 30);
  // a customer who ends resigned ("vabbè, passo e vedo") was not fully served, however fluent the replies
  if (f.resignedEnd) s = Math.min(s, 40);
  // a reply that reaches the customer after they left serves nobody
  if (f.afterLeft.length) s = Math.min(s, 35);
  if (f.offTopicPush.length && f.ignored) return judge(s, 'offTopic', f.offTopicPush);
  if (f.corrections.length) return judge(s, 'mistaken', answeredBy.length ? answeredBy : f.good);
  if (asks && f.answered === 0) return judge(s, 'ignored', f.good);
  if (f.ignored) return judge(s, 'partial', answeredBy);
  if (!asks) return judge(s, 'acknowledged', f.good);
  return judge(s, f.specifics > 0 ? 'specific' : 'answered', answeredBy);
}

/** Content words of the fullest real reply, as a bonus or a malus on the answer. */
function richness(f: QualityFeatures): number {
  const fullest = Math.max(0, ...f.good.map((m) => m.content.length));
  return fullest >= 20 ? 6 : fullest >= 13 ? 0 : fullest >= 8 ? -12 : -22;
}

function nextStep(f: QualityFeatures, ctx: QualityContext, answered: number): CriterionJudgement<'next_step'> {
  if (disregardsNo(f)) return judge(5, 'pushy', f.pushyAfterDecline);
  if (f.pushyAfterDecline.length) return judge(30, 'pushy', f.pushyAfterDecline);
  // moving on only counts when the request itself was dealt with (a customer who had to correct the agent was not)
  const bound = (n: number) => Math.min(n, answered + 35, f.corrections.length ? 30 : 100);
  if (ctx.declined) {
    if (f.doorOpen.length) return judge(88, 'respectedNo', f.doorOpen);
    return judge(f.curtClose ? 45 : 68, f.curtClose ? 'stalled' : 'respectedNo', f.good.slice(-1));
  }
  const moved = [...f.askedContact, ...f.nextStep];
  if (f.askedContact.length && f.nextStep.length) return judge(bound(95), 'askedContact', moved);
  if (f.askedContact.length) return judge(bound(88), 'askedContact', f.askedContact);
  if (f.nextStep.length) {
    const proposes = f.nextStep.some((m) => !asksSomething(m));
    return judge(bound(ctx.salePossible ? 85 : 82), proposes ? 'proposed' : 'askedBack', f.nextStep);
  }
  if (f.offTopicPush.length) return judge(25, 'stalled', f.offTopicPush);
  if (ctx.salePossible) return judge(20, 'missing', f.good.slice(-1));
  if (f.ignored) return judge(35, 'stalled', f.good.slice(-1));
  return judge(bound(66), 'notNeeded', f.good.slice(-1));
}

function tone(c: Conversation, f: QualityFeatures): CriterionJudgement<'tone'> {
  if (f.wrongLanguage.length >= c.agent.length / 2) return judge(15, 'wrongLanguage', f.wrongLanguage);
  let s = 72;
  if (f.polite.length) s += 12;
  if (f.usedName) s += 5;
  if (f.avgWords >= 12) s += 4;
  s -= Math.min(50, 20 * f.repeated.length);
  if (f.wrongLanguage.length) s -= 30;
  s -= Math.min(40, 20 * f.curt.length);
  if (f.curtClose) s -= 15;
  s -= Math.min(50, 25 * f.pushyAfterDecline.length);
  s -= Math.min(20, 10 * f.offTopicPush.length);
  // boilerplate instead of an answer reads canned however polite (on every labelled set: +3 bands right, −1)
  s -= Math.min(20, 10 * f.deflections);
  if (f.notUnderstood.length) s -= 15;
  if (f.wrongLanguage.length) return judge(s, 'wrongLanguage', f.wrongLanguage);
  if (f.repeated.length) return judge(s, 'repetitive', f.repeated);
  if (f.pushyAfterDecline.length) return judge(s, 'pushy', f.pushyAfterDecline);
  if (!f.good.length) return judge(s, 'robotic', c.agent);
  if (f.curt.length || f.curtClose) return judge(s, 'curt', f.curt.length ? f.curt : f.good.slice(-1));
  return f.polite.length ? judge(s, 'polite', f.polite) : judge(s, 'neutral', f.good.slice(0, 1));
}

function responsiveness(c: Conversation, f: QualityFeatures): CriterionJudgement<'responsiveness'> {
  let s = 95;
  s -= Math.min(70, 40 * f.ignored);
  s -= Math.min(70, 5.5 * f.slowReplies);
  if (f.unansweredAtEnd) s -= 35;
  if (f.notUnderstood.length >= 2) s -= 40;
  if (f.afterLeft.length) s -= 50;
  if (f.dissatisfiedEnd) s -= 30;
  s -= Math.min(30, 10 * f.corrections.length);
  if (f.notUnderstood.length >= 2) return judge(s, 'loop', f.notUnderstood);
  if (f.afterLeft.length) return judge(s, 'afterLeft', f.afterLeft);
  if (f.unansweredAtEnd) return judge(s, 'unansweredEnd', c.agent.slice(-1));
  if (f.ignored) return judge(s, 'ignored', f.good.slice(0, 2));
  if (f.slowReplies >= 6) return judge(s, 'slow', f.slow);
  return judge(s, 'prompt', c.agent.slice(0, 2));
}
