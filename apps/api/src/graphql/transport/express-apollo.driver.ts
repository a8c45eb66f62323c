import { Injectable } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { NextFunction, Request, Response } from 'express';

/** Largest graphql-ws message accepted (the HTTP body limit is set in main.ts: 1 MB). */
export const MAX_WS_MESSAGE_BYTES = 1024 * 1024;

type ContextFn = (arg: { req: Request; res: Response }) => Promise<BaseContext>;

/**
 * ApolloDriver whose Express mounting does not need @as-integrations/express5 (not a dependency of
 * this project): the same few lines, on Apollo Server's executeHTTPGraphQLRequest.
 */
@Injectable()
export class ExpressApolloDriver extends ApolloDriver {
  constructor(modulesContainer: ModulesContainer) {
    super(modulesContainer);
  }

  override async start(options: ApolloDriverConfig): Promise<void> {
    await super.start(options);
    // ws accepts 100 MiB messages by default; subscriptions are small. Read by ws at each upgrade.
    const wss = (this as unknown as { _subscriptionService?: { wss?: { options: { maxPayload?: number } } } })._subscriptionService?.wss;
    if (wss) wss.options.maxPayload = MAX_WS_MESSAGE_BYTES;
  }

  override async registerExpress(options: ApolloDriverConfig, { preStartHook }: { preStartHook?: () => void } = {}): Promise<void> {
    const self = this as unknown as {
      httpAdapterHost: {
        httpAdapter: {
          use: (...a: unknown[]) => void;
          getInstance(): { use: (...a: unknown[]) => void };
          getHttpServer(): import('http').Server;
        };
      };
      apolloServer: ApolloServer<BaseContext>;
    };
    const httpAdapter = self.httpAdapterHost.httpAdapter;
    const path = options.path ?? '/graphql';
    const plugins: ApolloServerPlugin<BaseContext>[] = [
      ...((options.plugins as ApolloServerPlugin<BaseContext>[] | undefined) ?? []),
      ApolloServerPluginDrainHttpServer({ httpServer: httpAdapter.getHttpServer() }),
    ];
    preStartHook?.();
    const server = new ApolloServer<BaseContext>({ ...(options as object), plugins } as ConstructorParameters<
      typeof ApolloServer<BaseContext>
    >[0]);
    await server.start();
    const context = options.context as ContextFn;
    httpAdapter.getInstance().use(path, expressHandler(server, context));
    self.apolloServer = server;
  }
}

function expressHandler(server: ApolloServer<BaseContext>, context: ContextFn) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const search = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    server
      .executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search, body: req.body ?? {} },
        context: () => context({ req, res }),
      })
      .then(async (result) => {
        for (const [key, value] of result.headers) res.setHeader(key, value);
        res.statusCode = result.status ?? 200;
        if (result.body.kind === 'complete') {
          res.send(result.body.string);
          return;
        }
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      })
      .catch(next);
  };
}
