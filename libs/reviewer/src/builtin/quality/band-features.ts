/**
 * What the band model (band-model.ts) reads of one review, by name: every quality feature (a list by
 * its length, a flag as 0 or 1), each criterion's rule score, the caps, the rules' combined score,
 * how many messages each side wrote, the suggested status and the language. Names are the model's
 * contract with its data file: a feature added to QualityFeatures appears here by itself.
 */
import { CRITERION_KEYS } from '../../reviewer';
import { QUALITY_CAPS } from '../../rubric/rubric';
import { CONVERSATION_STATUSES, type ConversationStatus } from '../../vocabulary';
import type { Conversation } from '../conversation';
import { LANGS } from '../language';
import type { QualityJudgement } from './criteria';
import type { QualityFeatures } from './features';

export interface BandInput {
  conversation: Conversation;
  features: QualityFeatures;
  quality: QualityJudgement;
  status: ConversationStatus;
}

export function bandFeatures({ conversation: c, features, quality, status }: BandInput): Map<string, number> {
  const x = new Map<string, number>();
  for (const [name, value] of Object.entries(features) as [string, unknown][]) {
    if (typeof value === 'number') x.set(name, value);
    else if (typeof value === 'boolean') x.set(name, value ? 1 : 0);
    else if (Array.isArray(value)) x.set(name, value.length);
  }
  for (const key of CRITERION_KEYS) x.set(`criterion_${key}`, quality.criteria[key].score);
  for (const cap of Object.keys(QUALITY_CAPS)) x.set(`cap_${cap}`, quality.caps.includes(cap as keyof typeof QUALITY_CAPS) ? 1 : 0);
  x.set('score', quality.score);
  x.set('agentMessages', c.agent.length);
  x.set('customerMessages', c.customer.length);
  for (const s of CONVERSATION_STATUSES) x.set(`status_${s}`, s === status ? 1 : 0);
  for (const l of LANGS) x.set(`lang_${l}`, l === c.lang ? 1 : 0);
  return x;
}
