import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Database, type Sql } from '../db/database.service';
import { EVENTS_CHANNEL } from '../events/domain-events';
import { ConversationSignaler } from '../temporal/conversation-signaler.service';
import { normalizeConversationKey, type IncomingMessage, type RecordedMessage } from './incoming-message';

interface LookupRow {
  dup_id: string | null;
  dup_conversation_id: string | null;
  dup_seq: number | null;
  dup_sent_at: Date | null;
  dup_received_at: Date | null;
  dup_signaled: boolean | null;
  conversation_id: string | null;
}

const UNIQUE_VIOLATION = '23505';

class LostCreationRace extends Error {}

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === UNIQUE_VIOLATION || e?.cause?.code === UNIQUE_VIOLATION || /duplicate key value/.test(String((err as Error)?.message));
}

function titleFor(source: string, key: string, c: { name?: string | null; phone?: string | null }): string {
  if (c.name?.trim()) return c.name.trim();
  if (c.phone?.trim()) return c.phone.trim();
  return source === 'WHATSAPP' ? `+${key}` : `Visitor ${key.slice(-6)}`;
}

// One statement appends a message to an existing conversation: the UPDATE takes the conversation's
// row lock (ordering its messages and their seq), the contact and title follow, the message is
// inserted and the event published, all or nothing. A duplicate external id aborts it whole.
const APPEND_SQL = `
  with c as (
    update conversation c set
      message_count = c.message_count + 1,
      last_message_id = case when ?::timestamptz >= c.last_message_at or c.last_message_id is null then ?::uuid else c.last_message_id end,
      last_message_at = greatest(c.last_message_at, ?::timestamptz),
      title = coalesce(?, nullif(ct.name, ''), ?, nullif(ct.phone, ''), c.title),
      version = c.version + 1,
      updated_at = now()
    from contact ct
    where c.id = ? and ct.id = c.contact_id
    returning c.id, c.workspace_id, c.contact_id, c.message_count
  ), ct as (
    update contact t set name = coalesce(?, t.name), phone = coalesce(?, t.phone), email = coalesce(?, t.email)
    from c where t.id = c.contact_id
  ), m as (
    insert into message (id, workspace_id, conversation_id, seq, source, external_id, role, kind, text, sent_at, received_at)
    select ?::uuid, c.workspace_id, c.id, c.message_count, ?, ?, ?, ?, ?, ?::timestamptz, now() from c
    returning seq, received_at
  ), n as (
    select pg_notify(?, json_build_object('type', 'message.recorded', 'workspaceId', ?::text, 'conversationId', ?::text, 'messageId', ?::text)::text) from m
  )
  select m.seq, m.received_at, (select count(*) from n) as notified from m`;

/**
 * Records messages: store → signal the conversation's workflow → answer. A message is stored once
 * (unique external id, checked and enforced by the database); a stored message whose signal failed
 * is signaled later by the outbox relay, so whatever was acknowledged is reviewed.
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

  /**
   * Each message is durable on its own statement before this resolves; a webhook body's messages
   * are stored in order, and a retry of the body stores only what is missing.
   */
  async recordMany(msgs: IncomingMessage[]): Promise<RecordedMessage[]> {
    const recorded: RecordedMessage[] = [];
    for (const m of msgs) recorded.push(await this.store(m));
    await Promise.all(recorded.filter((r) => !r.signaled).map((r) => this.signaler.signal(r)));
    return recorded;
  }

  private async store(m: IncomingMessage): Promise<RecordedMessage> {
    const key = normalizeConversationKey(m.source, m.conversationKey);
    for (let attempt = 0; ; attempt++) {
      const found = await this.lookup(this.db, m, key);
      if (found.dup) return found.dup;
      try {
        const conversationId = found.conversationId ?? (await this.createConversation(m, key));
        return await this.append(this.db, m, key, conversationId);
      } catch (err) {
        // Another request stored the same message meanwhile: the next lookup answers as a duplicate.
        if (!isUniqueViolation(err) || attempt > 0) throw err;
      }
    }
  }

  /** The message if it is a duplicate, and the conversation if it exists: one round trip. */
  private async lookup(sql: Sql, m: IncomingMessage, key: string): Promise<{ dup?: RecordedMessage; conversationId?: string }> {
    const row = (await sql.one<LookupRow>(
      `select d.id as dup_id, d.conversation_id as dup_conversation_id, d.seq as dup_seq, d.sent_at as dup_sent_at,
              d.received_at as dup_received_at, d.signaled_at is not null as dup_signaled,
              (select id from conversation where workspace_id = ? and source = ? and conversation_key = ?) as conversation_id
         from (select 1) one
         left join message d on d.workspace_id = ? and d.source = ? and d.external_id = ?`,
      [m.workspaceId, m.source, key, m.workspaceId, m.source, m.externalId],
    ))!;
    if (row.dup_id) {
      return {
        dup: {
          workspaceId: m.workspaceId,
          source: m.source,
          conversationId: row.dup_conversation_id!,
          messageId: row.dup_id,
          seq: row.dup_seq!,
          sentAt: new Date(row.dup_sent_at!),
          receivedAt: new Date(row.dup_received_at!),
          duplicate: true,
          signaled: row.dup_signaled === true,
        },
      };
    }
    return { conversationId: row.conversation_id ?? undefined };
  }

  private async append(sql: Sql, m: IncomingMessage, key: string, conversationId: string): Promise<RecordedMessage> {
    const messageId = randomUUID();
    const c = m.contact ?? {};
    const name = c.name?.trim() || null;
    const phone = c.phone?.trim() || (m.source === 'WHATSAPP' ? `+${key}` : null);
    const email = c.email?.trim() || null;
    const row = await sql.one<{ seq: number; received_at: Date }>(APPEND_SQL, [
      m.sentAt,
      messageId,
      m.sentAt,
      name,
      phone,
      conversationId,
      name,
      phone,
      email,
      messageId,
      m.source,
      m.externalId,
      m.role,
      m.kind,
      m.text,
      m.sentAt,
      EVENTS_CHANNEL,
      m.workspaceId,
      conversationId,
      messageId,
    ]);
    if (!row) throw new Error(`conversation ${conversationId} vanished while recording a message`);
    return {
      workspaceId: m.workspaceId,
      source: m.source,
      conversationId,
      messageId,
      seq: row.seq,
      sentAt: m.sentAt,
      receivedAt: new Date(row.received_at),
      duplicate: false,
      signaled: false,
    };
  }

  /** The first message of a conversation creates it and its contact; a concurrent creator wins quietly. */
  private async createConversation(m: IncomingMessage, key: string): Promise<string> {
    const c = m.contact ?? {};
    const phone = c.phone?.trim() || (m.source === 'WHATSAPP' ? `+${key}` : null);
    try {
      return await this.db.transaction(async (tx) => {
        const contact = await tx.one<{ id: string }>(
          'insert into contact (workspace_id, name, phone, email) values (?, ?, ?, ?) returning id',
          [m.workspaceId, c.name?.trim() || null, phone, c.email?.trim() || null],
        );
        const created = await tx.one<{ id: string }>(
          `insert into conversation (workspace_id, source, conversation_key, contact_id, title, last_message_at, message_count)
           values (?, ?, ?, ?, ?, ?::timestamptz, 0)
           on conflict (workspace_id, source, conversation_key) do nothing returning id`,
          [m.workspaceId, m.source, key, contact!.id, titleFor(m.source, key, { ...c, phone }), m.sentAt],
        );
        if (!created) throw new LostCreationRace(); // rolls the contact back
        return created.id;
      });
    } catch (err) {
      if (!(err instanceof LostCreationRace)) throw err;
      const winner = await this.db.one<{ id: string }>(
        'select id from conversation where workspace_id = ? and source = ? and conversation_key = ?',
        [m.workspaceId, m.source, key],
      );
      return winner!.id;
    }
  }
}
