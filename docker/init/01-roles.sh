#!/bin/sh
# Creates the two roles CommunityOps expects: the schema owner (Liquibase migrates as it) and the runtime role,
# which is neither owner nor superuser and has no BYPASSRLS, so row-level security applies to it.
set -eu
psql -v ON_ERROR_STOP=1 --username postgres <<SQL
create role ${DB_OWNER_USER} login password '${DB_OWNER_PASSWORD}';
create role ${DB_APP_USER} login nosuperuser nobypassrls password '${DB_APP_PASSWORD}';
create database communityops owner ${DB_OWNER_USER};
SQL
