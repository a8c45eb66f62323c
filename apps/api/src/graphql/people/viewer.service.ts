import { Injectable } from '@nestjs/common';
import { MembersService, notFound, roleOf, WorkspacesService, type MemberRecord, type WorkspacePrincipal } from '@app/domain';
import type { ViewerObject } from './people.object';

/** Builds the Viewer of a principal (the caller, or the person a sign-in just signed in). */
@Injectable()
export class ViewerService {
  constructor(
    private readonly members: MembersService,
    private readonly workspaces: WorkspacesService,
  ) {}

  async of(p: WorkspacePrincipal): Promise<ViewerObject> {
    const workspace = await this.workspaces.byId(p.workspaceId);
    if (!workspace) throw notFound('Workspace', p.workspaceId);
    if (p.kind === 'apiToken') return { member: null, workspace, role: roleOf(p), workspaces: [] };
    const member = await this.members.byId(p.workspaceId, p.memberId);
    if (!member) throw notFound('Member', p.memberId);
    return this.forMember(member, workspace);
  }

  async forMember(member: MemberRecord, workspace: ViewerObject['workspace']): Promise<ViewerObject> {
    const workspaces = await this.workspaces.byIds(await this.members.workspaceIdsOf(member.user.id));
    return { member, workspace, role: member.role, workspaces };
  }
}
