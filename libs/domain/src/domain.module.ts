import { Global, Module } from '@nestjs/common';
import { ConfigModule, APP_CONFIG } from './config/config.module';
import type { AppConfig } from './config/app-config';
import { DatabaseModule } from './db/database.module';
import { EventBus } from './events/event-bus.service';
import { MessageIngestionService } from './ingestion/message-ingestion.service';
import { WhatsappWebhookService } from './ingestion/whatsapp-webhook.service';
import { createReviewer } from './review';
import { ConversationReviewService } from './reviews/conversation-review.service';
import { REVIEWER } from './reviews/reviewer.token';
import { SearchIndexService } from './search/search-index.service';
import { ConversationSignaler } from './temporal/conversation-signaler.service';
import { TemporalClientProvider } from './temporal/temporal-client.provider';
import { WorkspaceService } from './workspaces/workspace.service';

const SERVICES = [
  EventBus,
  MessageIngestionService,
  WhatsappWebhookService,
  ConversationReviewService,
  SearchIndexService,
  ConversationSignaler,
  TemporalClientProvider,
  WorkspaceService,
];

/** Everything api and worker share. The outbox relay and sync loops are added by the apps that run them. */
@Global()
@Module({
  imports: [ConfigModule, DatabaseModule],
  providers: [
    ...SERVICES,
    {
      provide: REVIEWER,
      inject: [APP_CONFIG],
      useFactory: (c: AppConfig) => createReviewer({ reviewer: c.reviewer, openai: c.openai }),
    },
  ],
  exports: [...SERVICES, REVIEWER],
})
export class DomainModule {}
