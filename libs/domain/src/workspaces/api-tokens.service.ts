import { Injectable } from '@nestjs/common';
import type { Transaction } from 'kysely';
import { isUuid } from '../common/ids';
import { LIMITS } from '../common/limits';
import { requireText } from '../common/text-input';
import { Db } from '../database/db.service';
import type { DB } from '../database/schema';
import { notFound } from '../errors/domain-error';
import { CredentialEvents } from '../events/credential-events.service';
import { hashSecret, newSecret } from './secret-token';
import type { ApiTokenRecord } from './workspace.records';

const COLUMNS = [
  'id',
  'workspace_id as workspaceId',
  'name',
  'created_at as createdAt',
  'last_used_at as lastUsedAt',
  'revoked_at as revokedAt',
] as const;

/** lastUsedAt is written at most this often per token: reads stay free of writes. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** API tokens: machine credentials of a workspace, shown once, stored hashed, revocable at once. */
@Injectable()
export class ApiTokensService {
  private readonly lastUsedWritten = new Map<string, number>();

  constructor(
    private readonly db: Db,
    private readonly revocations: CredentialEvents,
  ) {}

  async create(workspaceId: string, name: string): Promise<{ apiToken: ApiTokenRecord; token: string }> {
    return this.db.transaction((tx) => this.createIn(tx, workspaceId, requireText('name', name, { max: LIMITS.workspaceName })));
  }

  async createIn(tx: Transaction<DB>, workspaceId: string, name: string): Promise<{ apiToken: ApiTokenRecord; token: string }> {
    const token = newSecret('cv');
    const apiToken = await tx
      .insertInto('api_token')
      .values({ workspace_id: workspaceId, name, token_hash: hashSecret(token) })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    return { apiToken, token };
  }

  /** Revoked ones included, newest first. */
  list(workspaceId: string): Promise<ApiTokenRecord[]> {
    return this.db.kysely
      .selectFrom('api_token')
      .select(COLUMNS)
      .where('workspace_id', '=', workspaceId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
  }

  /** From now on the token is refused, in every process, open WebSocket connections included. */
  async revoke(workspaceId: string, id: string): Promise<ApiTokenRecord> {
    if (!isUuid(id)) throw notFound('ApiToken', id);
    return this.db.transaction(async (tx) => {
      const row = await tx
        .updateTable('api_token')
        .set({ revoked_at: new Date() })
        .where('id', '=', id)
        .where('workspace_id', '=', workspaceId)
        .returning(COLUMNS)
        .executeTakeFirst();
      if (!row) throw notFound('ApiToken', id);
      await this.revocations.publish(tx, { kind: 'apiToken', id });
      return row;
    });
  }

  /** The live token with this secret, or undefined (unknown or revoked). */
  async authenticate(secret: string): Promise<ApiTokenRecord | undefined> {
    const [row] = await this.db.prepared(
      this.db.kysely
        .selectFrom('api_token')
        .select(COLUMNS)
        .where('token_hash', '=', hashSecret(secret))
        .where('revoked_at', 'is', null)
        .compile(),
    );
    if (row) this.touch(row.id);
    return row;
  }

  private touch(id: string): void {
    const now = Date.now();
    if ((this.lastUsedWritten.get(id) ?? 0) > now - LAST_USED_RESOLUTION_MS) return;
    this.lastUsedWritten.set(id, now);
    if (this.lastUsedWritten.size > 10_000) this.lastUsedWritten.clear();
    void this.db.kysely
      .updateTable('api_token')
      .set({ last_used_at: new Date(now) })
      .where('id', '=', id)
      .execute()
      .catch(() => this.lastUsedWritten.delete(id));
  }
}
