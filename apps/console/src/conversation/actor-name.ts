import type { TFunction } from 'i18next';
import type { ActorKind } from '../graphql/generated/graphql';

/** Who did something, as people read it: a member's name, a token's name, "AI review", "System". */
export function actorName(actor: { kind: ActorKind; name: string }, t: TFunction): string {
  if (actor.kind === 'AI') return t('actor.ai');
  if (actor.kind === 'SYSTEM') return t('actor.system');
  if (actor.kind === 'API_TOKEN') return t('actor.token', { name: actor.name });
  return actor.name;
}
