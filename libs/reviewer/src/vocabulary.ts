// The words the rubric, the contract and every layer share: statuses (the rubric's), sources, roles.
// Plain values and types only, so the workflow bundle, the reviewer, the domain and GraphQL import
// one list each. Values are the contract's enum values, in the contract's order.

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

/** The rubric's rule order: the first status whose rule matches wins, top to bottom. */
export const STATUS_RULE_ORDER: readonly ConversationStatus[] = [
  'SPAM',
  'NOT_INTERESTED',
  'QUOTE_REQUEST',
  'POTENTIAL_CUSTOMER',
  'CONTACTED',
  'FOLLOW_UP',
  'WAITING_RESPONSE',
  'OPPORTUNITY',
  'INFO_ONLY',
  'IN_PROGRESS',
];

export const STATUS_ORIGINS = ['AI', 'MANUAL'] as const;
export type StatusOrigin = (typeof STATUS_ORIGINS)[number];

export const MESSAGE_ROLES = ['CUSTOMER', 'AGENT'] as const;
export type MessageRole = (typeof MESSAGE_ROLES)[number];

export const isConversationStatus = (v: unknown): v is ConversationStatus =>
  typeof v === 'string' && (CONVERSATION_STATUSES as readonly string[]).includes(v);
