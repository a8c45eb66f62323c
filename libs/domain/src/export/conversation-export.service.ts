import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { ConversationFilter } from '../conversations/conversation-filter';
import { ConversationQueries } from '../conversations/conversation-queries.service';
import { Db } from '../database/db.service';
import type { ExportRow } from './export-row';

const BATCH = 1_000;

/**
 * The conversations a filter matches, as export rows, newest first, a batch at a time: memory stays
 * constant however many there are (the caller streams each batch out before the next is read).
 */
@Injectable()
export class ConversationExport {
  constructor(
    private readonly db: Db,
    private readonly queries: ConversationQueries,
  ) {}

  async *rows(workspaceId: string, filter: ConversationFilter): AsyncGenerator<ExportRow[]> {
    for await (const ids of this.queries.matchingIds(workspaceId, filter, BATCH, '')) {
      const rows = await this.load(workspaceId, ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      yield ids.flatMap((id) => byId.get(id) ?? []);
    }
  }

  private async load(workspaceId: string, ids: string[]): Promise<ExportRow[]> {
    const { rows } = await sql<{
      id: string;
      title: string;
      source: string;
      status: string;
      status_origin: string;
      suggested_status: string | null;
      contact_name: string | null;
      phone: string | null;
      email: string | null;
      last_message_at: Date;
      message_count: number;
      quality_score: number | null;
      summary: string | null;
      tags: string[];
      reviewed_at: Date | null;
    }>`
      select c.id, c.title, c.source, c.status, c.status_origin, c.suggested_status,
             ct.name as contact_name, ct.phone, ct.email, c.last_message_at, c.message_count, c.quality_score,
             r.summary, c.reviewed_at,
             coalesce((select array_agg(t.name order by t.name_key) from conversation_tag x join tag t on t.id = x.tag_id
                        where x.conversation_id = c.id), '{}') as tags
        from conversation c
        join contact ct on ct.id = c.contact_id
        left join lateral (select summary from review where conversation_id = c.id order by through_seq desc limit 1) r on true
       where c.id = any(${ids}::uuid[]) and c.workspace_id = ${workspaceId} and c.visible`.execute(this.db.kysely);
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      source: r.source,
      status: r.status,
      statusOrigin: r.status_origin,
      suggestedStatus: r.suggested_status,
      contactName: r.contact_name,
      phone: r.phone,
      email: r.email,
      lastMessageAt: r.last_message_at.toISOString(),
      messageCount: r.message_count,
      qualityScore: r.quality_score,
      summary: r.summary,
      tags: r.tags,
      reviewedAt: r.reviewed_at?.toISOString() ?? null,
    }));
  }
}
