import { registerEnumType } from '@nestjs/graphql';
import { CONVERSATION_SOURCES, CONVERSATION_STATUSES, MESSAGE_ROLES, STATUS_ORIGINS } from '@app/reviewer/vocabulary';
import { ACTIVITY_KINDS, ACTOR_KINDS, CONVERSATION_ORDERS, HIGHLIGHT_FIELDS, MEMBER_ROLES } from '@app/domain';

// GraphQL enums built from the one value list of each, so every layer agrees.
const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ConversationSourceEnum = enumOf(CONVERSATION_SOURCES);
export const ConversationStatusEnum = enumOf(CONVERSATION_STATUSES);
export const StatusOriginEnum = enumOf(STATUS_ORIGINS);
export const MessageRoleEnum = enumOf(MESSAGE_ROLES);
export const ActorKindEnum = enumOf(ACTOR_KINDS);
export const ActivityKindEnum = enumOf(ACTIVITY_KINDS);
export const MemberRoleEnum = enumOf(MEMBER_ROLES);
export const HighlightFieldEnum = enumOf(HIGHLIGHT_FIELDS);
export const ConversationOrderEnum = enumOf(CONVERSATION_ORDERS);

registerEnumType(ConversationSourceEnum, { name: 'ConversationSource' });
registerEnumType(ConversationStatusEnum, { name: 'ConversationStatus' });
registerEnumType(StatusOriginEnum, {
  name: 'StatusOrigin',
  description: 'Who set the current status: the AI review, or a person through changeStatus.',
});
registerEnumType(MessageRoleEnum, { name: 'MessageRole' });
registerEnumType(ActorKindEnum, { name: 'ActorKind' });
registerEnumType(ActivityKindEnum, { name: 'ActivityKind' });
registerEnumType(MemberRoleEnum, { name: 'MemberRole' });
registerEnumType(HighlightFieldEnum, { name: 'HighlightField' });
registerEnumType(ConversationOrderEnum, {
  name: 'ConversationOrder',
  description:
    'RELEVANCE: best match first (every word found, exact before typo, close words before far), newest first among equals. NEWEST: newest lastMessageAt first.',
});
