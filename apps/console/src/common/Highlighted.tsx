// A search passage with its matched ranges marked. The text is rendered as text (React escapes it):
// the API's passages are plain text, never markup.
import { Fragment } from 'react';

export interface TextRange {
  start: number;
  length: number;
}

export function splitByRanges(text: string, ranges: readonly TextRange[]): { text: string; match: boolean }[] {
  const sorted = [...ranges].filter((r) => r.length > 0 && r.start >= 0 && r.start < text.length).sort((a, b) => a.start - b.start);
  const parts: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const r of sorted) {
    const start = Math.max(r.start, at);
    const end = Math.min(r.start + r.length, text.length);
    if (end <= start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}

export function Highlighted({ text, matches }: { text: string; matches: readonly TextRange[] }) {
  return (
    <>
      {splitByRanges(text, matches).map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>,
      )}
    </>
  );
}
