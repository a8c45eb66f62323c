import DataLoader from 'dataloader';
import type {
  ContactRecord,
  ConversationReader,
  ConversationRecord,
  MessageRecord,
  NoteRecord,
  ReviewRecord,
  TagRecord,
} from '@app/domain';

export interface MessagePageKey {
  conversationId: string;
  /** messages with seq > afterSeq */
  afterSeq: number;
  /** rows to fetch (page size + 1, to tell whether there is a next page) */
  limit: number;
}

const NO_WORKSPACE = '00000000-0000-0000-0000-000000000000';

const byId = <T extends { id: string }>(keys: readonly string[], rows: T[]): (T | null)[] => {
  const map = new Map(rows.map((r) => [r.id, r]));
  return keys.map((k) => map.get(k) ?? null);
};

/**
 * One set per request (and per subscription event), bound to one workspace — every read is scoped
 * to it, so a loader can never hand out another workspace's rows — turning the N lookups of a list
 * page into one statement each.
 */
export class Loaders {
  readonly workspaceId: string;

  constructor(
    private readonly reader: ConversationReader,
    workspaceId: string | null,
  ) {
    this.workspaceId = workspaceId ?? NO_WORKSPACE;
  }

  readonly conversation = new DataLoader<string, ConversationRecord | null>(async (ids) =>
    byId(ids, await this.reader.conversations(this.workspaceId, ids)),
  );

  readonly contact = new DataLoader<string, ContactRecord | null>(async (ids) =>
    byId(ids, await this.reader.contacts(this.workspaceId, ids)),
  );

  readonly message = new DataLoader<string, MessageRecord | null>(async (ids) =>
    byId(ids, await this.reader.messages(this.workspaceId, ids)),
  );

  readonly note = new DataLoader<string, NoteRecord | null>(async (ids) => byId(ids, await this.reader.notesById(this.workspaceId, ids)));

  readonly tags = new DataLoader<string, TagRecord[]>(async (ids) => {
    const map = await this.reader.tags(this.workspaceId, ids);
    return ids.map((id) => map.get(id) ?? []);
  });

  readonly notes = new DataLoader<string, NoteRecord[]>(async (ids) => {
    const map = await this.reader.notes(this.workspaceId, ids);
    return ids.map((id) => map.get(id) ?? []);
  });

  readonly review = new DataLoader<string, ReviewRecord | null>(async (ids) => {
    const map = await this.reader.latestReviews(this.workspaceId, ids);
    return ids.map((id) => map.get(id) ?? null);
  });

  readonly reviews = new DataLoader<string, ReviewRecord[]>(async (ids) => {
    const map = await this.reader.reviews(this.workspaceId, ids);
    return ids.map((id) => map.get(id) ?? []);
  });

  readonly messagePage = new DataLoader<MessagePageKey, MessageRecord[], string>(
    (keys) => this.reader.messagePages(this.workspaceId, keys),
    {
      cacheKeyFn: (k) => `${k.conversationId}:${k.afterSeq}:${k.limit}`,
    },
  );

  /** Drops what a mutation changed, so the answer shows the committed state. */
  forget(conversationId: string): void {
    this.conversation.clear(conversationId);
    this.tags.clear(conversationId);
    this.notes.clear(conversationId);
    this.review.clear(conversationId);
    this.reviews.clear(conversationId);
  }
}
