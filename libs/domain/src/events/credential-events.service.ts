import { Injectable, Logger } from '@nestjs/common';
import { sql } from 'kysely';
import type { Executor } from '../database/schema';
import { PgListener } from './pg-listener.service';

export const CREDENTIALS_CHANNEL = 'credentials_revoked';

/** A credential that stopped being valid: a revoked API token, an ended session, a removed member. */
export type Revocation =
  | { kind: 'apiToken'; id: string }
  | { kind: 'session'; id: string }
  | { kind: 'user'; id: string }
  | { kind: 'member'; id: string; userId: string; workspaceId: string }
  /** The listener was away: anything may have been revoked meanwhile. */
  | { kind: 'all' };

type Listener = (r: Revocation) => void;

/**
 * Revocations cross processes like conversation events (NOTIFY in the revoking transaction), so an
 * API instance drops its cached credential and closes the WebSocket connections that used it at once.
 */
@Injectable()
export class CredentialEvents {
  private readonly log = new Logger(CredentialEvents.name);
  private readonly listeners = new Set<Listener>();
  private started: Promise<void> | undefined;

  constructor(private readonly listener: PgListener) {}

  async publish(tx: Executor, revocation: Exclude<Revocation, { kind: 'all' }>): Promise<void> {
    await sql`select pg_notify(${CREDENTIALS_CHANNEL}, ${JSON.stringify(revocation)})`.execute(tx);
  }

  /**
   * Listens from now on, through outages: while revocations cannot be heard `live` is false (caches
   * must not be trusted), and when the connection comes back listeners get `{ kind: 'all' }`.
   */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    this.started ??= this.listener
      .listen(CREDENTIALS_CHANNEL, {
        notify: (payload) => this.emit(JSON.parse(payload) as Revocation),
        reconnected: () => this.emit({ kind: 'all' }),
      })
      .catch((err: unknown) => this.log.warn(`revocations not heard yet (${(err as Error).message}); retrying`));
    return () => this.listeners.delete(listener);
  }

  /** Whether revocations are being heard right now (caches must not be trusted otherwise). */
  get live(): boolean {
    return this.started !== undefined && this.listener.connected;
  }

  private emit(r: Revocation): void {
    for (const l of this.listeners) l(r);
  }
}
