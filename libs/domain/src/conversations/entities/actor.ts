/** Who did something (contract type Actor): a member, an API token, the AI review, or the system. */
export const ACTOR_KINDS = ['MEMBER', 'API_TOKEN', 'AI', 'SYSTEM'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface Actor {
  kind: ActorKind;
  /** The member's name, the API token's name, the reviewer's name, or "System". */
  name: string;
  memberId: string | null;
}

export const AI_ACTOR = (reviewer: string): Actor => ({ kind: 'AI', name: reviewer, memberId: null });
export const SYSTEM_ACTOR: Actor = { kind: 'SYSTEM', name: 'System', memberId: null };
