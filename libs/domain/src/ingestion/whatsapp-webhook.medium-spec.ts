import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { medium, type Medium } from '../../../../test/support/medium';
import { LIMITS } from '../common/limits';
import { DomainError } from '../errors/domain-error';
import { WorkspacesService } from '../workspaces/workspaces.service';
import { WhatsappWebhookService } from './whatsapp-webhook.service';

const delivery = (phoneNumberId: string, messages: Record<string, unknown>[], name = 'Giulia') => ({
  object: 'whatsapp_business_account',
  entry: [
    {
      id: 'WABA',
      changes: [
        {
          field: 'messages',
          value: { metadata: { phone_number_id: phoneNumberId }, contacts: [{ wa_id: '393471234567', profile: { name } }], messages },
        },
      ],
    },
  ],
});
const text = (id: string, body: string) => ({
  from: '393471234567',
  id,
  timestamp: String(Math.floor(Date.now() / 1000)),
  type: 'text',
  text: { body },
});

describe('WhatsappWebhookService (medium)', () => {
  let m: Medium;
  let webhooks: WhatsappWebhookService;
  before(async () => {
    m = await medium({ env: { WHATSAPP_APP_SECRET: 'secret' } });
    webhooks = m.get(WhatsappWebhookService);
  });
  after(() => m.close());

  it("strips what PostgreSQL cannot store from Meta's text instead of refusing it (Meta cannot be asked to fix it)", async () => {
    const phone = `pn-${Date.now()}-a`;
    await m.get(WorkspacesService).create('strip', phone);
    const out = await webhooks.ingest(delivery(phone, [text('wamid.nul', 'ciao\u0000 a tutti \uD83D')], 'Giu\u0000lia'));
    assert.deepEqual(out, { recorded: 1, duplicates: 0, keptAside: 0 });
    const [row] = await m.query<{ text: string; name: string }>(
      `select m.text, ct.name from message m join conversation c on c.id = m.conversation_id join contact ct on ct.id = c.contact_id where m.external_id = 'wamid.nul'`,
    );
    assert.deepEqual(row, { text: 'ciao a tutti \uFFFD', name: 'Giulia' });
  });

  it(`refuses a body with more than ${LIMITS.messagesPerWebhookBody} messages, naming entry, and stores none of it`, async () => {
    const phone = `pn-${Date.now()}-b`;
    await m.get(WorkspacesService).create('big', phone);
    const many = Array.from({ length: LIMITS.messagesPerWebhookBody + 1 }, (_, i) => text(`wamid.big-${i}`, 'x'));
    await assert.rejects(webhooks.ingest(delivery(phone, many)), (e: unknown) => e instanceof DomainError && e.field === 'entry');
    assert.equal((await m.query(`select 1 from message where external_id like 'wamid.big-%'`)).length, 0);
  });

  it('replays kept-aside bodies once a workspace claims the number; one body that fails never blocks the others', async () => {
    const phone = `pn-${Date.now()}-c`;
    assert.deepEqual(await webhooks.ingest(delivery(phone, [text('wamid.kept-1', 'first')])), { recorded: 0, duplicates: 0, keptAside: 1 });
    // a kept-aside body that can no longer be parsed: its replay fails every time
    await m.query(
      `insert into webhook_inbox (phone_number_id, body, reason, received_at) values ('${phone}', '{"entry": 42}', 'test', now() - interval '1 hour')`,
    );
    await webhooks.ingest(delivery(phone, [text('wamid.kept-2', 'second')]));
    assert.equal(await webhooks.replayInbox(), 0); // nobody claims the number yet
    await m.get(WorkspacesService).create('claims', phone);
    assert.equal(await webhooks.replayInbox(), 2);
    const inbox = await m.query<{ replayed: boolean; attempts: number; last_error: string | null }>(
      `select replayed_at is not null as replayed, attempts, last_error from webhook_inbox where phone_number_id = '${phone}' order by received_at`,
    );
    assert.deepEqual(
      inbox.map((r) => [r.replayed, r.attempts]),
      [
        [false, 1],
        [true, 0],
        [true, 0],
      ],
    );
    assert.match(inbox[0].last_error ?? '', /entry/);
    assert.equal((await m.query(`select 1 from message where external_id like 'wamid.kept-%'`)).length, 2);
    assert.equal(await webhooks.replayInbox(), 0); // the failing one waits for its backoff
  });
});
