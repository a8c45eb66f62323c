import { Inject, Injectable } from '@nestjs/common';
import { Meilisearch, type Index } from 'meilisearch';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import type { ConversationDocument } from './conversation-document';
import { keepAliveHttpClient } from './keep-alive-http-client';

/** The Meilisearch client and the conversations index, one per process. */
@Injectable()
export class MeilisearchProvider {
  readonly client: Meilisearch;
  readonly index: Index<ConversationDocument>;
  readonly indexUid: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.client = new Meilisearch({ host: config.meili.url, apiKey: config.meili.masterKey, httpClient: keepAliveHttpClient() });
    this.indexUid = config.meili.index;
    this.index = this.client.index<ConversationDocument>(config.meili.index);
  }

  async healthy(): Promise<boolean> {
    try {
      return (await this.client.health()).status === 'available';
    } catch {
      return false;
    }
  }
}
