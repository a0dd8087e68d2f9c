--liquibase formatted sql

--changeset communityops:members-health-figures-1
-- The factors behind a score become figures in columns of their own instead of a JSON list. The daily recompute
-- writes about a million rows: the JSON made each row 500-800 bytes and took a third of the scoring's time to format
-- and parse, and every byte of a rewritten row goes to the WAL (docs/performance.md, "Member health recompute").
-- Each factor keeps its figure and its points (the points a factor adds to the score; warnings and red lines take
-- 10 and 20 each); attendance counts only when the community held activities since the member joined
-- (activities_offered > 0); joined_days_ago is set while the member counts as new.
alter table member_health
    add column silent_days          smallint not null default 0,
    add column recency_points       smallint not null default 0,
    add column active_days          smallint not null default 0,
    add column frequency_points     smallint not null default 0,
    add column engagement_kinds     smallint not null default 0,
    add column breadth_points       smallint not null default 0,
    add column activities_offered   smallint not null default 0,
    add column activities_attended  smallint not null default 0,
    add column attendance_points    smallint not null default 0,
    add column content_days         smallint not null default 0,
    add column content_points       smallint not null default 0,
    add column paid_orders          smallint not null default 0,
    add column purchase_points      smallint not null default 0,
    add column warnings             smallint not null default 0,
    add column red_lines            smallint not null default 0,
    add column joined_days_ago      smallint;

-- The figures of the rows computed so far, from their JSON: the next run would write them anyway, but until then
-- the panels read the columns. Row-level security is lifted for the owner for this one statement, which rewrites
-- every tenant's rows, each from its own JSON.
alter table member_health no force row level security;
update member_health h set
    silent_days = coalesce(f.silent_days, 0), recency_points = coalesce(f.recency_points, 0),
    active_days = coalesce(f.active_days, 0), frequency_points = coalesce(f.frequency_points, 0),
    engagement_kinds = coalesce(f.engagement_kinds, 0), breadth_points = coalesce(f.breadth_points, 0),
    activities_offered = coalesce(f.activities_offered, 0), activities_attended = coalesce(f.activities_attended, 0),
    attendance_points = coalesce(f.attendance_points, 0), content_days = coalesce(f.content_days, 0),
    content_points = coalesce(f.content_points, 0), paid_orders = coalesce(f.paid_orders, 0),
    purchase_points = coalesce(f.purchase_points, 0), warnings = coalesce(f.warnings, 0),
    red_lines = coalesce(f.red_lines, 0), joined_days_ago = f.joined_days_ago
from (select x.tenant_id, x.membership_id,
             max((e ->> 'value')::int) filter (where e ->> 'kind' = 'SILENT_DAYS') as silent_days,
             max((e ->> 'points')::int) filter (where e ->> 'kind' = 'SILENT_DAYS') as recency_points,
             max((e ->> 'value')::int) filter (where e ->> 'kind' = 'ACTIVE_DAYS') as active_days,
             max((e ->> 'points')::int) filter (where e ->> 'kind' = 'ACTIVE_DAYS') as frequency_points,
             max((e ->> 'value')::int) filter (where e ->> 'kind' = 'ENGAGEMENT_KINDS') as engagement_kinds,
             max((e ->> 'points')::int) filter (where e ->> 'kind' = 'ENGAGEMENT_KINDS') as breadth_points,
             max((e ->> 'of')::int) filter (where e ->> 'kind' = 'ATTENDED') as activities_offered,
             max((e ->> 'value')::int) filter (where e ->> 'kind' = 'ATTENDED') as activities_attended,
             max((e ->> 'points')::int) filter (where e ->> 'kind' = 'ATTENDED') as attendance_points,
             max((e ->> 'value')::int) filter (where e ->> 'kind' = 'CONTENT_INTERACTIONS') as content_days,
             max((e ->> 'points')::int) filter (where e ->> 'kind' = 'CONTENT_INTERACTIONS') as content_points,
             max((e ->> 'value')::int) filter (where e ->> 'kind' = 'PURCHASES') as paid_orders,
             max((e ->> 'points')::int) filter (where e ->> 'kind' = 'PURCHASES') as purchase_points,
             max((e ->> 'value')::int) filter (where e ->> 'kind' = 'WARNINGS') as warnings,
             max((e ->> 'value')::int) filter (where e ->> 'kind' = 'RED_LINES') as red_lines,
             max((e ->> 'value')::int) filter (where e ->> 'kind' = 'JOINED_DAYS_AGO') as joined_days_ago
      from member_health x
      cross join lateral jsonb_array_elements(x.factors) e
      group by x.tenant_id, x.membership_id) f
where h.tenant_id = f.tenant_id and h.membership_id = f.membership_id;
alter table member_health force row level security;

alter table member_health drop column factors;
