import { invalidInput } from '../errors/domain-error';

/** Opaque cursors: base64url JSON, validated on the way back in. */
export function encodeCursor(value: object): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

export function decodeCursor<T>(cursor: string | null | undefined, check: (v: unknown) => v is T, field = 'after'): T | undefined {
  if (cursor == null || cursor === '') return undefined;
  let value: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor) || cursor.length > 512) throw new Error('not base64url');
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidInput(field, 'is not a valid cursor');
  }
  if (!check(value)) throw invalidInput(field, 'is not a valid cursor');
  return value;
}

/** The largest page any connection serves; a larger `first` is refused, not silently capped. */
export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined, fallback: number, field = 'first'): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0) throw invalidInput(field, `must be between 0 and ${MAX_PAGE_SIZE}`);
  if (n > MAX_PAGE_SIZE) throw invalidInput(field, `must be at most ${MAX_PAGE_SIZE}`);
  return n;
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
}
