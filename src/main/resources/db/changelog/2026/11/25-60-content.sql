--liquibase formatted sql

--changeset communityops:content-1
-- The rulebook (制度内容): values, rules and rewards of a community, one row per item. Items are retired rather
-- than deleted so that their history stays readable; the logo is an item whose image is kept in the row.
create table rulebook_item (
    tenant_id        uuid           not null,
    id               uuid           not null,
    community_id     uuid           not null,
    kind             varchar(20)    not null check (kind in ('LOGO', 'SLOGAN', 'SONG', 'MEME', 'ENCOURAGED',
                                         'FORBIDDEN', 'REWARD_MATERIAL', 'REWARD_HONORARY')),
    text             varchar(1000)  not null,
    image            bytea,
    image_type       varchar(20)    check (image_type in ('image/png', 'image/jpeg', 'image/webp')),
    active           boolean        not null default true,
    changed_at       timestamptz    not null,
    changed_by       uuid           not null,
    changed_by_name  varchar(120)   not null,
    created_at       timestamptz    not null,
    version          bigint         not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, community_id) references community (tenant_id, id),
    check ((kind = 'LOGO') = (image is not null)),
    check (image is null or octet_length(image) <= 1048576)
);
create index rulebook_item_community_ix on rulebook_item (tenant_id, community_id, kind, created_at, id);
-- One current logo and one current slogan per community.
create unique index rulebook_item_single_uk on rulebook_item (tenant_id, community_id, kind)
    where active and kind in ('LOGO', 'SLOGAN');

-- Every saved state of an item, newest last: who changed it, when, and to what.
create table rulebook_item_revision (
    tenant_id        uuid           not null,
    id               uuid           not null,
    item_id          uuid           not null,
    text             varchar(1000)  not null,
    active           boolean        not null,
    changed_at       timestamptz    not null,
    changed_by       uuid           not null,
    changed_by_name  varchar(120)   not null,
    created_at       timestamptz    not null,
    version          bigint         not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, item_id) references rulebook_item (tenant_id, id)
);
create index rulebook_item_revision_item_ix on rulebook_item_revision (tenant_id, item_id, changed_at, id);

-- Content items: institutional or value content, planned, reviewed, scheduled and published.
create table content_item (
    tenant_id     uuid            not null,
    id            uuid            not null,
    kind          varchar(20)     not null check (kind in ('INSTITUTIONAL', 'VALUE')),
    category      varchar(20)     not null check (category in ('VALUES', 'RULES', 'REWARDS', 'ELIMINATION',
                                      'DEEP_DIVE', 'EXPERT_SERIES', 'PRACTICAL_TIPS', 'TOOLS_MODELS')),
    title         varchar(200)    not null,
    body          varchar(20000)  not null default '',
    markdown      boolean         not null default false,
    author_id     uuid,
    channel       varchar(120),
    publish_at    timestamptz,
    status        varchar(12)     not null check (status in
                                      ('IDEA', 'DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED')),
    views         integer         check (views >= 0),
    reactions     integer         check (reactions >= 0),
    replies       integer         check (replies >= 0),
    shares        integer         check (shares >= 0),
    created_at    timestamptz     not null,
    version       bigint          not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, author_id) references user_account (tenant_id, id),
    check (status <> 'SCHEDULED' or publish_at is not null)
);
create index content_item_publish_ix on content_item (tenant_id, publish_at, id);

-- An item may serve several communities at once (a shared expert series).
create table content_item_community (
    tenant_id     uuid  not null default current_tenant_id(),
    content_id    uuid  not null,
    community_id  uuid  not null,
    primary key (tenant_id, content_id, community_id),
    foreign key (tenant_id, content_id) references content_item (tenant_id, id) on delete cascade,
    foreign key (tenant_id, community_id) references community (tenant_id, id)
);
create index content_item_community_ix on content_item_community (tenant_id, community_id, content_id);

-- Who moved an item from which status to which, and when; the first row has no "from".
create table content_transition (
    tenant_id     uuid          not null,
    id            uuid          not null,
    content_id    uuid          not null,
    from_status   varchar(12),
    to_status     varchar(12)   not null,
    actor_id      uuid          not null,
    actor_name    varchar(120)  not null,
    occurred_at   timestamptz   not null,
    created_at    timestamptz   not null,
    version       bigint        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, content_id) references content_item (tenant_id, id) on delete cascade
);
create index content_transition_item_ix on content_transition (tenant_id, content_id, occurred_at, id);

grant select, insert, update, delete on rulebook_item, rulebook_item_revision, content_item, content_item_community,
    content_transition to ${app_role};

--changeset communityops:content-2 splitStatements:false
-- Row-level security on every table of this changelog.
do $$
declare
    t text;
begin
    foreach t in array array['rulebook_item', 'rulebook_item_revision', 'content_item', 'content_item_community',
                             'content_transition']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant_id())'
                       ' with check (tenant_id = current_tenant_id())', t);
    end loop;
end
$$;
