import { Migration } from '@mikro-orm/migrations';

// People (users, members, invitations, sessions), API tokens as their own rows, authored notes, the
// activity trail, reviews with criteria and evidence, durable events, and per-row retry state for the
// outbox and the webhook inbox. Existing rows are carried over: each workspace's token becomes its API
// token "default"; old notes are authored by "API"; old reviews and notes appear in the activity trail.
export class Migration20261201000000_people_activity_events extends Migration {
  override up(): void {
    this.addSql(`
      create table api_token (
        id uuid primary key default gen_random_uuid(),
        workspace_id uuid not null references workspace(id) on delete cascade,
        name text not null,
        token_hash text not null unique,
        created_at timestamptz not null default now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      );
      create index api_token_workspace_idx on api_token (workspace_id, created_at desc);
      insert into api_token (workspace_id, name, token_hash, created_at)
        select id, 'default', api_token_hash, created_at from workspace;
      alter table workspace drop column api_token_hash;

      create table app_user (
        id uuid primary key default gen_random_uuid(),
        email text not null unique check (email = lower(email)),
        name text not null,
        password_hash text not null,
        created_at timestamptz not null default now(),
        password_changed_at timestamptz not null default now()
      );
      create table member (
        id uuid primary key default gen_random_uuid(),
        workspace_id uuid not null references workspace(id) on delete cascade,
        user_id uuid not null references app_user(id) on delete cascade,
        role text not null check (role in ('ADMIN','AGENT')),
        created_at timestamptz not null default now(),
        unique (workspace_id, user_id)
      );
      create index member_user_idx on member (user_id);
      create table invitation (
        id uuid primary key default gen_random_uuid(),
        workspace_id uuid not null references workspace(id) on delete cascade,
        email text not null,
        role text not null check (role in ('ADMIN','AGENT')),
        token_hash text not null unique,
        invited_by_name text not null,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        accepted_at timestamptz,
        revoked_at timestamptz
      );
      create index invitation_workspace_idx on invitation (workspace_id, created_at desc);
      create table session (
        id uuid primary key default gen_random_uuid(),
        token_hash text not null unique,
        user_id uuid not null references app_user(id) on delete cascade,
        workspace_id uuid not null references workspace(id) on delete cascade,
        created_at timestamptz not null default now(),
        last_seen_at timestamptz not null default now(),
        expires_at timestamptz not null,
        revoked_at timestamptz
      );
      create index session_user_idx on session (user_id) where revoked_at is null;

      alter table note
        add column author_kind text not null default 'API_TOKEN' check (author_kind in ('MEMBER','API_TOKEN','AI','SYSTEM')),
        add column author_name text not null default 'API',
        add column author_member_id uuid;
      alter table note alter column author_kind drop default, alter column author_name drop default;

      alter table review
        add column criteria jsonb not null default '[]',
        add column status_evidence jsonb not null default '[]',
        add column language text,
        add column omitted_messages integer not null default 0,
        add column failed boolean not null default false;
      create index review_conversation_idx on review (conversation_id, through_seq desc);

      create table activity (
        id uuid primary key default gen_random_uuid(),
        workspace_id uuid not null references workspace(id) on delete cascade,
        conversation_id uuid not null references conversation(id) on delete cascade,
        kind text not null check (kind in ('REVIEWED','STATUS_CHANGED','TAG_ADDED','TAG_REMOVED','NOTE_ADDED')),
        actor_kind text not null check (actor_kind in ('MEMBER','API_TOKEN','AI','SYSTEM')),
        actor_name text not null,
        actor_member_id uuid,
        from_status text,
        to_status text,
        tag text,
        note_id uuid references note(id) on delete set null,
        at timestamptz not null default now()
      );
      create index activity_conversation_idx on activity (conversation_id, at desc, id desc);
      insert into activity (workspace_id, conversation_id, kind, actor_kind, actor_name, to_status, at)
        select workspace_id, conversation_id, 'REVIEWED', 'AI', reviewer, suggested_status, reviewed_at from review;
      insert into activity (workspace_id, conversation_id, kind, actor_kind, actor_name, note_id, at)
        select workspace_id, conversation_id, 'NOTE_ADDED', 'API_TOKEN', 'API', id, created_at from note;

      create table domain_event (
        id bigserial primary key,
        workspace_id uuid not null,
        conversation_id uuid not null,
        type text not null,
        change text,
        message_id uuid,
        created_at timestamptz not null default now()
      );
      create index domain_event_created_idx on domain_event (created_at);

      alter table message
        add column signal_attempts integer not null default 0,
        add column signal_retry_at timestamptz;
      alter table conversation add column status_signal_pending boolean not null default false;
      create index conversation_status_signal_idx on conversation (updated_at) where status_signal_pending;
      alter table webhook_inbox
        add column attempts integer not null default 0,
        add column last_error text,
        add column retry_at timestamptz;

      -- stats by day and source/status over the visible conversations of a workspace
      create index conversation_stats_idx on conversation (workspace_id, last_message_at) include (source, status, quality_score) where visible;
    `);
  }

  override down(): void {
    this.addSql(`
      drop index if exists conversation_stats_idx;
      alter table webhook_inbox drop column attempts, drop column last_error, drop column retry_at;
      alter table message drop column signal_attempts, drop column signal_retry_at;
      alter table conversation drop column status_signal_pending;
      drop table if exists domain_event, activity, session, invitation, member, app_user cascade;
      drop index if exists review_conversation_idx;
      alter table review drop column criteria, drop column status_evidence, drop column language, drop column omitted_messages, drop column failed;
      alter table note drop column author_kind, drop column author_name, drop column author_member_id;
      alter table workspace add column api_token_hash text unique;
      update workspace w set api_token_hash = t.token_hash
        from (select distinct on (workspace_id) workspace_id, token_hash from api_token order by workspace_id, created_at) t
       where t.workspace_id = w.id;
      drop table api_token;
    `);
  }
}
