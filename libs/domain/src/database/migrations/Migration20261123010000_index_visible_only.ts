import { Migration } from '@mikro-orm/migrations';

// Search serves reviewed (visible) conversations only: the sync sweep skips hidden ones, so messages
// of a conversation awaiting its first review cost no Meilisearch work. Its index follows suit.
export class Migration20261123010000_index_visible_only extends Migration {
  override up(): void {
    this.addSql(`
      drop index if exists conversation_unindexed_idx;
      create index conversation_unindexed_idx on conversation (updated_at) where indexed_version < version and visible;
    `);
  }

  override down(): void {
    this.addSql(`
      drop index if exists conversation_unindexed_idx;
      create index conversation_unindexed_idx on conversation (updated_at) where indexed_version < version;
    `);
  }
}
