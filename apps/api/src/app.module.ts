import { Module } from '@nestjs/common';
import { DomainModule, OutboxRelay } from '@app/domain';
import { InboxReplayService } from './background/inbox-replay.service';
import { GraphqlApiModule } from './graphql/graphql-api.module';
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { MessagesController } from './messages/messages.controller';
import { WhatsappWebhookController } from './webhooks/whatsapp-webhook.controller';

@Module({
  imports: [DomainModule, GraphqlApiModule],
  controllers: [HealthController, WhatsappWebhookController, MessagesController],
  providers: [HealthService, OutboxRelay, InboxReplayService],
})
export class AppModule {}
