import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Principal } from '@app/domain';
import { refusal, type Access } from './access';

const P: Record<string, Principal> = {
  anonymous: { kind: 'anonymous' },
  invalid: { kind: 'invalid', reason: 'unknown or revoked API token' },
  refused: { kind: 'refused', reason: 'Origin https://evil.example may not use the session cookie' },
  admin: { kind: 'admin' },
  apiToken: { kind: 'apiToken', workspaceId: 'w', tokenId: 't', name: 'default' },
  memberAdmin: { kind: 'member', workspaceId: 'w', memberId: 'm', userId: 'u', name: 'Ada', role: 'ADMIN', sessionId: 's' },
  memberAgent: { kind: 'member', workspaceId: 'w', memberId: 'm', userId: 'u', name: 'Bob', role: 'AGENT', sessionId: 's' },
};

// The one access rule, as a table: access level × caller → answer ('ok' or the error code).
const TABLE: Record<Access, Record<keyof typeof P, string>> = {
  PUBLIC: { anonymous: 'ok', invalid: 'ok', refused: 'ok', admin: 'ok', apiToken: 'ok', memberAdmin: 'ok', memberAgent: 'ok' },
  PLATFORM: {
    anonymous: 'UNAUTHENTICATED',
    invalid: 'UNAUTHENTICATED',
    refused: 'FORBIDDEN',
    admin: 'ok',
    apiToken: 'FORBIDDEN',
    memberAdmin: 'FORBIDDEN',
    memberAgent: 'FORBIDDEN',
  },
  AGENT: {
    anonymous: 'UNAUTHENTICATED',
    invalid: 'UNAUTHENTICATED',
    refused: 'FORBIDDEN',
    admin: 'FORBIDDEN',
    apiToken: 'ok',
    memberAdmin: 'ok',
    memberAgent: 'ok',
  },
  ADMIN: {
    anonymous: 'UNAUTHENTICATED',
    invalid: 'UNAUTHENTICATED',
    refused: 'FORBIDDEN',
    admin: 'FORBIDDEN',
    apiToken: 'ok',
    memberAdmin: 'ok',
    memberAgent: 'FORBIDDEN',
  },
  INTEGRATION: {
    anonymous: 'UNAUTHENTICATED',
    invalid: 'UNAUTHENTICATED',
    refused: 'FORBIDDEN',
    admin: 'FORBIDDEN',
    apiToken: 'ok',
    memberAdmin: 'FORBIDDEN',
    memberAgent: 'FORBIDDEN',
  },
};

describe('access rule (one table for GraphQL and HTTP)', () => {
  for (const [access, row] of Object.entries(TABLE) as [Access, Record<string, string>][]) {
    it(`${access}: ${Object.entries(row)
      .map(([who, want]) => `${who} ${want}`)
      .join(', ')}`, () => {
      for (const [who, want] of Object.entries(row)) {
        const err = refusal(P[who], access);
        assert.equal(err ? err.code : 'ok', want, `${access} × ${who}`);
      }
    });
  }

  it('says why: an invalid credential keeps its reason, a foreign origin is named', () => {
    assert.match(refusal(P.invalid, 'AGENT')?.message ?? '', /unknown or revoked/);
    assert.match(refusal(P.refused, 'AGENT')?.message ?? '', /evil\.example/);
  });
});
