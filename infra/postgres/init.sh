#!/usr/bin/env bash
# For infra/compose.yaml: the databases and roles that infra/testkit provisions for the embedded default
# (PostgresServer#database). Each service migrates as <db>_owner and runs as <db>_app, which owns no
# table and cannot bypass row-level security. Demo passwords: change them outside a laptop.
set -euo pipefail
run() { psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --no-psqlrc "$@"; }

run <<'SQL'
CREATE ROLE keycloak_owner LOGIN PASSWORD 'keycloak_owner';
CREATE DATABASE keycloak OWNER keycloak_owner;
SQL

for db in tenants compacts sync; do
  run <<SQL
CREATE ROLE ${db}_owner LOGIN PASSWORD '${db}_owner';
CREATE ROLE ${db}_app LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '${db}_app';
CREATE DATABASE ${db} OWNER ${db}_owner;
SQL
done

for db in tenants compacts sync; do
  run --dbname "$db" <<SQL
ALTER SCHEMA public OWNER TO ${db}_owner;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO ${db}_app;
ALTER DEFAULT PRIVILEGES FOR ROLE ${db}_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${db}_app;
ALTER DEFAULT PRIVILEGES FOR ROLE ${db}_owner IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${db}_app;
SQL
done
