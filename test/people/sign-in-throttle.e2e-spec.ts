// Sign-in throttling: failures are counted per e-mail (5, then one a minute) and per client address
// (20, then one every 10 s); over the limit every attempt — the right password included — gets
// RATE_LIMITED with retryAfter, and a wrong e-mail is answered exactly like a wrong password.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSystem, type System } from '../support/system';
import { codeOf, SIGN_IN, uniqueEmail, type GqlAnswer } from './support/credentials';

const PASSWORD = 'the right password';

describe('people: sign-in throttling', () => {
  let s: System;
  let ws: { id: string; apiToken: string };

  before(async () => {
    s = await startSystem();
    ws = await s.createWorkspace('Throttle');
  });
  after(() => s?.stop());

  const attempt = async (email: string, password: string): Promise<GqlAnswer> => (await s.gqlRaw(SIGN_IN, { e: email, p: password })).body;

  /** The answer without what may differ between two throttled ones (the seconds left). */
  const shape = (a: GqlAnswer) => ({
    data: a.data,
    code: codeOf(a),
    message: a.errors?.[0].message.replace(/\d+/g, 'N'),
    keys: Object.keys(a.errors?.[0].extensions ?? {}).sort(),
  });

  it('throttles an e-mail after 5 failures, known or unknown, with the same answers; the right password waits too', async () => {
    const known = uniqueEmail('known');
    const unknown = uniqueEmail('unknown');
    await s.addPerson(ws.apiToken, known, 'AGENT', PASSWORD);
    for (let i = 0; i < 5; i++) {
      const wrongPassword = await attempt(known, `wrong password ${i}`);
      const wrongEmail = await attempt(unknown, `wrong password ${i}`);
      assert.equal(codeOf(wrongPassword), 'UNAUTHENTICATED', `failure ${i + 1}`);
      assert.deepEqual(wrongEmail, wrongPassword, 'a wrong e-mail is answered like a wrong password');
    }
    const throttled = await attempt(known, 'wrong again');
    const throttledUnknown = await attempt(unknown, 'wrong again');
    assert.equal(codeOf(throttled), 'RATE_LIMITED');
    const retryAfter = throttled.errors?.[0].extensions?.retryAfter;
    assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60, `retryAfter ${retryAfter}`);
    assert.deepEqual(shape(throttledUnknown), shape(throttled), 'the same throttled answer for an unknown e-mail');

    const right = await attempt(known, PASSWORD);
    assert.equal(codeOf(right), 'RATE_LIMITED', 'no password is checked while throttled, the right one included');
    assert.equal(codeOf(await attempt(known.toUpperCase(), PASSWORD)), 'RATE_LIMITED', 'the e-mail is counted case-insensitively');
  });

  it('forgets the failures of an e-mail after a successful sign-in', async () => {
    const email = uniqueEmail('forgiven');
    await s.addPerson(ws.apiToken, email, 'AGENT', PASSWORD);
    for (let i = 0; i < 4; i++) assert.equal(codeOf(await attempt(email, 'nope nope nope')), 'UNAUTHENTICATED');
    assert.equal(codeOf(await attempt(email, PASSWORD)), undefined);
    for (let i = 0; i < 4; i++)
      assert.equal(codeOf(await attempt(email, 'nope nope nope')), 'UNAUTHENTICATED', `failure ${i + 1} after the success`);
  });

  it('throttles a client address after 20 failures, whichever e-mails they name', async () => {
    const victim = uniqueEmail('victim');
    await s.addPerson(ws.apiToken, victim, 'AGENT', PASSWORD);
    // the earlier tests of this file failed 20 times from this address already: it may be throttled now
    let answer: GqlAnswer | undefined;
    for (let i = 0; i < 25; i++) {
      answer = await attempt(uniqueEmail(`spray${i}`), 'password spraying');
      if (codeOf(answer) === 'RATE_LIMITED') break;
      assert.equal(codeOf(answer), 'UNAUTHENTICATED');
    }
    assert.equal(codeOf(answer!), 'RATE_LIMITED', 'the address is throttled within 20 failures');
    const retryAfter = answer!.errors?.[0].extensions?.retryAfter;
    assert.ok(retryAfter >= 1 && retryAfter <= 10, `retryAfter ${retryAfter}`);
    assert.equal(codeOf(await attempt(victim, PASSWORD)), 'RATE_LIMITED', 'another e-mail from that address waits too');
  });
});
