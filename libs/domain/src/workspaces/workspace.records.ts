export interface WorkspaceRecord {
  id: string;
  name: string;
  whatsappPhoneNumberId: string | null;
}

export interface ApiTokenRecord {
  id: string;
  workspaceId: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}
