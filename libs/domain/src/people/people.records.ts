import type { WorkspaceRecord } from '../workspaces/workspace.records';
import type { MemberRole } from './member.entity';

export interface UserRecord {
  id: string;
  email: string;
  name: string;
}

export interface MemberRecord {
  id: string;
  workspaceId: string;
  role: MemberRole;
  createdAt: Date;
  user: UserRecord;
}

export interface InvitationRecord {
  id: string;
  workspaceId: string;
  email: string;
  role: MemberRole;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
}

/** What a sign-in produces: the cookie's value (shown once) and who is now signed in where. */
export interface SignedIn {
  sessionToken: string;
  expiresAt: Date;
  member: MemberRecord;
  workspace: WorkspaceRecord;
}
