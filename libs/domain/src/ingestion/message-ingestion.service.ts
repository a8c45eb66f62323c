import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Database } from '../db/database.service';
import { EVENTS_CHANNEL } from '../events/domain-events';
import { ConversationSignaler } from '../temporal/conversation-signaler.service';
import { normalizeConversationKey, type IncomingMessage, type RecordedMessage } from './incoming-message';

interface DuplicateRow {
  id: string;
  conversation_id: string;
  seq: number;
  sent_at: Date;
  received_at: Date;
  signaled: boolean;
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

// One statement, one round trip, appends a message to an existing conversation: the UPDATE takes the
// conversation's row lock (ordering its messages and their seq), the contact and title follow, the
// message is inserted and the event published, all or nothing. A duplicate external id aborts it
// whole; no row back means the conversation does not exist yet.
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
    where c.workspace_id = ? and c.source = ? and c.conversation_key = ? and ct.id = c.contact_id
    returning c.id, c.workspace_id, c.contact_id, c.message_count
  ), ct as (
    update contact t set name = coalesce(?, t.name), phone = coalesce(?, t.phone), email = coalesce(?, t.email)
    from c where t.id = c.contact_id
  ), m as (
    insert into message (id, workspace_id, conversation_id, seq, source, external_id, role, kind, text, sent_at, received_at)
    select ?::uuid, c.workspace_id, c.id, c.message_count, ?, ?, ?, ?, ?, ?::timestamptz, now() from c
    returning seq, received_at
  ), n as (
    select pg_notify(?, json_build_object('type', 'message.recorded', 'workspaceId', ?::text, 'conversationId', c.id::text, 'messageId', ?::text)::text)
      from m, c
  )
  select c.id as conversation_id, m.seq, m.received_at, (select count(*) from n) as notified from m, c`;

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
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const appended = await this.append(m, key);
        if (appended) return appended;
        await this.createConversation(m, key);
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        // Stored already (a retry, or a concurrent request): answer as the duplicate it is.
        const dup = await this.lookupDuplicate(m);
        if (dup) return dup;
      }
    }
    throw new Error(`message ${m.externalId} could not be recorded`);
  }

  private async lookupDuplicate(m: IncomingMessage): Promise<RecordedMessage | undefined> {
    const row = await this.db.one<DuplicateRow>(
      `select id, conversation_id, seq, sent_at, received_at, signaled_at is not null as signaled
         from message where workspace_id = ? and source = ? and external_id = ?`,
      [m.workspaceId, m.source, m.externalId],
    );
    if (!row) return undefined;
    return {
      workspaceId: m.workspaceId,
      source: m.source,
      conversationId: row.conversation_id,
      messageId: row.id,
      seq: row.seq,
      sentAt: new Date(row.sent_at),
      receivedAt: new Date(row.received_at),
      duplicate: true,
      signaled: row.signaled,
    };
  }

  /** Undefined when the conversation does not exist yet. */
  private async append(m: IncomingMessage, key: string): Promise<RecordedMessage | undefined> {
    const messageId = randomUUID();
    const c = m.contact ?? {};
    const name = c.name?.trim() || null;
    const phone = c.phone?.trim() || (m.source === 'WHATSAPP' ? `+${key}` : null);
    const email = c.email?.trim() || null;
    const row = await this.db.one<{ conversation_id: string; seq: number; received_at: Date }>(APPEND_SQL, [
      m.sentAt,
      messageId,
      m.sentAt,
      name,
      phone,
      m.workspaceId,
      m.source,
      key,
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
      messageId,
    ]);
    if (!row) return undefined;
    return {
      workspaceId: m.workspaceId,
      source: m.source,
      conversationId: row.conversation_id,
      messageId,
      seq: row.seq,
      sentAt: m.sentAt,
      receivedAt: new Date(row.received_at),
      duplicate: false,
      signaled: false,
    };
  }

  /** Creates the conversation and its contact; when a concurrent first message wins, its row serves. */
  private async createConversation(m: IncomingMessage, key: string): Promise<void> {
    const c = m.contact ?? {};
    const phone = c.phone?.trim() || (m.source === 'WHATSAPP' ? `+${key}` : null);
    try {
      await this.db.transaction(async (tx) => {
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
      });
    } catch (err) {
      if (!(err instanceof LostCreationRace)) throw err;
    }
  }
}
