import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { medium, type Medium } from '../../../../test/support/medium';
import { reviewResult, seedConversation } from '../../../../test/support/seed';
import { DomainError } from '../errors/domain-error';
import { LIMITS } from '../common/limits';
import { ConversationCommands } from './conversation-commands.service';
import { ConversationReviews } from './conversation-reviews.service';
import type { Actor } from './entities/actor';

const ADA: Actor = { kind: 'MEMBER', name: 'Ada', memberId: null };
const TOKEN: Actor = { kind: 'API_TOKEN', name: 'crm-sync', memberId: null };

const code = (c: string, field?: string) => (e: unknown) =>
  e instanceof DomainError && e.code === c && (field === undefined || e.field === field);

describe('ConversationCommands (medium)', () => {
  let m: Medium;
  let commands: ConversationCommands;
  before(async () => {
    m = await medium();
    commands = m.get(ConversationCommands);
  });
  after(() => m.close());

  const versionOf = async (id: string) =>
    (await m.query<{ version: number }>(`select version from conversation where id = '${id}'`))[0].version;
  const activity = (id: string) =>
    m.query<{
      kind: string;
      actor_kind: string;
      actor_name: string;
      from_status: string | null;
      to_status: string | null;
      tag: string | null;
    }>(`select kind, actor_kind, actor_name, from_status, to_status, tag from activity where conversation_id = '${id}' order by at, id`);

  it('a note carries its author, bumps the version, publishes the change and is in the activity', async () => {
    const ws = await m.workspace();
    const c = await seedConversation(m, ws.id);
    const v = await versionOf(c.id);
    const note = await commands.addNote(ws.id, ADA, c.id, '  Call back on Monday  ');
    assert.deepEqual([note.body, note.author.kind, note.author.name], ['Call back on Monday', 'MEMBER', 'Ada']);
    assert.equal(await versionOf(c.id), v + 1);
    assert.deepEqual(
      (await activity(c.id)).map((a) => [a.kind, a.actor_name]),
      [['NOTE_ADDED', 'Ada']],
    );
    const events = await m.query<{ change: string }>(
      `select change from domain_event where conversation_id = '${c.id}' and type = 'conversation.changed'`,
    );
    assert.deepEqual(events, [{ change: 'note' }]);
  });

  it('refuses bad notes naming the field: empty, too long, NUL; another workspace gets NOT_FOUND', async () => {
    const [ws, other] = [await m.workspace(), await m.workspace()];
    const c = await seedConversation(m, ws.id);
    await assert.rejects(commands.addNote(ws.id, ADA, c.id, '  '), code('INVALID_INPUT', 'body'));
    await assert.rejects(commands.addNote(ws.id, ADA, c.id, 'x'.repeat(LIMITS.noteBody + 1)), code('INVALID_INPUT', 'body'));
    await assert.rejects(commands.addNote(ws.id, ADA, c.id, 'bad\u0000byte'), code('INVALID_INPUT', 'body'));
    await assert.rejects(commands.addNote(other.id, ADA, c.id, 'hello'), code('NOT_FOUND'));
    await assert.rejects(commands.addNote(ws.id, ADA, 'not-a-uuid', 'hello'), code('NOT_FOUND'));
  });

  it(`holds at most ${LIMITS.notesPerConversation} notes and ${LIMITS.tagsPerConversation} tags per conversation`, async () => {
    const ws = await m.workspace();
    const c = await seedConversation(m, ws.id);
    await m.query(
      `insert into note (workspace_id, conversation_id, body, author_kind, author_name)
       select '${ws.id}', '${c.id}', 'n' || i, 'SYSTEM', 'seed' from generate_series(1, ${LIMITS.notesPerConversation}) i`,
    );
    await assert.rejects(commands.addNote(ws.id, ADA, c.id, 'one more'), code('INVALID_INPUT', 'body'));
    for (let i = 0; i < LIMITS.tagsPerConversation; i++) await commands.addTag(ws.id, ADA, c.id, `t${i}`);
    await assert.rejects(commands.addTag(ws.id, ADA, c.id, 'one-more'), code('INVALID_INPUT', 'name'));
    assert.equal(await commands.addTag(ws.id, ADA, c.id, 'T0'), false); // already there: no error, no change
  });

  it('tags: idempotent and case-insensitive; removing one it does not have changes nothing', async () => {
    const ws = await m.workspace();
    const c = await seedConversation(m, ws.id);
    assert.equal(await commands.addTag(ws.id, TOKEN, c.id, 'VIP'), true);
    const v = await versionOf(c.id);
    assert.equal(await commands.addTag(ws.id, TOKEN, c.id, 'vip'), false);
    assert.equal(await versionOf(c.id), v);
    assert.equal(await commands.removeTag(ws.id, ADA, c.id, 'Vip'), true);
    assert.equal(await commands.removeTag(ws.id, ADA, c.id, 'vip'), false);
    assert.deepEqual(
      (await activity(c.id)).map((a) => [a.kind, a.actor_kind, a.tag]),
      [
        ['TAG_ADDED', 'API_TOKEN', 'VIP'],
        ['TAG_REMOVED', 'MEMBER', 'VIP'],
      ],
    );
  });

  it("a person's status is MANUAL: later reviews only update the suggestion; the workflow is owed a status signal", async () => {
    const ws = await m.workspace();
    const c = await seedConversation(m, ws.id, { reviewed: 'OPPORTUNITY' });
    assert.equal(await commands.changeStatus(ws.id, ADA, c.id, 'QUOTE_REQUEST'), true);
    assert.equal(await commands.changeStatus(ws.id, ADA, c.id, 'QUOTE_REQUEST'), false);
    const [row] = await m.query<{ status: string; status_origin: string; status_signal_pending: boolean }>(
      `select status, status_origin, status_signal_pending from conversation where id = '${c.id}'`,
    );
    assert.deepEqual(row, { status: 'QUOTE_REQUEST', status_origin: 'MANUAL', status_signal_pending: true });
    await m.get(ConversationReviews).apply(c.id, 99, reviewResult('SPAM'), 0);
    const [after] = await m.query<{ status: string; suggested_status: string }>(
      `select status, suggested_status from conversation where id = '${c.id}'`,
    );
    assert.deepEqual(after, { status: 'QUOTE_REQUEST', suggested_status: 'SPAM' });
    assert.deepEqual(
      (await activity(c.id)).map((a) => [a.kind, a.from_status, a.to_status]),
      [
        ['REVIEWED', 'IN_PROGRESS', 'OPPORTUNITY'],
        ['STATUS_CHANGED', 'OPPORTUNITY', 'QUOTE_REQUEST'],
        ['REVIEWED', 'QUOTE_REQUEST', 'QUOTE_REQUEST'],
      ],
    );
    await assert.rejects(commands.changeStatus(ws.id, ADA, c.id, 'NOPE' as never), code('INVALID_INPUT', 'status'));
  });
});
