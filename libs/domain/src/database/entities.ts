import { ActivitySchema } from '../conversations/entities/activity.entity';
import { ContactSchema } from '../conversations/entities/contact.entity';
import { ConversationSchema } from '../conversations/entities/conversation.entity';
import { MessageSchema } from '../conversations/entities/message.entity';
import { NoteSchema } from '../conversations/entities/note.entity';
import { ReviewSchema } from '../conversations/entities/review.entity';
import { ConversationTagSchema, TagSchema } from '../conversations/entities/tag.entity';
import { DomainEventSchema } from '../events/domain-event.entity';
import { WebhookInboxSchema } from '../ingestion/webhook-inbox.entity';
import { InvitationSchema } from '../people/invitation.entity';
import { MemberSchema } from '../people/member.entity';
import { SessionSchema } from '../people/session.entity';
import { UserSchema } from '../people/user.entity';
import { ApiTokenSchema } from '../workspaces/api-token.entity';
import { WorkspaceSchema } from '../workspaces/workspace.entity';

/** Every table, defined once by its module; the Kysely types below are inferred from these. */
export const ENTITIES = [
  WorkspaceSchema,
  ApiTokenSchema,
  UserSchema,
  MemberSchema,
  InvitationSchema,
  SessionSchema,
  ContactSchema,
  ConversationSchema,
  MessageSchema,
  TagSchema,
  ConversationTagSchema,
  NoteSchema,
  ReviewSchema,
  ActivitySchema,
  WebhookInboxSchema,
  DomainEventSchema,
] as const;
