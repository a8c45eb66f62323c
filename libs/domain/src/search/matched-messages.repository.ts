import { Injectable } from '@nestjs/common';
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
    const rows = await this.db.kysely
      .selectFrom('message as m')
      .select(['m.conversation_id', 'm.seq', 'm.id', 'm.text'])
      .where('m.workspace_id', '=', workspaceId)
      .where((eb) =>
        eb(
          eb.refTuple('m.conversation_id', 'm.seq'),
          'in',
          refs.map((r) => eb.tuple(r.conversationId, r.seq)),
        ),
      )
      .execute();
    for (const r of rows) {
      if (!out.has(r.conversation_id)) out.set(r.conversation_id, new Map());
      out.get(r.conversation_id)?.set(r.seq, { id: r.id, text: r.text });
    }
    return out;
  }
}
