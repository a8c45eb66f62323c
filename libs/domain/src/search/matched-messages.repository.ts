import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { Db } from '../database/db.service';
import type { MessageText } from './hit-highlights';

export interface MessageRef {
  conversationId: string;
  seq: number;
}

/**
 * The texts of the messages a search matched, read from PostgreSQL: documents hold texts for
 * matching, not for retrieval (a conversation's can be 20,000 characters), and a message never
 * changes, so Meilisearch's match offsets hold for the stored text.
 */
@Injectable()
export class MatchedMessages {
  constructor(private readonly db: Db) {}

  /** By conversation id, then seq; only the workspace's messages. One statement. */
  async read(workspaceId: string, refs: readonly MessageRef[]): Promise<Map<string, Map<number, MessageText>>> {
    const out = new Map<string, Map<number, MessageText>>();
    if (refs.length === 0) return out;
    // a join on unnest: one statement whatever the number of messages, prepared (planned once per connection)
    const rows = await this.db.prepared(
      sql<{ conversation_id: string; seq: number; id: string; text: string }>`
      select m.conversation_id, m.seq, m.id, m.text
        from unnest(${refs.map((r) => r.conversationId)}::uuid[], ${refs.map((r) => r.seq)}::int[]) as k(conversation_id, seq)
        join message m on m.conversation_id = k.conversation_id and m.seq = k.seq
       where m.workspace_id = ${workspaceId}`.compile(this.db.kysely),
    );
    for (const r of rows) {
      if (!out.has(r.conversation_id)) out.set(r.conversation_id, new Map());
      out.get(r.conversation_id)?.set(r.seq, { id: r.id, text: r.text });
    }
    return out;
  }
}
