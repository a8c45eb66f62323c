import type { ValidFilter } from '../conversations/conversation-filter';

const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** The list's filters as Meilisearch filter expressions (to be joined with AND); the workspace always first. */
export function searchFilters(workspaceId: string, f: ValidFilter): string[] {
  const out = [`workspaceId = ${quote(workspaceId)}`, 'visible = true'];
  if (f.statuses.length) out.push(`status IN [${f.statuses.map(quote).join(', ')}]`);
  if (f.sources.length) out.push(`source IN [${f.sources.map(quote).join(', ')}]`);
  // the index keeps tag names as written; a tag filter matches them case-insensitively via tagKeys
  for (const t of f.tags) out.push(`tagKeys = ${quote(t.toLowerCase())}`);
  if (f.minQualityScore !== undefined) out.push(`qualityScore >= ${f.minQualityScore}`);
  if (f.maxQualityScore !== undefined) out.push(`qualityScore <= ${f.maxQualityScore}`);
  // lastMessageAt is in µs; PostgreSQL compares at µs too, so ms bounds become µs bounds
  if (f.from) out.push(`lastMessageAt >= ${f.from.getTime() * 1000}`);
  if (f.to) out.push(`lastMessageAt <= ${f.to.getTime() * 1000}`);
  return out;
}
