-- A district's copy of an upstream shared item: which local item copies which item of which source
-- tenant, the upstream version the district last took (the base of a three-way merge) and its content,
-- and, while one is open, the conflict between the district's amendment and a newer upstream version.
CREATE TABLE adoption (
    item_id            uuid         PRIMARY KEY REFERENCES shared_item (id),
    tenant_id          varchar(63)  NOT NULL,
    source_tenant      varchar(63)  NOT NULL,
    source_item_id     uuid         NOT NULL,
    kind               varchar(16)  NOT NULL CHECK (kind IN ('PRINCIPLE', 'CODE')),
    -- the mode of the base version, as its publisher set it
    mode               varchar(16)  NOT NULL CHECK (mode IN ('CORE', 'ADAPTABLE')),
    base_version       integer      NOT NULL CHECK (base_version >= 1),
    base_content       jsonb        NOT NULL,
    -- the open conflict, if any: all four set, or none
    conflict_version   integer      CHECK (conflict_version > base_version),
    conflict_mode      varchar(16)  CHECK (conflict_mode IN ('CORE', 'ADAPTABLE')),
    conflict_content   jsonb,
    conflict_retired   boolean,
    conflict_fields    text[],
    conflict_since     timestamptz,
    row_version        bigint       NOT NULL DEFAULT 0,
    -- one copy per district and upstream item: the key an apply is idempotent by, with the version
    UNIQUE (tenant_id, source_tenant, source_item_id),
    CHECK ((conflict_version IS NULL) = (conflict_content IS NULL)
        AND (conflict_version IS NULL) = (conflict_fields IS NULL)
        AND (conflict_version IS NULL) = (conflict_mode IS NULL)
        AND (conflict_version IS NULL) = (conflict_retired IS NULL))
);

ALTER TABLE adoption ENABLE ROW LEVEL SECURITY;
ALTER TABLE adoption FORCE ROW LEVEL SECURITY;
CREATE POLICY adoption_of_current_tenant ON adoption
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));
