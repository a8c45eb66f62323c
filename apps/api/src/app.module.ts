import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { DomainModule, OutboxRelay } from '@app/domain';
import { InboxReplayService } from './background/inbox-replay.service';
import { ExportController } from './export/export.controller';
import { GraphqlApiModule } from './graphql/graphql-api.module';
import { HealthController } from './health/health.controller';
import { AccessGuard } from './http/access.guard';
import { HttpExceptionFilter } from './http/http-exception.filter';
import { RequestPrincipalMiddleware } from './http/request-principal.middleware';
import { MessagesController } from './messages/messages.controller';
import { WhatsappWebhookController } from './webhooks/whatsapp-webhook.controller';

@Module({
  imports: [DomainModule, GraphqlApiModule],
  controllers: [HealthController, WhatsappWebhookController, MessagesController, ExportController],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_FILTER, useClass: HttpExceptionFilter },
    OutboxRelay,
    InboxReplayService,
  ],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestPrincipalMiddleware).forRoutes('graphql', 'v1/*path');
  }
}
