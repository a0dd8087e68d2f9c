--liquibase formatted sql

--changeset communityops:red-line-approval-1
-- A red line change waiting for approval (adding, rewording, switching on or off): applied to the red line, as its
-- author's change, only on the final approval, like a rulebook proposal (decision 0040).
create table red_line_proposal (
    tenant_id          uuid          not null references tenant (id),
    id                 uuid          not null,
    community_id       uuid          not null,
    red_line_id        uuid,
    action             varchar(12)   not null,
    before_text        varchar(300),
    before_active      boolean,
    text               varchar(300)  not null,
    active             boolean       not null,
    status             varchar(20)   not null,
    proposed_by        uuid          not null,
    proposed_by_name   varchar(200)  not null,
    comment            varchar(2000),
    created_at         timestamptz   not null,
    version            bigint        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, community_id) references community (tenant_id, id) on delete cascade,
    foreign key (tenant_id, red_line_id) references red_line (tenant_id, id) on delete cascade
);
create index red_line_proposal_community_ix on red_line_proposal (tenant_id, community_id, created_at);
-- One pending change per red line at a time, so an approval never applies over another's words.
create unique index red_line_proposal_line_uk on red_line_proposal (tenant_id, red_line_id)
    where status = 'PENDING' and red_line_id is not null;

grant select, insert, update, delete on red_line_proposal to ${app_role};

alter table red_line_proposal enable row level security;
alter table red_line_proposal force row level security;
create policy tenant_isolation on red_line_proposal
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

comment on table red_line_proposal is 'owned by screening';
