import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Database, type Sql } from '../db/database.service';
import { notifySql } from '../events/domain-events';
import { ConversationSignaler } from '../temporal/conversation-signaler.service';
import { normalizeConversationKey, type IncomingMessage, type RecordedMessage } from './incoming-message';

interface ExistingRow {
  id: string;
  conversation_id: string;
  seq: number;
  sent_at: Date;
  received_at: Date;
  signaled_at: Date | null;
}

class DuplicateRace extends Error {}

function titleFor(source: string, key: string, c: { name?: string | null; phone?: string | null }): string {
  if (c.name?.trim()) return c.name.trim();
  if (c.phone?.trim()) return c.phone.trim();
  return source === 'WHATSAPP' ? `+${key}` : `Visitor ${key.slice(-6)}`;
}

/**
 * Records messages: store (one transaction) → signal the conversation's workflow → answer.
 * A message is never stored twice (unique external id); a stored message whose signal failed is
 * signaled later by the outbox relay, so whatever was acknowledged is reviewed.
 */
@Injectable()
export class MessageIngestionService {
  constructor(
    private readonly db: Database,
    private readonly signaler: ConversationSignaler,
  ) {}

  async record(msg: IncomingMessage): Promise<RecordedMessage> {
    return (await this.recordMany([msg]))[0];
  }

  /** All of them durable together, then each signaled. */
  async recordMany(msgs: IncomingMessage[]): Promise<RecordedMessage[]> {
    let recorded: RecordedMessage[];
    try {
      recorded = await this.db.transaction(async (tx) => {
        const out: RecordedMessage[] = [];
        for (const m of msgs) out.push(await this.store(tx, m));
        return out;
      });
    } catch (err) {
      // A concurrent request stored the same message first: answer as a duplicate.
      if (!(err instanceof DuplicateRace)) throw err;
      recorded = await this.db.transaction(async (tx) => {
        const out: RecordedMessage[] = [];
        for (const m of msgs) out.push(await this.store(tx, m));
        return out;
      });
    }
    await Promise.all(recorded.filter((r) => !r.signaled).map((r) => this.signaler.signal(r)));
    return recorded;
  }

  private async store(tx: Sql, m: IncomingMessage): Promise<RecordedMessage> {
    const key = normalizeConversationKey(m.source, m.conversationKey);
    const existing = await tx.one<ExistingRow>(
      'select id, conversation_id, seq, sent_at, received_at, signaled_at from message where workspace_id = ? and source = ? and external_id = ?',
      [m.workspaceId, m.source, m.externalId],
    );
    if (existing) {
      return {
        workspaceId: m.workspaceId,
        source: m.source,
        conversationId: existing.conversation_id,
        messageId: existing.id,
        seq: existing.seq,
        sentAt: new Date(existing.sent_at),
        receivedAt: new Date(existing.received_at),
        duplicate: true,
        signaled: existing.signaled_at !== null,
      };
    }

    const conversationId = await this.lockConversation(tx, m, key);
    const messageId = randomUUID();
    const contact = m.contact ?? {};
    const phone = contact.phone ?? (m.source === 'WHATSAPP' ? `+${key}` : null);
    await tx.run(
      `update contact set name = coalesce(?, name), phone = coalesce(?, phone), email = coalesce(?, email)
        where id = (select contact_id from conversation where id = ?)`,
      [contact.name?.trim() || null, phone, contact.email?.trim() || null, conversationId],
    );
    const conv = await tx.one<{ message_count: number; received_at: Date }>(
      `update conversation c set
          message_count = c.message_count + 1,
          last_message_id = case when ? >= c.last_message_at or c.last_message_id is null then ?::uuid else c.last_message_id end,
          last_message_at = greatest(c.last_message_at, ?),
          title = coalesce(nullif(ct.name, ''), nullif(ct.phone, ''), c.title),
          version = c.version + 1,
          updated_at = now()
         from contact ct
        where c.id = ? and ct.id = c.contact_id
        returning c.message_count, now() as received_at`,
      [m.sentAt, messageId, m.sentAt, conversationId],
    );
    if (!conv) throw new Error(`conversation ${conversationId} vanished while recording a message`);
    const inserted = await tx.one<{ id: string }>(
      `insert into message (id, workspace_id, conversation_id, seq, source, external_id, role, kind, text, sent_at, received_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (workspace_id, source, external_id) do nothing returning id`,
      [
        messageId,
        m.workspaceId,
        conversationId,
        conv.message_count,
        m.source,
        m.externalId,
        m.role,
        m.kind,
        m.text,
        m.sentAt,
        conv.received_at,
      ],
    );
    if (!inserted) throw new DuplicateRace();
    const [sql, params] = notifySql({ type: 'message.recorded', workspaceId: m.workspaceId, conversationId, messageId });
    await tx.query(sql, params);
    return {
      workspaceId: m.workspaceId,
      source: m.source,
      conversationId,
      messageId,
      seq: conv.message_count,
      sentAt: m.sentAt,
      receivedAt: new Date(conv.received_at),
      duplicate: false,
      signaled: false,
    };
  }

  /** Finds or creates the conversation and holds its row lock, which orders its messages. */
  private async lockConversation(tx: Sql, m: IncomingMessage, key: string): Promise<string> {
    const select = 'select id from conversation where workspace_id = ? and source = ? and conversation_key = ? for update';
    const found = await tx.one<{ id: string }>(select, [m.workspaceId, m.source, key]);
    if (found) return found.id;
    const contact = m.contact ?? {};
    const phone = contact.phone ?? (m.source === 'WHATSAPP' ? `+${key}` : null);
    const contactRow = await tx.one<{ id: string }>(
      'insert into contact (workspace_id, name, phone, email) values (?, ?, ?, ?) returning id',
      [m.workspaceId, contact.name?.trim() || null, phone, contact.email?.trim() || null],
    );
    const created = await tx.one<{ id: string }>(
      `insert into conversation (workspace_id, source, conversation_key, contact_id, title, last_message_at, message_count)
       values (?, ?, ?, ?, ?, ?, 0)
       on conflict (workspace_id, source, conversation_key) do nothing returning id`,
      [m.workspaceId, m.source, key, contactRow!.id, titleFor(m.source, key, { ...contact, phone }), m.sentAt],
    );
    if (created) return created.id;
    // Created concurrently by another request: wait for its lock.
    await tx.run('delete from contact where id = ?', [contactRow!.id]);
    const again = await tx.one<{ id: string }>(select, [m.workspaceId, m.source, key]);
    return again!.id;
  }
}
