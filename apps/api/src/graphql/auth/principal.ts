import type { WorkspaceRow } from '@app/domain/workspaces/workspace.service';

/** Who is calling, decided once per HTTP request or WebSocket connection from the bearer token. */
export type Principal = { kind: 'anonymous' } | { kind: 'invalid' } | { kind: 'admin' } | { kind: 'workspace'; workspace: WorkspaceRow };
