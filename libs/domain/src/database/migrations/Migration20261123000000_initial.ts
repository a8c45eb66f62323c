import { Migration } from '@mikro-orm/migrations';

// Written by hand: the indexes below are shaped for the list (keyset on lastMessageAt, id), the
// ingestion path (unique external ids) and the outbox relay (partial index on unsignaled messages).
export class Migration20261123000000_initial extends Migration {
  override up(): void {
    this.addSql(`
      create table workspace (
        id uuid primary key default gen_random_uuid(),
        name text not null,
        whatsapp_phone_number_id text unique,
        api_token_hash text not null unique,
        created_at timestamptz not null default now()
      );
      create table contact (
        id uuid primary key default gen_random_uuid(),
        workspace_id uuid not null references workspace(id) on delete cascade,
        name text,
        phone text,
        email text,
        created_at timestamptz not null default now()
      );
      create table conversation (
        id uuid primary key default gen_random_uuid(),
        workspace_id uuid not null references workspace(id) on delete cascade,
        source text not null check (source in ('WHATSAPP','WIDGET')),
        conversation_key text not null,
        contact_id uuid not null references contact(id),
        title text not null,
        status text not null default 'IN_PROGRESS',
        status_origin text not null default 'AI' check (status_origin in ('AI','MANUAL')),
        suggested_status text,
        visible boolean not null default false,
        last_message_at timestamptz not null,
        last_message_id uuid,
        message_count integer not null default 0,
        quality_score integer,
        reviewed_at timestamptz,
        version integer not null default 1,
        indexed_version integer not null default 0,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (workspace_id, source, conversation_key)
      );
      create index conversation_list_idx on conversation (workspace_id, visible, last_message_at desc, id desc);
      create index conversation_status_idx on conversation (workspace_id, visible, status, last_message_at desc, id desc);
      create index conversation_unindexed_idx on conversation (updated_at) where indexed_version < version;
      create table message (
        id uuid primary key default gen_random_uuid(),
        workspace_id uuid not null references workspace(id) on delete cascade,
        conversation_id uuid not null references conversation(id) on delete cascade,
        seq integer not null,
        source text not null,
        external_id text not null,
        role text not null check (role in ('CUSTOMER','AGENT')),
        kind text not null default 'text',
        text text not null,
        sent_at timestamptz not null,
        received_at timestamptz not null default now(),
        signaled_at timestamptz,
        unique (workspace_id, source, external_id),
        unique (conversation_id, seq)
      );
      create index message_unsignaled_idx on message (received_at) where signaled_at is null;
      create table tag (
        id uuid primary key default gen_random_uuid(),
        workspace_id uuid not null references workspace(id) on delete cascade,
        name text not null,
        name_key text not null,
        created_at timestamptz not null default now(),
        unique (workspace_id, name_key)
      );
      create table conversation_tag (
        conversation_id uuid not null references conversation(id) on delete cascade,
        tag_id uuid not null references tag(id) on delete cascade,
        created_at timestamptz not null default now(),
        primary key (conversation_id, tag_id)
      );
      create index conversation_tag_tag_idx on conversation_tag (tag_id, conversation_id);
      create table note (
        id uuid primary key default gen_random_uuid(),
        workspace_id uuid not null references workspace(id) on delete cascade,
        conversation_id uuid not null references conversation(id) on delete cascade,
        body text not null,
        created_at timestamptz not null default now()
      );
      create index note_conversation_idx on note (conversation_id, created_at desc);
      create table review (
        id uuid primary key default gen_random_uuid(),
        workspace_id uuid not null references workspace(id) on delete cascade,
        conversation_id uuid not null references conversation(id) on delete cascade,
        through_seq integer not null,
        summary text not null,
        quality_score integer not null check (quality_score between 0 and 100),
        suggested_status text not null,
        reviewer text not null,
        reviewed_at timestamptz not null default now(),
        unique (conversation_id, through_seq)
      );
      create table webhook_inbox (
        id uuid primary key default gen_random_uuid(),
        phone_number_id text not null,
        body jsonb not null,
        reason text not null,
        received_at timestamptz not null default now(),
        replayed_at timestamptz
      );
      create index webhook_inbox_pending_idx on webhook_inbox (phone_number_id) where replayed_at is null;
    `);
  }

  override down(): void {
    this.addSql(
      'drop table if exists webhook_inbox, review, note, conversation_tag, tag, message, conversation, contact, workspace cascade;',
    );
  }
}
