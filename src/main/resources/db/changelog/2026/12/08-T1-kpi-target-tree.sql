--liquibase formatted sql

--changeset communityops:kpi-target-tree-1
-- A community's target tree for one month or quarter (docs/decisions/0050-target-tree.md): the core goal, course
-- revenue, broken into its drivers as the business logic does it, revenue = new members x activation rate x
-- first-purchase rate x average first-order value + repurchase revenue. The structure is fixed, so each node is a
-- pair of typed columns: its target and its owner (a staff user of the community). Money targets are in the
-- community's KPI currency at the time the tree was saved (currency); rates are percentages. One row per community
-- and period, edited as a whole under optimistic locking (version).
create table kpi_target_tree (
    tenant_id                   uuid            not null references tenant (id),
    community_id                uuid            not null,
    period_kind                 varchar(7)      not null check (period_kind in ('MONTH', 'QUARTER')),
    period_start                date            not null,
    currency                    char(3)         not null check (currency ~ '^[A-Z]{3}$'),
    revenue_target              numeric(16, 2)  not null check (revenue_target > 0),
    revenue_owner               uuid            not null,
    new_members_target          numeric(16, 2)  not null check (new_members_target > 0),
    new_members_owner           uuid            not null,
    activation_rate_target      numeric(5, 2)   not null check (activation_rate_target > 0
                                                                and activation_rate_target <= 100),
    activation_rate_owner       uuid            not null,
    first_purchase_rate_target  numeric(5, 2)   not null check (first_purchase_rate_target > 0
                                                                and first_purchase_rate_target <= 100),
    first_purchase_rate_owner   uuid            not null,
    first_order_value_target    numeric(16, 2)  not null check (first_order_value_target > 0),
    first_order_value_owner     uuid            not null,
    repurchase_revenue_target   numeric(16, 2)  not null check (repurchase_revenue_target > 0),
    repurchase_revenue_owner    uuid            not null,
    created_at                  timestamptz     not null,
    updated_at                  timestamptz     not null,
    version                     bigint          not null,
    primary key (tenant_id, community_id, period_kind, period_start),
    foreign key (tenant_id, community_id) references community (tenant_id, id),
    foreign key (tenant_id, revenue_owner) references user_account (tenant_id, id),
    foreign key (tenant_id, new_members_owner) references user_account (tenant_id, id),
    foreign key (tenant_id, activation_rate_owner) references user_account (tenant_id, id),
    foreign key (tenant_id, first_purchase_rate_owner) references user_account (tenant_id, id),
    foreign key (tenant_id, first_order_value_owner) references user_account (tenant_id, id),
    foreign key (tenant_id, repurchase_revenue_owner) references user_account (tenant_id, id)
);

grant select, insert, update, delete on kpi_target_tree to ${app_role};

alter table kpi_target_tree enable row level security;
alter table kpi_target_tree force row level security;
create policy tenant_isolation on kpi_target_tree
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

comment on table kpi_target_tree is 'owned by kpi';
