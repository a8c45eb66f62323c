import { Injectable } from '@nestjs/common';
import { Database } from '../db/database.service';
import { hashApiToken, newApiToken } from './api-token';

export interface WorkspaceRow {
  id: string;
  name: string;
  whatsappPhoneNumberId: string | null;
}

export class WorkspaceConflictError extends Error {}

const COLUMNS = 'id, name, whatsapp_phone_number_id as "whatsappPhoneNumberId"';

// Every API request authenticates: a short-lived cache of token hash → workspace saves a round trip.
const TOKEN_CACHE_MS = 30_000;
const TOKEN_CACHE_MAX = 10_000;

@Injectable()
export class WorkspaceService {
  private readonly byTokenHash = new Map<string, { workspace: WorkspaceRow; until: number }>();

  constructor(private readonly db: Database) {}

  /** Returns the token once; only its hash is kept. */
  async create(name: string, whatsappPhoneNumberId: string | null): Promise<{ workspace: WorkspaceRow; apiToken: string }> {
    const apiToken = newApiToken();
    const phoneId = whatsappPhoneNumberId?.trim() || null;
    const workspace = await this.db.transaction(async (tx) => {
      if (phoneId && (await tx.one('select 1 from workspace where whatsapp_phone_number_id = ?', [phoneId]))) {
        throw new WorkspaceConflictError(`whatsappPhoneNumberId ${phoneId} belongs to another workspace`);
      }
      return (await tx.one<WorkspaceRow>(
        `insert into workspace (name, whatsapp_phone_number_id, api_token_hash) values (?, ?, ?) returning ${COLUMNS}`,
        [name.trim(), phoneId, hashApiToken(apiToken)],
      ))!;
    });
    return { workspace, apiToken };
  }

  async byToken(token: string): Promise<WorkspaceRow | undefined> {
    const hash = hashApiToken(token);
    const cached = this.byTokenHash.get(hash);
    if (cached && cached.until > Date.now()) return cached.workspace;
    const workspace = await this.db.one<WorkspaceRow>(`select ${COLUMNS} from workspace where api_token_hash = ?`, [hash]);
    if (workspace) {
      if (this.byTokenHash.size >= TOKEN_CACHE_MAX) this.byTokenHash.clear();
      this.byTokenHash.set(hash, { workspace, until: Date.now() + TOKEN_CACHE_MS });
    }
    return workspace;
  }

  byWhatsappPhoneNumberId(phoneNumberId: string): Promise<WorkspaceRow | undefined> {
    return this.db.one<WorkspaceRow>(`select ${COLUMNS} from workspace where whatsapp_phone_number_id = ?`, [phoneNumberId]);
  }
}
