import { Injectable } from '@nestjs/common';
import { isConversationStatus, type ConversationStatus } from '@app/reviewer/vocabulary';
import { isUuid } from '../common/ids';
import { LIMITS } from '../common/limits';
import { requireText } from '../common/text-input';
import { Db } from '../database/db.service';
import type { Executor } from '../database/schema';
import { invalidInput, notFound } from '../errors/domain-error';
import { markChanged, recordActivities } from './conversation-changes';
import type { Actor } from './entities/actor';
import { toNote } from './record-mappers';
import type { NoteRecord } from './records';

/**
 * What people (and integrations) do to one conversation: notes, tags, status. Every change that
 * changes something goes through markChanged (version + event) and leaves an activity with its actor.
 */
@Injectable()
export class ConversationCommands {
  constructor(private readonly db: Db) {}

  async addNote(workspaceId: string, actor: Actor, conversationId: string, body: string): Promise<NoteRecord> {
    const clean = requireText('body', body, { max: LIMITS.noteBody });
    return this.db.transaction(async (tx) => {
      await this.lock(tx, workspaceId, conversationId);
      const { n } = await tx
        .selectFrom('note')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('conversation_id', '=', conversationId)
        .executeTakeFirstOrThrow();
      if (Number(n) >= LIMITS.notesPerConversation)
        throw invalidInput('body', `a conversation holds at most ${LIMITS.notesPerConversation} notes`);
      const row = await tx
        .insertInto('note')
        .values({
          workspace_id: workspaceId,
          conversation_id: conversationId,
          body: clean,
          author_kind: actor.kind,
          author_name: actor.name,
          author_member_id: actor.memberId,
        })
        .returning(['id', 'conversation_id', 'body', 'created_at', 'author_kind', 'author_name', 'author_member_id'])
        .executeTakeFirstOrThrow();
      await recordActivities(tx, [{ workspaceId, conversationId, kind: 'NOTE_ADDED', actor, noteId: row.id }]);
      await markChanged(tx, [{ workspaceId, conversationId, change: 'note' }]);
      return toNote(row);
    });
  }

  /** Idempotent and case-insensitive: a tag the conversation has already changes nothing. */
  async addTag(workspaceId: string, actor: Actor, conversationId: string, name: string): Promise<boolean> {
    const clean = requireText('name', name, { max: LIMITS.tagName });
    return this.db.transaction(async (tx) => {
      await this.lock(tx, workspaceId, conversationId);
      const tagId = await this.upsertTag(tx, workspaceId, clean);
      const linked = await tx
        .insertInto('conversation_tag')
        .values({ conversation_id: conversationId, tag_id: tagId })
        .onConflict((oc) => oc.doNothing())
        .returning('tag_id')
        .executeTakeFirst();
      if (!linked) return false;
      const { n } = await tx
        .selectFrom('conversation_tag')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('conversation_id', '=', conversationId)
        .executeTakeFirstOrThrow();
      if (Number(n) > LIMITS.tagsPerConversation)
        throw invalidInput('name', `a conversation carries at most ${LIMITS.tagsPerConversation} tags`);
      await recordActivities(tx, [{ workspaceId, conversationId, kind: 'TAG_ADDED', actor, tag: clean }]);
      await markChanged(tx, [{ workspaceId, conversationId, change: 'tag' }]);
      return true;
    });
  }

  /** Removing a tag the conversation does not have changes nothing. */
  async removeTag(workspaceId: string, actor: Actor, conversationId: string, name: string): Promise<boolean> {
    const clean = requireText('name', name, { max: LIMITS.tagName });
    return this.db.transaction(async (tx) => {
      await this.lock(tx, workspaceId, conversationId);
      const removed = await tx
        .deleteFrom('conversation_tag as ct')
        .using('tag as t')
        .whereRef('ct.tag_id', '=', 't.id')
        .where('ct.conversation_id', '=', conversationId)
        .where('t.workspace_id', '=', workspaceId)
        .where('t.name_key', '=', clean.toLowerCase())
        .returning('t.name')
        .executeTakeFirst();
      if (!removed) return false;
      await recordActivities(tx, [{ workspaceId, conversationId, kind: 'TAG_REMOVED', actor, tag: removed.name }]);
      await markChanged(tx, [{ workspaceId, conversationId, change: 'tag' }]);
      return true;
    });
  }

  /** A person's status: statusOrigin MANUAL, which later AI reviews keep (they update suggestedStatus only). */
  async changeStatus(workspaceId: string, actor: Actor, conversationId: string, status: ConversationStatus): Promise<boolean> {
    if (!isConversationStatus(status)) throw invalidInput('status', 'is not a ConversationStatus');
    // The workflow's ConversationStatus search attribute follows through the outbox (status_signal_pending).
    return this.db.transaction(async (tx) => {
      const before = await this.lock(tx, workspaceId, conversationId);
      if (before.status === status && before.status_origin === 'MANUAL') return false;
      await tx
        .updateTable('conversation')
        .set({ status, status_origin: 'MANUAL', status_signal_pending: true })
        .where('id', '=', conversationId)
        .execute();
      await recordActivities(tx, [
        { workspaceId, conversationId, kind: 'STATUS_CHANGED', actor, fromStatus: before.status, toStatus: status },
      ]);
      await markChanged(tx, [{ workspaceId, conversationId, change: 'status' }]);
      return true;
    });
  }

  /** Tag ids by name (created when new); the row is locked against a concurrent removal. */
  async upsertTag(tx: Executor, workspaceId: string, name: string): Promise<string> {
    const tag = await tx
      .insertInto('tag')
      .values({ workspace_id: workspaceId, name, name_key: name.toLowerCase() })
      .onConflict((oc) => oc.columns(['workspace_id', 'name_key']).doUpdateSet((eb) => ({ name_key: eb.ref('excluded.name_key') })))
      .returning('id')
      .executeTakeFirstOrThrow();
    return tag.id;
  }

  /** The workspace's conversation, row-locked (serialises changes to it), or NOT_FOUND. */
  private async lock(tx: Executor, workspaceId: string, conversationId: string) {
    if (!isUuid(conversationId)) throw notFound('Conversation', conversationId);
    const row = await tx
      .selectFrom('conversation')
      .select(['id', 'status', 'status_origin'])
      .where('id', '=', conversationId)
      .where('workspace_id', '=', workspaceId)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound('Conversation', conversationId);
    return row;
  }
}
