import { Injectable } from '@nestjs/common';
import { isUuid } from '../common/ids';
import { Db } from '../database/db.service';
import type { Executor } from '../database/schema';
import { conflict, notFound } from '../errors/domain-error';
import type { MemberRole } from './member.entity';
import type { MemberRecord } from './people.records';
import { SessionsService } from './sessions.service';

/** Members of a workspace: who they are and what role they have. A workspace always keeps one ADMIN. */
@Injectable()
export class MembersService {
  constructor(
    private readonly db: Db,
    private readonly sessions: SessionsService,
  ) {}

  list(workspaceId: string): Promise<MemberRecord[]> {
    return this.select(this.db.kysely, workspaceId)
      .orderBy('m.created_at')
      .orderBy('m.id')
      .execute()
      .then((rows) => rows.map(toRecord));
  }

  async byId(workspaceId: string, memberId: string): Promise<MemberRecord | undefined> {
    if (!isUuid(memberId)) return undefined;
    const row = await this.select(this.db.kysely, workspaceId).where('m.id', '=', memberId).executeTakeFirst();
    return row && toRecord(row);
  }

  /** Every workspace a person belongs to. */
  async workspaceIdsOf(userId: string): Promise<string[]> {
    const rows = await this.db.kysely
      .selectFrom('member')
      .select('workspace_id')
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute();
    return rows.map((r) => r.workspace_id);
  }

  async changeRole(workspaceId: string, memberId: string, role: MemberRole): Promise<MemberRecord> {
    return this.db.transaction(async (tx) => {
      const member = await this.lockMember(tx, workspaceId, memberId);
      if (member.role === 'ADMIN' && role !== 'ADMIN') await this.keepOneAdmin(tx, workspaceId, 'role');
      await tx.updateTable('member').set({ role }).where('id', '=', member.id).execute();
      // cached principals carry the role: drop them
      await this.sessions.endForMemberCache(tx, { id: member.id, userId: member.user.id, workspaceId });
      return { ...member, role };
    });
  }

  /** Removes the member and ends their sessions in this workspace at once. */
  async remove(workspaceId: string, memberId: string): Promise<MemberRecord> {
    return this.db.transaction(async (tx) => {
      const member = await this.lockMember(tx, workspaceId, memberId);
      if (member.role === 'ADMIN') await this.keepOneAdmin(tx, workspaceId, 'memberId');
      await tx.deleteFrom('member').where('id', '=', member.id).execute();
      await this.sessions.endForMember(tx, { id: member.id, userId: member.user.id, workspaceId });
      return member;
    });
  }

  private async lockMember(tx: Executor, workspaceId: string, memberId: string): Promise<MemberRecord> {
    if (!isUuid(memberId)) throw notFound('Member', memberId);
    // Every admin row of the workspace is locked first, so two demotions cannot both pass keepOneAdmin.
    await tx.selectFrom('member').select('id').where('workspace_id', '=', workspaceId).where('role', '=', 'ADMIN').forUpdate().execute();
    const row = await this.select(tx, workspaceId).where('m.id', '=', memberId).forUpdate('m').executeTakeFirst();
    if (!row) throw notFound('Member', memberId);
    return toRecord(row);
  }

  private async keepOneAdmin(tx: Executor, workspaceId: string, field: string): Promise<void> {
    const admins = await tx
      .selectFrom('member')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('workspace_id', '=', workspaceId)
      .where('role', '=', 'ADMIN')
      .executeTakeFirstOrThrow();
    if (Number(admins.n) <= 1) throw conflict(field, 'a workspace must keep at least one ADMIN');
  }

  private select(db: Executor, workspaceId: string) {
    return db
      .selectFrom('member as m')
      .innerJoin('app_user as u', 'u.id', 'm.user_id')
      .select(['m.id', 'm.workspace_id', 'm.role', 'm.created_at', 'u.id as user_id', 'u.email', 'u.name'])
      .where('m.workspace_id', '=', workspaceId);
  }
}

function toRecord(r: {
  id: string;
  workspace_id: string;
  role: MemberRole;
  created_at: Date;
  user_id: string;
  email: string;
  name: string;
}): MemberRecord {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    role: r.role,
    createdAt: r.created_at,
    user: { id: r.user_id, email: r.email, name: r.name },
  };
}
