/** One exported conversation; the contract's column order. */
export const EXPORT_COLUMNS = [
  'id',
  'title',
  'source',
  'status',
  'statusOrigin',
  'suggestedStatus',
  'contactName',
  'phone',
  'email',
  'lastMessageAt',
  'messageCount',
  'qualityScore',
  'summary',
  'tags',
  'reviewedAt',
] as const;

export type ExportRow = {
  id: string;
  title: string;
  source: string;
  status: string;
  statusOrigin: string;
  suggestedStatus: string | null;
  contactName: string | null;
  phone: string | null;
  email: string | null;
  /** ISO-8601 UTC */
  lastMessageAt: string;
  messageCount: number;
  qualityScore: number | null;
  summary: string | null;
  tags: string[];
  reviewedAt: string | null;
};

export const EXPORT_FORMATS = ['csv', 'ndjson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
