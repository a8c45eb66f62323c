// The embedded stack's data folder (DATA_DIR for npm start; the test stack is made by the same code) is
// private: PostgreSQL's password is random and kept there, and nothing in it is open to others.
import assert from 'node:assert/strict';
import { lstatSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readStack } from '../support/stack';

describe('the embedded data folder', () => {
  const { tmpDir, databaseUrl } = readStack();
  const mode = (p: string) => lstatSync(p).mode & 0o777;

  it('is the owner’s: others get nothing, the group at most passage (PostgreSQL’s account, when run as root)', () => {
    assert.equal(mode(tmpDir) & 0o067, 0, `mode ${mode(tmpDir).toString(8)}`);
    // what the stack itself keeps there (test files add folders of their own beside it)
    const own = readdirSync(tmpDir).filter((n) => /^(postgres|meili|temporal|logs)/.test(n));
    assert.ok(own.includes('postgres') && own.includes('meili'), own.join(', '));
    const open = own.filter((n) => !lstatSync(path.join(tmpDir, n)).isSymbolicLink() && mode(path.join(tmpDir, n)) & 0o077);
    assert.deepEqual(open, [], 'entries readable by group or others');
  });

  it('gives PostgreSQL a random password, kept in a 0600 file (never a fixed one)', () => {
    const file = path.join(tmpDir, 'postgres-password');
    assert.equal(statSync(file).mode & 0o777, 0o600);
    const password = readFileSync(file, 'utf8').trim();
    assert.ok(password.length >= 24, 'a long random password');
    assert.notEqual(password, 'conversations', 'not the password of old data folders');
    assert.equal(decodeURIComponent(new URL(databaseUrl).password), password);
  });
});
