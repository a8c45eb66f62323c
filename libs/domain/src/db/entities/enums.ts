// Plain string unions shared by entities, GraphQL and workflows; values are the contract's enum values.
export const CONVERSATION_SOURCES = ['WHATSAPP', 'WIDGET'] as const;
export type ConversationSource = (typeof CONVERSATION_SOURCES)[number];

export const CONVERSATION_STATUSES = [
  'IN_PROGRESS',
  'OPPORTUNITY',
  'POTENTIAL_CUSTOMER',
  'QUOTE_REQUEST',
  'FOLLOW_UP',
  'CONTACTED',
  'WAITING_RESPONSE',
  'INFO_ONLY',
  'NOT_INTERESTED',
  'SPAM',
] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

export const STATUS_ORIGINS = ['AI', 'MANUAL'] as const;
export type StatusOrigin = (typeof STATUS_ORIGINS)[number];

export const MESSAGE_ROLES = ['CUSTOMER', 'AGENT'] as const;
export type MessageRole = (typeof MESSAGE_ROLES)[number];
