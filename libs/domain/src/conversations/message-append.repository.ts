import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { Db } from '../database/db.service';
import { EVENTS_CHANNEL } from '../events/domain-events';
import { eventJson } from '../events/event-publisher';
import { VERSION_BUMP } from './conversation-changes';
import type { ConversationSource, MessageRole } from '@app/reviewer/vocabulary';

export interface AppendInput {
  messageId: string;
  /** The sender's id for the message is `externalId`: the idempotency key, unique per workspace and source. */
  workspaceId: string;
  source: ConversationSource;
  conversationKey: string;
  externalId: string;
  role: MessageRole;
  kind: string;
  text: string;
  sentAt: Date;
  contact: { name: string | null; phone: string | null; email: string | null };
}

export interface AppendedRow {
  conversationId: string;
  seq: number;
  receivedAt: Date;
}

export interface StoredMessageRow extends AppendedRow {
  messageId: string;
  sentAt: Date;
  signaled: boolean;
}

/**
 * The ingestion hot path: one statement, one round trip, appends a message to an existing
 * conversation. The UPDATE takes the conversation's row lock (ordering its messages and their seq),
 * bumps its version as every visible change does (VERSION_BUMP), updates contact and title, inserts
 * the message and publishes message.recorded — all or nothing. A duplicate external id aborts it
 * whole (unique violation); no row back means the conversation does not exist yet.
 */
@Injectable()
export class MessageAppendRepository {
  constructor(private readonly db: Db) {}

  async append(m: AppendInput): Promise<AppendedRow | undefined> {
    const { name, phone, email } = m.contact;
    const row = await this.db.kysely
      .with('c', (db) =>
        db
          .updateTable('conversation as c')
          .from('contact as ct')
          .set((eb) => ({
            message_count: eb('c.message_count', '+', 1),
            last_message_id: eb
              .case()
              .when(eb.or([eb(eb.val(m.sentAt), '>=', eb.ref('c.last_message_at')), eb('c.last_message_id', 'is', null)]))
              .then(sql<string>`${m.messageId}::uuid`)
              .else(eb.ref('c.last_message_id'))
              .end(),
            last_message_at: sql<Date>`greatest(c.last_message_at, ${m.sentAt}::timestamptz)`,
            title: sql<string>`coalesce(${name}::text, nullif(ct.name, ''), ${phone}::text, nullif(ct.phone, ''), c.title)`,
            ...VERSION_BUMP,
          }))
          .where('c.workspace_id', '=', m.workspaceId)
          .where('c.source', '=', m.source)
          .where('c.conversation_key', '=', m.conversationKey)
          .whereRef('ct.id', '=', 'c.contact_id')
          .returning(['c.id', 'c.workspace_id', 'c.contact_id', 'c.message_count']),
      )
      .with('ct', (db) =>
        db
          .updateTable('contact as t')
          .from('c')
          .set({
            name: sql<string>`coalesce(${name}::text, t.name)`,
            phone: sql<string>`coalesce(${phone}::text, t.phone)`,
            email: sql<string>`coalesce(${email}::text, t.email)`,
          })
          .whereRef('t.id', '=', 'c.contact_id')
          .returning('t.id'),
      )
      .with('m', (db) =>
        db
          .insertInto('message')
          .columns(['id', 'workspace_id', 'conversation_id', 'seq', 'source', 'external_id', 'role', 'kind', 'text', 'sent_at'])
          .expression((eb) =>
            eb
              .selectFrom('c')
              .select([
                sql<string>`${m.messageId}::uuid`.as('id'),
                'c.workspace_id',
                'c.id',
                'c.message_count',
                sql<string>`${m.source}::text`.as('source'),
                sql<string>`${m.externalId}::text`.as('external_id'),
                sql<string>`${m.role}::text`.as('role'),
                sql<string>`${m.kind}::text`.as('kind'),
                sql<string>`${m.text}::text`.as('text'),
                sql<Date>`${m.sentAt}::timestamptz`.as('sent_at'),
              ]),
          )
          .returning(['seq', 'received_at']),
      )
      .with('e', (db) =>
        db
          .insertInto('domain_event')
          .columns(['workspace_id', 'conversation_id', 'type', 'message_id'])
          .expression((eb) =>
            eb
              .selectFrom(['c', 'm'])
              .select([
                'c.workspace_id',
                'c.id',
                sql<string>`'message.recorded'`.as('type'),
                sql<string>`${m.messageId}::uuid`.as('message_id'),
              ]),
          )
          .returning(['id', 'workspace_id', 'conversation_id', 'type', 'change', 'message_id']),
      )
      .with('n', (db) => db.selectFrom('e').select(sql<string>`pg_notify(${EVENTS_CHANNEL}, ${eventJson(sql.ref('e'))})`.as('n')))
      .selectFrom(['m', 'c'])
      .select(['c.id as conversationId', 'm.seq', 'm.received_at as receivedAt', sql<number>`(select count(*) from n)`.as('notified')])
      .executeTakeFirst();
    return row ? { conversationId: row.conversationId, seq: row.seq, receivedAt: row.receivedAt } : undefined;
  }

  /**
   * Creates the conversation and its contact, empty; false when a concurrent first message created it
   * first (its row then serves, and the contact made here is rolled back).
   */
  async createConversation(m: AppendInput, title: string): Promise<boolean> {
    return this.db
      .transaction(async (tx) => {
        const contact = await tx
          .insertInto('contact')
          .values({ workspace_id: m.workspaceId, name: m.contact.name, phone: m.contact.phone, email: m.contact.email })
          .returning('id')
          .executeTakeFirstOrThrow();
        const created = await tx
          .insertInto('conversation')
          .values({
            workspace_id: m.workspaceId,
            source: m.source,
            conversation_key: m.conversationKey,
            contact_id: contact.id,
            title,
            last_message_at: m.sentAt,
            message_count: 0,
          })
          .onConflict((oc) => oc.columns(['workspace_id', 'source', 'conversation_key']).doNothing())
          .returning('id')
          .executeTakeFirst();
        if (!created) throw new LostCreationRace();
        return true;
      })
      .catch((err: unknown) => {
        if (err instanceof LostCreationRace) return false;
        throw err;
      });
  }

  /** The stored message with this external id (a retry, or a concurrent request). */
  async findByExternalId(workspaceId: string, source: ConversationSource, externalId: string): Promise<StoredMessageRow | undefined> {
    const row = await this.db.kysely
      .selectFrom('message')
      .select(['id', 'conversation_id', 'seq', 'sent_at', 'received_at', 'signaled_at'])
      .where('workspace_id', '=', workspaceId)
      .where('source', '=', source)
      .where('external_id', '=', externalId)
      .executeTakeFirst();
    return row
      ? {
          messageId: row.id,
          conversationId: row.conversation_id,
          seq: row.seq,
          sentAt: row.sent_at,
          receivedAt: row.received_at,
          signaled: row.signaled_at !== null,
        }
      : undefined;
  }
}

/** Rolls back the contact of a creation another request won. */
class LostCreationRace extends Error {}
