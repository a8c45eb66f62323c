import { decodeCursor, encodeCursor } from '../common/cursor';
import { isUuid } from '../common/ids';
import type { ConversationRecord } from './records';

/** The list's keyset cursor: (lastMessageAt with µs, id), the list's order. */
export interface ListCursor {
  t: string;
  i: string;
}

const isListCursor = (v: unknown): v is ListCursor => {
  const c = v as ListCursor;
  return typeof c === 'object' && c !== null && typeof c.t === 'string' && !Number.isNaN(Date.parse(c.t)) && isUuid(c.i);
};

export const listCursorOf = (c: ConversationRecord): string => encodeCursor({ t: c.lastMessageAtText, i: c.id } satisfies ListCursor);

export const decodeListCursor = (cursor: string | null | undefined): ListCursor | undefined => decodeCursor(cursor, isListCursor);
