-- Shared items (principles and codes of practice) are versioned: an item row, one row per version
-- (whose content never changes once written) and every status a version passed through, with who and
-- when. The principle table of V2 held unversioned drafts of the first slice and no demo data; its
-- rows cannot become histories, so it goes.
DROP TABLE principle;

CREATE TABLE shared_item (
    id             uuid         PRIMARY KEY,
    tenant_id      varchar(63)  NOT NULL,
    kind           varchar(16)  NOT NULL CHECK (kind IN ('PRINCIPLE', 'CODE')),
    -- the order the items are read in, within their kind
    position       integer      NOT NULL,
    -- the number of the latest version: the optimistic lock two concurrent edits meet on
    latest_number  integer      NOT NULL CHECK (latest_number >= 1),
    created_at     timestamptz  NOT NULL DEFAULT now(),
    row_version    bigint       NOT NULL DEFAULT 0
);

CREATE INDEX shared_item_tenant_idx ON shared_item (tenant_id, kind, position);

CREATE TABLE item_version (
    id         uuid         PRIMARY KEY,
    tenant_id  varchar(63)  NOT NULL,
    item_id    uuid         NOT NULL REFERENCES shared_item (id),
    number     integer      NOT NULL CHECK (number >= 1),
    mode       varchar(16)  NOT NULL CHECK (mode IN ('CORE', 'ADAPTABLE')),
    content    jsonb        NOT NULL,
    -- the last of its status changes, kept here so "what is published" is one indexed query
    status     varchar(16)  NOT NULL
        CHECK (status IN ('DRAFT', 'CONSULTATION', 'PUBLISHED', 'SUPERSEDED', 'RETIRED', 'WITHDRAWN')),
    UNIQUE (item_id, number)
);

-- The domain allows one published version per item; the database holds to it under any race. Checked
-- at commit, because a publication moves two rows (the old one to superseded, the new one to published)
-- and their order within the flush is not ours to choose.
ALTER TABLE item_version ADD CONSTRAINT item_version_one_published
    EXCLUDE (item_id WITH =) WHERE (status = 'PUBLISHED') DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX item_version_tenant_status_idx ON item_version (tenant_id, status);

CREATE TABLE item_status_change (
    id          uuid          PRIMARY KEY,
    tenant_id   varchar(63)   NOT NULL,
    version_id  uuid          NOT NULL REFERENCES item_version (id),
    seq         integer       NOT NULL CHECK (seq >= 0),
    status      varchar(16)   NOT NULL
        CHECK (status IN ('DRAFT', 'CONSULTATION', 'PUBLISHED', 'SUPERSEDED', 'RETIRED', 'WITHDRAWN')),
    changed_by  varchar(255)  NOT NULL,
    changed_at  timestamptz   NOT NULL,
    UNIQUE (version_id, seq)
);

ALTER TABLE shared_item ENABLE ROW LEVEL SECURITY;
ALTER TABLE shared_item FORCE ROW LEVEL SECURITY;
CREATE POLICY shared_item_of_current_tenant ON shared_item
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

ALTER TABLE item_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE item_version FORCE ROW LEVEL SECURITY;
CREATE POLICY item_version_of_current_tenant ON item_version
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

ALTER TABLE item_status_change ENABLE ROW LEVEL SECURITY;
ALTER TABLE item_status_change FORCE ROW LEVEL SECURITY;
CREATE POLICY item_status_change_of_current_tenant ON item_status_change
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));
