import { Migration } from '@mikro-orm/migrations';

// A review, a status, a tag or a note changes a conversation's document but not its messages: with
// the message count the index has, the sync sends those documents without their texts (a partial
// update Meilisearch applies without re-indexing every word of the conversation).
export class Migration20261201120000_indexed_message_count extends Migration {
  override up(): void {
    this.addSql(`alter table conversation add column if not exists indexed_message_count int not null default 0;`);
  }

  override down(): void {
    this.addSql(`alter table conversation drop column if exists indexed_message_count;`);
  }
}
