import { Body, Controller, Headers, HttpCode, Post, UseFilters } from '@nestjs/common';
import { MessageIngestionService, WorkspaceService, bearerToken } from '@app/domain';
import { DatabaseUnavailableFilter } from '../database-unavailable.filter';
import { HttpError } from '../http-error';
import { recordMessageSchema } from './record-message.dto';

@UseFilters(DatabaseUnavailableFilter)
@Controller('v1/messages')
export class MessagesController {
  constructor(
    private readonly workspaces: WorkspaceService,
    private readonly ingestion: MessageIngestionService,
  ) {}

  /** 202 once the message is durably stored (its review is then guaranteed); same messageId → duplicate. */
  @Post()
  @HttpCode(202)
  async record(@Headers('authorization') authorization: string | undefined, @Body() body: unknown) {
    const token = bearerToken(authorization);
    const workspace = token ? await this.workspaces.byToken(token) : undefined;
    if (!workspace) throw new HttpError(401, 'unauthorized', 'Authorization: expected "Bearer <apiToken>" of a workspace');
    const parsed = recordMessageSchema.safeParse(body ?? {});
    if (!parsed.success) {
      const fields = parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'body', message: i.message }));
      throw new HttpError(400, 'validation_failed', `invalid fields: ${[...new Set(fields.map((f) => f.field))].join(', ')}`, fields);
    }
    const dto = parsed.data;
    const recorded = await this.ingestion.record({
      workspaceId: workspace.id,
      source: dto.source,
      conversationKey: dto.conversationKey,
      externalId: dto.messageId,
      role: dto.role,
      kind: 'text',
      text: dto.text,
      sentAt: dto.sentAt ? new Date(dto.sentAt) : new Date(),
      contact: dto.contact ?? undefined,
    });
    return { conversationId: recorded.conversationId, messageId: dto.messageId, duplicate: recorded.duplicate };
  }
}
