// The conversation statuses in the order people read them (the API's enum order), with their colours.
import type { ConversationSource, ConversationStatus } from '../graphql/generated/graphql';

export const STATUSES: readonly ConversationStatus[] = [
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
];

export const SOURCES: readonly ConversationSource[] = ['WHATSAPP', 'WIDGET'];

export const STATUS_COLORS: Record<ConversationStatus, string> = {
  IN_PROGRESS: 'gray',
  OPPORTUNITY: 'teal',
  POTENTIAL_CUSTOMER: 'green',
  QUOTE_REQUEST: 'blue',
  FOLLOW_UP: 'violet',
  CONTACTED: 'cyan',
  WAITING_RESPONSE: 'yellow',
  INFO_ONLY: 'indigo',
  NOT_INTERESTED: 'orange',
  SPAM: 'red',
};

export function isStatus(value: string): value is ConversationStatus {
  return (STATUSES as readonly string[]).includes(value);
}

export function isSource(value: string): value is ConversationSource {
  return (SOURCES as readonly string[]).includes(value);
}

/** The rubric's bands: high 70+, medium 40–69, low under 40. */
export function scoreColor(score: number): string {
  if (score >= 70) return 'green';
  if (score >= 40) return 'yellow';
  return 'red';
}
