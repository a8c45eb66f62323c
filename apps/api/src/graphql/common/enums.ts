import { registerEnumType } from '@nestjs/graphql';
import { CONVERSATION_SOURCES, CONVERSATION_STATUSES, MESSAGE_ROLES, STATUS_ORIGINS } from '@app/domain/db/entities/enums';

// GraphQL enums built from the domain's value lists, so both always agree.
const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ConversationSourceEnum = enumOf(CONVERSATION_SOURCES);
export const ConversationStatusEnum = enumOf(CONVERSATION_STATUSES);
export const StatusOriginEnum = enumOf(STATUS_ORIGINS);
export const MessageRoleEnum = enumOf(MESSAGE_ROLES);

registerEnumType(ConversationSourceEnum, { name: 'ConversationSource' });
registerEnumType(ConversationStatusEnum, { name: 'ConversationStatus' });
registerEnumType(StatusOriginEnum, {
  name: 'StatusOrigin',
  description: 'Who set the current status: the AI review, or a person through changeStatus.',
});
registerEnumType(MessageRoleEnum, { name: 'MessageRole' });

export { CONVERSATION_SOURCES, CONVERSATION_STATUSES, MESSAGE_ROLES, STATUS_ORIGINS };
export type { ConversationSource, ConversationStatus, MessageRole, StatusOrigin } from '@app/domain/db/entities/enums';
