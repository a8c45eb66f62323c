import { Injectable } from '@nestjs/common';
import { requireText } from '../common/text-input';
import { LIMITS } from '../common/limits';
import { Db } from '../database/db.service';
import { isUniqueViolation } from '../errors/classify';
import { conflict } from '../errors/domain-error';
import { ApiTokensService } from './api-tokens.service';
import type { WorkspaceRecord } from './workspace.records';

const COLUMNS = ['id', 'name', 'whatsapp_phone_number_id as whatsappPhoneNumberId'] as const;

@Injectable()
export class WorkspacesService {
  constructor(
    private readonly db: Db,
    private readonly tokens: ApiTokensService,
  ) {}

  /** A workspace and its first API token ("default"), shown once. */
  async create(name: string, whatsappPhoneNumberId: string | null): Promise<{ workspace: WorkspaceRecord; apiToken: string }> {
    const cleanName = requireText('name', name, { max: LIMITS.workspaceName });
    const phoneId =
      whatsappPhoneNumberId == null
        ? null
        : requireText('whatsappPhoneNumberId', whatsappPhoneNumberId, { max: 64, allowEmpty: true }) || null;
    try {
      return await this.db.transaction(async (tx) => {
        const workspace = await tx
          .insertInto('workspace')
          .values({ name: cleanName, whatsapp_phone_number_id: phoneId })
          .returning(COLUMNS)
          .executeTakeFirstOrThrow();
        const { token } = await this.tokens.createIn(tx, workspace.id, 'default');
        return { workspace, apiToken: token };
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict('whatsappPhoneNumberId', `${phoneId} belongs to another workspace`);
      throw err;
    }
  }

  async byId(id: string): Promise<WorkspaceRecord | undefined> {
    return this.db.kysely.selectFrom('workspace').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  }

  async byIds(ids: readonly string[]): Promise<WorkspaceRecord[]> {
    if (ids.length === 0) return [];
    return this.db.kysely.selectFrom('workspace').select(COLUMNS).where('id', 'in', ids).orderBy('name').execute();
  }

  byWhatsappPhoneNumberId(phoneNumberId: string): Promise<WorkspaceRecord | undefined> {
    return this.db.kysely.selectFrom('workspace').select(COLUMNS).where('whatsapp_phone_number_id', '=', phoneNumberId).executeTakeFirst();
  }
}
