--liquibase formatted sql

--changeset communityops:table-owners-1
-- Which module owns each table, read from the catalog by ModuleTablesTest: a module's SQL names only its own
-- tables, and reaches another module's data through that module's published service. Nothing moves; the
-- screening tables that 25-30-members.sql created (positioning, policy, conditions, invitation codes, red lines)
-- belong to screening. A new table states its owner the same way in the changelog that creates it.
comment on table tenant is 'owned by tenancy';
comment on table platform_admin is 'owned by security';
comment on table login_email is 'owned by security';
comment on table user_account is 'owned by security';
comment on table user_session is 'owned by security';
comment on table sign_in_throttle is 'owned by security';
comment on table mfa_key_check is 'owned by security';
comment on table client is 'owned by clients';
comment on table community is 'owned by community';
comment on table community_operator is 'owned by community';
comment on table audit_entry is 'owned by audit';
comment on table member_tier is 'owned by members';
comment on table acquisition_channel is 'owned by members';
comment on table member is 'owned by members';
comment on table membership is 'owned by members';
comment on table membership_event is 'owned by members';
comment on table member_match is 'owned by members';
comment on table member_merge_epoch is 'owned by members';
comment on table community_positioning is 'owned by screening';
comment on table screening_policy is 'owned by screening';
comment on table screening_condition is 'owned by screening';
comment on table invitation_code is 'owned by screening';
comment on table red_line is 'owned by screening';
comment on table red_line_revision is 'owned by screening';
comment on table activity_type is 'owned by activity';
comment on table activity_series is 'owned by activity';
comment on table activity is 'owned by activity';
comment on table activity_attendance is 'owned by activity';
comment on table rulebook_item is 'owned by content';
comment on table rulebook_item_revision is 'owned by content';
comment on table content_item is 'owned by content';
comment on table content_item_community is 'owned by content';
comment on table content_transition is 'owned by content';
comment on table calendar_feed is 'owned by calendar';
comment on table money_setting is 'owned by money';
comment on table offer is 'owned by money';
comment on table offer_community is 'owned by money';
comment on table partner is 'owned by money';
comment on table money_order is 'owned by money';
comment on table money_refund is 'owned by money';
comment on table money_review is 'owned by money';
comment on table commission_rate is 'owned by money';
comment on table commission_settlement is 'owned by money';
comment on table engagement_event is 'owned by engagement';
comment on table engagement_event_key is 'owned by engagement';
comment on table api_key is 'owned by api';
comment on table api_idempotency is 'owned by api';
comment on table api_rate_limit is 'owned by api';
comment on table notification is 'owned by notification';
comment on table scheduled_tasks is 'owned by shared';
comment on table tool_category is 'owned by tool';
comment on table tool_settings is 'owned by tool';
comment on table tool is 'owned by tool';
comment on table tool_community is 'owned by tool';
comment on table tool_renewal_notice is 'owned by tool';
comment on table kpi_canvas is 'owned by kpi';
comment on table kpi_setting is 'owned by kpi';
comment on table kpi_target is 'owned by kpi';
comment on table kpi_member_day is 'owned by kpi';
comment on table kpi_daily is 'owned by kpi';
comment on table kpi_rollup_state is 'owned by kpi';
comment on table kpi_member_flow is 'owned by kpi';
comment on table report_snapshot is 'owned by report';
comment on table tenant_branding is 'owned by report';
