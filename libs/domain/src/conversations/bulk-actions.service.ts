import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { isConversationStatus, type ConversationStatus } from '@app/reviewer/vocabulary';
import { isUuid } from '../common/ids';
import { LIMITS } from '../common/limits';
import { requireText } from '../common/text-input';
import { Db } from '../database/db.service';
import type { Transaction } from 'kysely';
import type { DB } from '../database/schema';
import { invalidInput } from '../errors/domain-error';
import { markChanged, recordActivities } from './conversation-changes';
import { ConversationCommands } from './conversation-commands.service';
import type { ConversationFilter } from './conversation-filter';
import { ConversationQueries } from './conversation-queries.service';
import type { Actor } from './entities/actor';

/** Exactly one of ids (≤ 1,000) or filter (every match, however many). */
export interface BulkTarget {
  ids?: readonly string[] | null;
  filter?: ConversationFilter | null;
}

export interface BulkResult {
  /** Conversations of the workspace the target named. */
  matched: number;
  /** Those the action changed (the rest already were so). */
  changed: number;
}

const BATCH = 1_000;
const anyUuid = (ids: readonly string[]) => sql<string>`any(${[...ids]}::uuid[])`;

/**
 * Actions on many conversations, set-based in batches of 1,000, each batch one transaction: the
 * answer's counts are exact, every change is in the activity trail and published, and the search
 * index and the workflows' status attribute follow through their durable paths (sync, outbox).
 */
@Injectable()
export class BulkActions {
  constructor(
    private readonly db: Db,
    private readonly queries: ConversationQueries,
    private readonly commands: ConversationCommands,
  ) {}

  async changeStatus(workspaceId: string, actor: Actor, target: BulkTarget, status: ConversationStatus): Promise<BulkResult> {
    if (!isConversationStatus(status)) throw invalidInput('status', 'is not a ConversationStatus');
    const { result } = await this.run(workspaceId, target, async (tx, ids) => {
      const rows = await sql<{ id: string; from_status: ConversationStatus; already: boolean }>`
        select id, status as from_status, (status = ${status} and status_origin = 'MANUAL') as already
          from conversation where id = ${anyUuid(ids)} and workspace_id = ${workspaceId} order by id for update`.execute(tx);
      const toChange = rows.rows.filter((r) => !r.already);
      if (toChange.length) {
        await tx
          .updateTable('conversation')
          .set({ status, status_origin: 'MANUAL', status_signal_pending: true })
          .where('id', '=', anyUuid(toChange.map((r) => r.id)))
          .execute();
        await recordActivities(
          tx,
          toChange.map((r) => ({
            workspaceId,
            conversationId: r.id,
            kind: 'STATUS_CHANGED' as const,
            actor,
            fromStatus: r.from_status,
            toStatus: status,
          })),
        );
        await markChanged(
          tx,
          toChange.map((r) => ({ workspaceId, conversationId: r.id, change: 'status' as const })),
        );
      }
      return { matched: rows.rows.length, changedIds: toChange.map((r) => r.id) };
    });
    return result;
  }

  async addTag(workspaceId: string, actor: Actor, target: BulkTarget, name: string): Promise<BulkResult> {
    const clean = requireText('name', name, { max: LIMITS.tagName });
    const { result } = await this.run(workspaceId, target, async (tx, ids) => {
      const tagId = await this.commands.upsertTag(tx, workspaceId, clean);
      const matched = await this.lockExisting(tx, workspaceId, ids);
      // a conversation already at the tag limit is left as it is (not changed), not an error for the batch
      const added = await sql<{ conversation_id: string }>`
        insert into conversation_tag (conversation_id, tag_id)
        select c.id, ${tagId}::uuid from conversation c
         where c.id = ${anyUuid(matched)}
           and (select count(*) from conversation_tag x where x.conversation_id = c.id) < ${LIMITS.tagsPerConversation}
        on conflict do nothing returning conversation_id`.execute(tx);
      const changed = added.rows.map((r) => r.conversation_id);
      await recordActivities(
        tx,
        changed.map((id) => ({ workspaceId, conversationId: id, kind: 'TAG_ADDED' as const, actor, tag: clean })),
      );
      await markChanged(
        tx,
        changed.map((id) => ({ workspaceId, conversationId: id, change: 'tag' as const })),
      );
      return { matched: matched.length, changedIds: changed };
    });
    return result;
  }

  async removeTag(workspaceId: string, actor: Actor, target: BulkTarget, name: string): Promise<BulkResult> {
    const clean = requireText('name', name, { max: LIMITS.tagName });
    const { result } = await this.run(workspaceId, target, async (tx, ids) => {
      const matched = await this.lockExisting(tx, workspaceId, ids);
      const removed = await tx
        .deleteFrom('conversation_tag as ct')
        .using('tag as t')
        .whereRef('ct.tag_id', '=', 't.id')
        .where('ct.conversation_id', '=', anyUuid(matched))
        .where('t.workspace_id', '=', workspaceId)
        .where('t.name_key', '=', clean.toLowerCase())
        .returning(['ct.conversation_id', 't.name'])
        .execute();
      await recordActivities(
        tx,
        removed.map((r) => ({ workspaceId, conversationId: r.conversation_id, kind: 'TAG_REMOVED' as const, actor, tag: r.name })),
      );
      await markChanged(
        tx,
        removed.map((r) => ({ workspaceId, conversationId: r.conversation_id, change: 'tag' as const })),
      );
      return { matched: matched.length, changedIds: removed.map((r) => r.conversation_id) };
    });
    return result;
  }

  /** The workspace's conversations among `ids`, row-locked in id order (no deadlock between batches). */
  private async lockExisting(tx: Transaction<DB>, workspaceId: string, ids: readonly string[]): Promise<string[]> {
    const rows = await tx
      .selectFrom('conversation')
      .select('id')
      .where('id', '=', anyUuid(ids))
      .where('workspace_id', '=', workspaceId)
      .orderBy('id')
      .forUpdate()
      .execute();
    return rows.map((r) => r.id);
  }

  private async run(
    workspaceId: string,
    target: BulkTarget,
    batchFn: (tx: Transaction<DB>, ids: string[]) => Promise<{ matched: number; changedIds: string[] }>,
  ): Promise<{ result: BulkResult; changedIds: string[] }> {
    const result: BulkResult = { matched: 0, changed: 0 };
    const changedIds: string[] = [];
    for await (const ids of this.batches(workspaceId, target)) {
      const r = await this.db.transaction((tx) => batchFn(tx, ids));
      result.matched += r.matched;
      result.changed += r.changedIds.length;
      changedIds.push(...r.changedIds);
    }
    return { result, changedIds };
  }

  private async *batches(workspaceId: string, target: BulkTarget): AsyncGenerator<string[]> {
    const hasIds = target.ids != null;
    const hasFilter = target.filter != null;
    if (hasIds === hasFilter) throw invalidInput(hasIds ? 'filter' : 'ids', 'give exactly one of ids or filter');
    if (hasIds) {
      const ids = [...new Set(target.ids)];
      if (ids.length > LIMITS.bulkIds) throw invalidInput('ids', `at most ${LIMITS.bulkIds} ids; use filter for more`);
      const valid = ids.filter(isUuid);
      if (valid.length) yield valid;
      return;
    }
    // Ids are collected before changing anything: a change cannot move a conversation into or out of the scan.
    const all: string[][] = [];
    for await (const ids of this.queries.matchingIds(workspaceId, target.filter, BATCH)) all.push(ids);
    yield* all;
  }
}
