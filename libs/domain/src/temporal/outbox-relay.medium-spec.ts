import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, Connection } from '@temporalio/client';
import { conversationWorkflowId } from '@app/workflows/conversation.contract';
import { medium, type Medium } from '../../../../test/support/medium';
import { readStack } from '../../../../test/support/stack';
import { seedConversation } from '../../../../test/support/seed';
import { OutboxRelay } from './outbox-relay.service';

describe('OutboxRelay (medium: real PostgreSQL and Temporal)', () => {
  let m: Medium;
  let relay: OutboxRelay;
  let temporal: Client;
  before(async () => {
    m = await medium({ providers: [OutboxRelay] });
    relay = m.get(OutboxRelay);
    temporal = new Client({ connection: await Connection.connect({ address: readStack().temporalAddress }) });
  });
  after(async () => {
    await temporal.connection.close();
    await m.close();
  });

  it('signals what is owed, and one row that keeps failing never blocks the rows behind it', async () => {
    const ws = await m.workspace();
    const [poison, a, b] = [await seedConversation(m, ws.id), await seedConversation(m, ws.id), await seedConversation(m, ws.id)];
    // nothing signaled yet (the domain records; signaling is the ingestion's next step): make them old enough to relay
    await m.query(`update message set received_at = now() - interval '1 minute', signaled_at = null where workspace_id = '${ws.id}'`);
    // a sent_at no Date can hold: its signal fails every time
    await m.query(
      `update message set sent_at = 'infinity', received_at = now() - interval '2 minutes' where conversation_id = '${poison.id}'`,
    );
    const delivered = await relay.drain(0);
    assert.equal(delivered, 2);
    const rows = await m.query<{ conversation_id: string; signaled: boolean; signal_attempts: number; retry_later: boolean }>(
      `select conversation_id, signaled_at is not null as signaled, signal_attempts, signal_retry_at > now() as retry_later from message where workspace_id = '${ws.id}'`,
    );
    const of = (id: string) => rows.find((r) => r.conversation_id === id);
    assert.deepEqual([of(a.id)?.signaled, of(b.id)?.signaled], [true, true]);
    assert.deepEqual([of(poison.id)?.signaled, of(poison.id)?.signal_attempts, of(poison.id)?.retry_later], [false, 1, true]);
    for (const id of [a.id, b.id]) {
      const d = await temporal.workflow.getHandle(conversationWorkflowId(id)).describe();
      assert.equal(d.status.name, 'RUNNING');
    }
    // backing off: the poison row is not tried again before its time
    assert.equal(await relay.drain(0), 0);
    assert.equal((await m.query<{ n: number }>(`select signal_attempts as n from message where conversation_id = '${poison.id}'`))[0].n, 1);
  });

  it("a person's status reaches the conversation's workflow through the outbox (the workflow keeps its search attribute)", async () => {
    const ws = await m.workspace();
    const c = await seedConversation(m, ws.id);
    await m.query(`update message set received_at = now() - interval '1 minute' where conversation_id = '${c.id}'`);
    await relay.drain(0);
    await m.query(
      `update conversation set status = 'CONTACTED', status_origin = 'MANUAL', status_signal_pending = true where id = '${c.id}'`,
    );
    await relay.drain(0);
    const [row] = await m.query<{ pending: boolean }>(`select status_signal_pending as pending from conversation where id = '${c.id}'`);
    assert.equal(row.pending, false);
    const history = await temporal.workflow.getHandle(conversationWorkflowId(c.id)).fetchHistory();
    const signals = (history.events ?? []).flatMap((e) =>
      e.workflowExecutionSignaledEventAttributes ? [e.workflowExecutionSignaledEventAttributes] : [],
    );
    const status = signals.filter((s) => s.signalName === 'status');
    assert.equal(status.length, 1);
    const payload = JSON.parse(Buffer.from(status[0].input?.payloads?.[0]?.data ?? []).toString('utf8')) as { status: string };
    assert.equal(payload.status, 'CONTACTED');
  });
});
