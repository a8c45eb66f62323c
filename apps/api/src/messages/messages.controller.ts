import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { MessageIngestion, type WorkspacePrincipal } from '@app/domain';
import { Allow } from '../auth/access';
import type { RequestWithPrincipal } from '../http/request-principal.middleware';

@Controller('v1/messages')
export class MessagesController {
  constructor(private readonly ingestion: MessageIngestion) {}

  /** 202 once the message is durably stored (its review is then guaranteed); the same messageId again → duplicate. */
  @Allow('INTEGRATION')
  @Post()
  @HttpCode(202)
  async record(@Req() req: RequestWithPrincipal, @Body() body: unknown) {
    const caller = req.principal as WorkspacePrincipal;
    const r = await this.ingestion.recordFromApi(caller.workspaceId, body);
    return { conversationId: r.conversationId, messageId: (body as { messageId: string }).messageId.trim(), duplicate: r.duplicate };
  }
}
