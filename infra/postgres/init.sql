-- For infra/compose.yaml: the databases and roles that infra/testkit provisions for the embedded default
-- (PostgresServer#database). Each service migrates as <db>_owner and runs as <db>_app, which owns no
-- table and cannot bypass row-level security. Demo passwords: change them outside a laptop.
\set ON_ERROR_STOP on
CREATE ROLE keycloak_owner LOGIN PASSWORD 'keycloak_owner';
CREATE DATABASE keycloak OWNER keycloak_owner;

CREATE ROLE tenants_owner LOGIN PASSWORD 'tenants_owner';
CREATE ROLE tenants_app LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD 'tenants_app';
CREATE DATABASE tenants OWNER tenants_owner;

CREATE ROLE compacts_owner LOGIN PASSWORD 'compacts_owner';
CREATE ROLE compacts_app LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD 'compacts_app';
CREATE DATABASE compacts OWNER compacts_owner;

CREATE ROLE sync_owner LOGIN PASSWORD 'sync_owner';
CREATE ROLE sync_app LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD 'sync_app';
CREATE DATABASE sync OWNER sync_owner;

\connect tenants
ALTER SCHEMA public OWNER TO tenants_owner;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO tenants_app;
ALTER DEFAULT PRIVILEGES FOR ROLE tenants_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO tenants_app;
ALTER DEFAULT PRIVILEGES FOR ROLE tenants_owner IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO tenants_app;

\connect compacts
ALTER SCHEMA public OWNER TO compacts_owner;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO compacts_app;
ALTER DEFAULT PRIVILEGES FOR ROLE compacts_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO compacts_app;
ALTER DEFAULT PRIVILEGES FOR ROLE compacts_owner IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO compacts_app;

\connect sync
ALTER SCHEMA public OWNER TO sync_owner;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO sync_app;
ALTER DEFAULT PRIVILEGES FOR ROLE sync_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO sync_app;
ALTER DEFAULT PRIVILEGES FOR ROLE sync_owner IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO sync_app;
