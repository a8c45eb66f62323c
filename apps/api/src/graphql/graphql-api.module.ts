import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { Module } from '@nestjs/common';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { APP_CONFIG, ConversationReader, RateLimiter, type AppConfig } from '@app/domain';
import { clientAddressOf } from '../auth/request-principal';
import type { RequestWithPrincipal } from '../http/request-principal.middleware';
import { ActivityFieldsResolver, ConversationFieldsResolver, MessageFieldsResolver } from './conversations/conversation-fields.resolver';
import { ConversationMutationsResolver } from './conversations/conversation-mutations.resolver';
import { ConversationConnectionResolver, ConversationsResolver } from './conversations/conversations.resolver';
import { createFormatError } from './errors/format-error';
import type { GqlContext } from './gql-context';
import { Loaders } from './loaders';
import { SessionsResolver } from './people/sessions.resolver';
import { TeamResolver } from './people/team.resolver';
import { ViewerResolver } from './people/viewer.resolver';
import { ViewerService } from './people/viewer.service';
import { limitsPlugin } from './protection/limits.plugin';
import { shapeLimitsRule } from './protection/shape-limits.rule';
import { sqlCountPlugin } from './protection/sql-count.plugin';
import { StatsResolver } from './stats/stats.resolver';
import { SharedLoaders } from './subscriptions/shared-loaders';
import { SubscriptionsResolver } from './subscriptions/subscriptions.resolver';
import { GRAPHQL_PATH } from './transport/graphql-path';
import { SubscriptionServer } from './transport/subscription-server.service';
import { WorkspacesResolver } from './workspaces/workspaces.resolver';

function httpContext(reader: ConversationReader, req: RequestWithPrincipal, res: Response): GqlContext {
  const principal = req.principal ?? { kind: 'anonymous' };
  const workspaceId = principal.kind === 'apiToken' || principal.kind === 'member' ? principal.workspaceId : null;
  return { transport: 'http', principal, clientAddress: clientAddressOf(req), loaders: new Loaders(reader, workspaceId), req, res };
}

/**
 * The public GraphQL API, code-first, on Apollo Server 5 through Nest's Apollo driver (Express 5):
 * HTTP POST /graphql, and graphql-ws on the same path (SubscriptionServer). Needs DomainModule.
 */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG, ConversationReader],
      useFactory: (config: AppConfig, reader: ConversationReader): ApolloDriverConfig => ({
        path: GRAPHQL_PATH,
        autoSchemaFile: true,
        sortSchema: false,
        introspection: true,
        graphiql: config.graphiql,
        includeStacktraceInErrorResponses: config.development,
        formatError: createFormatError(config.development),
        validationRules: [shapeLimitsRule],
        plugins: [
          // no cache hints are used (POSTs are not cached): without this plugin no field resolver is wrapped
          ApolloServerPluginCacheControlDisabled(),
          limitsPlugin(new RateLimiter(config.rateLimits.graphqlPerSecond, config.rateLimits.graphqlBurst)),
          ...(config.debugSqlCount ? [sqlCountPlugin()] : []),
        ] as ApolloDriverConfig['plugins'],
        context: ({ req, res }: { req: Request; res: Response }) => httpContext(reader, req, res),
      }),
    }),
  ],
  providers: [
    ConversationsResolver,
    ConversationConnectionResolver,
    ConversationFieldsResolver,
    ActivityFieldsResolver,
    MessageFieldsResolver,
    ConversationMutationsResolver,
    WorkspacesResolver,
    ViewerResolver,
    ViewerService,
    SessionsResolver,
    TeamResolver,
    StatsResolver,
    SubscriptionsResolver,
    SharedLoaders,
    SubscriptionServer,
  ],
})
export class GraphqlApiModule {}
