import { Injectable, Logger } from '@nestjs/common';
import type { Sql } from '@app/domain/db/database.service';
import { notifySql, type DomainEvent } from '@app/domain/events/domain-events';
import { SearchIndexService } from '@app/domain/search/search-index.service';
import { ConversationSignaler } from '@app/domain/temporal/conversation-signaler.service';
import type { CountingSql } from '../common/counting-sql';
import { CONVERSATION_STATUSES, type ConversationStatus } from '../common/enums';
import { isUuid } from '../common/paging';
import { BadUserInputError, NotFoundError } from '../errors/app-error';
import { noteRecord, type NoteRecord } from './records';

type Change = Extract<DomainEvent, { type: 'conversation.changed' }>['change'];

export const NOTE_MAX = 5000;
export const TAG_MAX = 50;

/** Not a uuid: no conversation of any workspace (and no SQL error). */
function assertId(conversationId: string): void {
  if (!isUuid(conversationId)) throw new NotFoundError('Conversation', conversationId);
}

function text(field: string, value: string, max: number): string {
  const v = (value ?? '').trim();
  if (v.length === 0) throw new BadUserInputError(field, 'must not be empty');
  if (v.length > max) throw new BadUserInputError(field, `must be at most ${max} characters`);
  return v;
}

/**
 * Writes by people (notes, tags, status). Each one that changes something bumps the conversation's
 * version, publishes conversation.changed in the same transaction, then updates the search index
 * (best effort: the sync loop catches up on rows with indexed_version < version).
 */
@Injectable()
export class ConversationMutationsService {
  private readonly log = new Logger(ConversationMutationsService.name);

  constructor(
    private readonly searchIndex: SearchIndexService,
    private readonly signaler: ConversationSignaler,
  ) {}

  async addNote(sql: CountingSql, workspaceId: string, conversationId: string, body: string): Promise<NoteRecord> {
    const clean = text('body', body, NOTE_MAX);
    assertId(conversationId);
    const note = await sql.transaction(async (tx) => {
      await this.touch(tx, workspaceId, conversationId);
      const row = await tx.one(
        `insert into note (workspace_id, conversation_id, body) values (?, ?, ?)
         returning id, conversation_id as "conversationId", body, created_at as "createdAt"`,
        [workspaceId, conversationId, clean],
      );
      await this.publish(tx, workspaceId, conversationId, 'note');
      return noteRecord(row!);
    });
    await this.reindex(conversationId);
    return note;
  }

  /** Idempotent: a tag the conversation has already (in any case) changes nothing. */
  async addTag(sql: CountingSql, workspaceId: string, conversationId: string, name: string): Promise<void> {
    const clean = text('name', name, TAG_MAX);
    assertId(conversationId);
    const changed = await sql.transaction(async (tx) => {
      await this.lock(tx, workspaceId, conversationId);
      // "do update" (a no-op) so the existing row is returned, and locked against a concurrent removal
      const tag = await tx.one<{ id: string }>(
        `insert into tag (workspace_id, name, name_key) values (?, ?, lower(?))
         on conflict (workspace_id, name_key) do update set name_key = excluded.name_key returning id`,
        [workspaceId, clean, clean],
      );
      const linked = await tx.one(
        'insert into conversation_tag (conversation_id, tag_id) values (?, ?) on conflict do nothing returning tag_id',
        [conversationId, tag!.id],
      );
      if (!linked) return false;
      await this.bump(tx, conversationId);
      await this.publish(tx, workspaceId, conversationId, 'tag');
      return true;
    });
    if (changed) await this.reindex(conversationId);
  }

  /** Removing a tag the conversation does not have changes nothing. */
  async removeTag(sql: CountingSql, workspaceId: string, conversationId: string, name: string): Promise<void> {
    const clean = text('name', name, TAG_MAX);
    assertId(conversationId);
    const changed = await sql.transaction(async (tx) => {
      await this.lock(tx, workspaceId, conversationId);
      const removed = await tx.run(
        `delete from conversation_tag ct using tag t
          where ct.conversation_id = ? and ct.tag_id = t.id and t.workspace_id = ? and t.name_key = lower(?)`,
        [conversationId, workspaceId, clean],
      );
      if (removed === 0) return false;
      await this.bump(tx, conversationId);
      await this.publish(tx, workspaceId, conversationId, 'tag');
      return true;
    });
    if (changed) await this.reindex(conversationId);
  }

  /** A person's status: status_origin MANUAL, which later AI reviews keep (they set suggested_status only). */
  async changeStatus(sql: CountingSql, workspaceId: string, conversationId: string, status: ConversationStatus): Promise<void> {
    if (!(CONVERSATION_STATUSES as readonly string[]).includes(status))
      throw new BadUserInputError('status', 'is not a ConversationStatus');
    assertId(conversationId);
    await sql.transaction(async (tx) => {
      const n = await tx.run(
        `update conversation set status = ?, status_origin = 'MANUAL', version = version + 1, updated_at = now()
          where id = ? and workspace_id = ?`,
        [status, conversationId, workspaceId],
      );
      if (n === 0) throw new NotFoundError('Conversation', conversationId);
      await this.publish(tx, workspaceId, conversationId, 'status');
    });
    await Promise.all([this.reindex(conversationId), this.signaler.statusChanged(conversationId, status)]);
  }

  /** Bumps the version of the workspace's conversation, or NOT_FOUND. */
  private async touch(tx: Sql, workspaceId: string, conversationId: string): Promise<void> {
    const n = await tx.run('update conversation set version = version + 1, updated_at = now() where id = ? and workspace_id = ?', [
      conversationId,
      workspaceId,
    ]);
    if (n === 0) throw new NotFoundError('Conversation', conversationId);
  }

  /** Row lock on the workspace's conversation (serialises tag changes), or NOT_FOUND. */
  private async lock(tx: Sql, workspaceId: string, conversationId: string): Promise<void> {
    const row = await tx.one('select id from conversation where id = ? and workspace_id = ? for update', [conversationId, workspaceId]);
    if (!row) throw new NotFoundError('Conversation', conversationId);
  }

  private async bump(tx: Sql, conversationId: string): Promise<void> {
    await tx.run('update conversation set version = version + 1, updated_at = now() where id = ?', [conversationId]);
  }

  private async publish(tx: Sql, workspaceId: string, conversationId: string, change: Change): Promise<void> {
    const [q, params] = notifySql({ type: 'conversation.changed', workspaceId, conversationId, change });
    await tx.query(q, params);
  }

  private async reindex(conversationId: string): Promise<void> {
    try {
      await this.searchIndex.indexConversations([conversationId]);
    } catch (err) {
      this.searchIndex.logFailure(`index after change of ${conversationId}`, err);
    }
  }
}
