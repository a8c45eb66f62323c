export * from './enums';
export * from './workspace.entity';
export * from './contact.entity';
export * from './conversation.entity';
export * from './message.entity';
export * from './tag.entity';
export * from './note.entity';
export * from './review.entity';
export * from './webhook-inbox.entity';

import { ContactSchema } from './contact.entity';
import { ConversationSchema } from './conversation.entity';
import { MessageSchema } from './message.entity';
import { NoteSchema } from './note.entity';
import { ReviewSchema } from './review.entity';
import { ConversationTagSchema, TagSchema } from './tag.entity';
import { WebhookInboxSchema } from './webhook-inbox.entity';
import { WorkspaceSchema } from './workspace.entity';

export const ENTITIES = [
  WorkspaceSchema,
  ContactSchema,
  ConversationSchema,
  MessageSchema,
  TagSchema,
  ConversationTagSchema,
  NoteSchema,
  ReviewSchema,
  WebhookInboxSchema,
];
