-- The public read model of the shared items (ADR 17): for each item with a version in force, that
-- version as the public reads it, so a public list or document is one indexed query and no history is
-- rebuilt. Written by compact-service in the transaction that publishes, supersedes or retires, so a
-- read after a publication's answer sees it; a retired item (or one never published) has no row.
CREATE TABLE published_item (
    -- the item's id
    id         uuid         PRIMARY KEY REFERENCES shared_item (id),
    tenant_id  varchar(63)  NOT NULL,
    kind       varchar(16)  NOT NULL CHECK (kind IN ('PRINCIPLE', 'CODE')),
    number     integer      NOT NULL CHECK (number >= 1),
    mode       varchar(16)  NOT NULL CHECK (mode IN ('CORE', 'ADAPTABLE')),
    content    jsonb        NOT NULL
);

CREATE INDEX published_item_tenant_idx ON published_item (tenant_id, kind);

-- What was published before this migration: read past row-level security by the owner, once.
ALTER TABLE item_version NO FORCE ROW LEVEL SECURITY;
ALTER TABLE shared_item NO FORCE ROW LEVEL SECURITY;
INSERT INTO published_item (id, tenant_id, kind, number, mode, content)
SELECT v.item_id, v.tenant_id, i.kind, v.number, v.mode, v.content
FROM item_version v JOIN shared_item i ON i.id = v.item_id
WHERE v.status = 'PUBLISHED';
ALTER TABLE item_version FORCE ROW LEVEL SECURITY;
ALTER TABLE shared_item FORCE ROW LEVEL SECURITY;

-- A counter per compact, raised at the commit of every change to its items: the
-- validator (ETag) of its item lists and document, read in one primary-key lookup, so a conditional
-- GET that changed nothing costs no content read. Raised just before the commit, after every other
-- lock the transaction takes, so it adds no lock-order deadlock between writers.
CREATE TABLE content_revision (
    tenant_id  varchar(63)  PRIMARY KEY,
    revision   bigint       NOT NULL
);

ALTER TABLE published_item ENABLE ROW LEVEL SECURITY;
ALTER TABLE published_item FORCE ROW LEVEL SECURITY;
CREATE POLICY published_item_of_current_tenant ON published_item
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

ALTER TABLE content_revision ENABLE ROW LEVEL SECURITY;
ALTER TABLE content_revision FORCE ROW LEVEL SECURITY;
CREATE POLICY content_revision_of_current_tenant ON content_revision
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));
