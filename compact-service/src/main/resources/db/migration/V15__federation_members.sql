-- Who follows whom, as compact-service last heard it from tenant-service's events (the compacted topic
-- compacts.tenant-events): what a county's roll-up reads to find its districts, and what lets a county's
-- members read what its districts share with it.
--
-- One row per compact, for the whole platform: no tenant owns a row, so there is no tenant_id, and
-- TenantTablesGuard (which guards the tables that have one) passes it, as it passes event_publication.
-- Row-level security still bounds what the application role does with it: any tenant may read it (a
-- compact's parent is no secret), but only work done outside every tenant (the tenant-events listener) may
-- write it, so no request, in whatever compact it works, changes who follows whom. Nothing deletes a row:
-- an archived compact stays, marked archived.
CREATE TABLE federation_member (
    slug        varchar(63)  PRIMARY KEY,
    level       varchar(16)  NOT NULL CHECK (level IN ('NATIONAL', 'COUNTY', 'DISTRICT', 'STANDALONE')),
    parent_slug varchar(63),
    adoption    varchar(32)  NOT NULL CHECK (adoption IN ('ADOPTS_PARENT_CORE', 'KEEPS_OWN', 'ADOPTS_PARENT_AS_FIRST')),
    archived    boolean      NOT NULL,
    -- the event the row is as of: one that happened earlier (the compacted topic replayed) changes nothing
    occurred_at timestamptz  NOT NULL,
    event_id    uuid         NOT NULL,
    updated_at  timestamptz  NOT NULL DEFAULT now()
);

-- a county's followers
CREATE INDEX federation_member_parent_idx ON federation_member (parent_slug);

ALTER TABLE federation_member ENABLE ROW LEVEL SECURITY;
ALTER TABLE federation_member FORCE ROW LEVEL SECURITY;
CREATE POLICY federation_member_read_by_all ON federation_member FOR SELECT
    USING (true);
CREATE POLICY federation_member_added_outside_tenants ON federation_member FOR INSERT
    WITH CHECK (coalesce(current_setting('compacts.tenant', true), '') = '');
CREATE POLICY federation_member_changed_outside_tenants ON federation_member FOR UPDATE
    USING (coalesce(current_setting('compacts.tenant', true), '') = '')
    WITH CHECK (coalesce(current_setting('compacts.tenant', true), '') = '');
