import { CONVERSATION_SOURCES, CONVERSATION_STATUSES, type ConversationSource, type ConversationStatus } from '@app/reviewer/vocabulary';
import type { ConversationFilter } from '../conversations/conversation-filter';
import { invalidInput } from '../errors/domain-error';
import { EXPORT_FORMATS, type ExportFormat } from './export-row';

type QueryValue = string | string[] | undefined;

const KNOWN = new Set(['format', 'status', 'source', 'tag', 'search', 'from', 'to', 'minQualityScore', 'maxQualityScore']);

const list = (v: QueryValue): string[] =>
  (v === undefined ? [] : Array.isArray(v) ? v : [v])
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);

function single(name: string, v: QueryValue): string | undefined {
  if (Array.isArray(v)) throw invalidInput(name, 'may be given once');
  return v === undefined || v === '' ? undefined : v;
}

function int(name: string, v: QueryValue): number | undefined {
  const s = single(name, v);
  if (s === undefined) return undefined;
  if (!/^\d+$/.test(s)) throw invalidInput(name, 'must be an integer between 0 and 100');
  return Number(s);
}

function date(name: string, v: QueryValue): Date | undefined {
  const s = single(name, v);
  if (s === undefined) return undefined;
  const d = new Date(s);
  if (!/^\d{4}-\d{2}-\d{2}/.test(s) || Number.isNaN(d.getTime())) throw invalidInput(name, 'must be an ISO-8601 date-time');
  return d;
}

/** The export endpoint's query string → the list's filter (each bad parameter named). */
export function parseExportQuery(q: Record<string, QueryValue>): { format: ExportFormat; filter: ConversationFilter } {
  for (const k of Object.keys(q)) if (!KNOWN.has(k)) throw invalidInput(k, 'is not a parameter of the export');
  const format = (single('format', q.format) ?? 'csv') as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw invalidInput('format', 'must be csv or ndjson');
  const statuses = list(q.status);
  for (const s of statuses)
    if (!(CONVERSATION_STATUSES as readonly string[]).includes(s)) throw invalidInput('status', `"${s}" is not a ConversationStatus`);
  const sources = list(q.source);
  for (const s of sources)
    if (!(CONVERSATION_SOURCES as readonly string[]).includes(s)) throw invalidInput('source', `"${s}" is not a ConversationSource`);
  return {
    format,
    filter: {
      statuses: statuses as ConversationStatus[],
      sources: sources as ConversationSource[],
      tags: Array.isArray(q.tag) ? q.tag : q.tag ? [q.tag] : [],
      search: single('search', q.search),
      from: date('from', q.from),
      to: date('to', q.to),
      minQualityScore: int('minQualityScore', q.minQualityScore),
      maxQualityScore: int('maxQualityScore', q.maxQualityScore),
    },
  };
}
