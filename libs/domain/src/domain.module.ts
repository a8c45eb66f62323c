import { Global, Module, type Provider } from '@nestjs/common';
import { Authenticator } from './auth/authenticator.service';
import { ConfigModule } from './config/config.module';
import { BulkActions } from './conversations/bulk-actions.service';
import { ConversationCommands } from './conversations/conversation-commands.service';
import { ConversationIndexing } from './conversations/conversation-indexing.repository';
import { ConversationListRepository } from './conversations/conversation-list.repository';
import { ConversationMessages } from './conversations/conversation-messages.service';
import { ConversationQueries } from './conversations/conversation-queries.service';
import { ConversationReader } from './conversations/conversation-reader.repository';
import { ConversationReviews } from './conversations/conversation-reviews.service';
import { MessageAppendRepository } from './conversations/message-append.repository';
import { SignalOutbox } from './conversations/signal-outbox.repository';
import { DatabaseModule } from './database/database.module';
import { CredentialEvents } from './events/credential-events.service';
import { EventBus } from './events/event-bus.service';
import { EventLog } from './events/event-log.service';
import { PgListener } from './events/pg-listener.service';
import { ConversationExport } from './export/conversation-export.service';
import { HealthService } from './health/health.service';
import { MessageIngestion } from './ingestion/message-ingestion.service';
import { WhatsappWebhookService } from './ingestion/whatsapp-webhook.service';
import { InvitationsService } from './people/invitations.service';
import { MembersService } from './people/members.service';
import { SessionsService } from './people/sessions.service';
import { SignInService } from './people/sign-in.service';
import { ReviewRunner } from './reviews/review-runner.service';
import { reviewerProvider } from './reviews/reviewer.provider';
import { MatchedMessages } from './search/matched-messages.repository';
import { MeilisearchProvider } from './search/meilisearch.provider';
import { SearchIndexService } from './search/search-index.service';
import { SearchQueryService } from './search/search-query.service';
import { StatsService } from './stats/stats.service';
import { ConversationSignaler } from './temporal/conversation-signaler.service';
import { TemporalClientProvider } from './temporal/temporal-client.provider';
import { ApiTokensService } from './workspaces/api-tokens.service';
import { WorkspacesService } from './workspaces/workspaces.service';

// One list per concept (folder); the apps add what they run in the background (relay, sync, replay).
const CONVERSATIONS = [
  ConversationMessages,
  MessageAppendRepository,
  ConversationCommands,
  BulkActions,
  ConversationQueries,
  ConversationListRepository,
  ConversationReader,
  ConversationReviews,
  ConversationIndexing,
  SignalOutbox,
];
const WORKSPACES = [WorkspacesService, ApiTokensService];
const PEOPLE = [MembersService, InvitationsService, SessionsService, SignInService];
const EVENTS = [PgListener, EventBus, CredentialEvents, EventLog];
const SEARCH = [MeilisearchProvider, SearchQueryService, MatchedMessages, SearchIndexService];
const TEMPORAL = [TemporalClientProvider, ConversationSignaler];
const INGESTION = [MessageIngestion, WhatsappWebhookService];
const REVIEWS: Provider[] = [ReviewRunner, reviewerProvider];
const READS = [StatsService, ConversationExport, HealthService];
const AUTH = [Authenticator];

const PROVIDERS: Provider[] = [
  ...CONVERSATIONS,
  ...WORKSPACES,
  ...PEOPLE,
  ...EVENTS,
  ...SEARCH,
  ...TEMPORAL,
  ...INGESTION,
  ...REVIEWS,
  ...READS,
  ...AUTH,
];

/** Everything api and worker share. */
@Global()
@Module({
  imports: [ConfigModule, DatabaseModule],
  providers: PROVIDERS,
  exports: PROVIDERS,
})
export class DomainModule {}
