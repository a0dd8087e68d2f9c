--liquibase formatted sql

--changeset communityops:content-approval-1
-- The revision of what a content item's audience sees (title, body, format, category, channel): an approval is of
-- one revision, and an edit of those fields needs approval again. The JPA version changes on every status move.
alter table content_item add column approval_revision bigint not null default 0;

-- A rulebook change waiting for approval: applied to the rulebook only on the final approval (decision 0040).
create table rulebook_proposal (
    tenant_id          uuid          not null references tenant (id),
    id                 uuid          not null,
    community_id       uuid          not null,
    item_id            uuid,
    kind               varchar(30)   not null,
    action             varchar(10)   not null,
    before_text        varchar(1000),
    text               varchar(1000) not null,
    status             varchar(20)   not null,
    proposed_by        uuid          not null,
    proposed_by_name   varchar(200)  not null,
    comment            varchar(2000),
    created_at         timestamptz   not null,
    version            bigint        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, community_id) references community (tenant_id, id) on delete cascade
);
create index rulebook_proposal_community_ix on rulebook_proposal (tenant_id, community_id, created_at);
-- One pending change per rulebook item at a time, so an approval never applies over another's words.
create unique index rulebook_proposal_item_uk on rulebook_proposal (tenant_id, item_id)
    where status = 'PENDING' and item_id is not null;

grant select, insert, update, delete on rulebook_proposal to ${app_role};

alter table rulebook_proposal enable row level security;
alter table rulebook_proposal force row level security;
create policy tenant_isolation on rulebook_proposal
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

comment on table rulebook_proposal is 'owned by content';
