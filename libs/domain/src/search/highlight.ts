/** Which field of a conversation a search matched (contract enum HighlightField). */
export const HIGHLIGHT_FIELDS = ['TITLE', 'CONTACT_NAME', 'PHONE', 'EMAIL', 'MESSAGE', 'NOTE', 'TAG'] as const;
export type HighlightField = (typeof HIGHLIGHT_FIELDS)[number];

/** A passage that matched: plain text cropped around the match, with the match offsets (UTF-16 units). */
export interface Highlight {
  field: HighlightField;
  text: string;
  matches: { start: number; length: number }[];
  /** Set when field is MESSAGE. */
  messageId: string | null;
}
