-- Performance indicators of a compact: what is measured, in which unit, from a baseline to a target, which
-- way is better and how far short still counts as amber; the readings taken, never changed or removed; and
-- the principles and codes each one evidences. Nothing here is synced: it is the compact's own.
CREATE TABLE indicator (
    id              uuid           PRIMARY KEY,
    tenant_id       varchar(63)    NOT NULL,
    name            varchar(200)   NOT NULL,
    unit            varchar(40)    NOT NULL,
    baseline_value  numeric(18, 4) NOT NULL,
    baseline_on     date           NOT NULL,
    target_value    numeric(18, 4) NOT NULL,
    target_on       date           NOT NULL,
    direction       varchar(16)    NOT NULL CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    tolerance       numeric(18, 4) NOT NULL CHECK (tolerance >= 0),
    visibility      varchar(16)    NOT NULL CHECK (visibility IN ('MEMBERS', 'COUNTY', 'PUBLIC')),
    created_by      varchar(255)   NOT NULL,
    created_at      timestamptz    NOT NULL DEFAULT now(),
    version         bigint         NOT NULL DEFAULT 0,
    -- what readings and links refer to, tenant and id together (see V5)
    UNIQUE (tenant_id, id),
    CHECK (target_on > baseline_on)
);

CREATE UNIQUE INDEX indicator_name_idx ON indicator (tenant_id, lower(name));

ALTER TABLE indicator ENABLE ROW LEVEL SECURITY;
ALTER TABLE indicator FORCE ROW LEVEL SECURITY;
CREATE POLICY indicator_of_current_tenant ON indicator
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- One reading per indicator and day, appended only.
CREATE TABLE indicator_reading (
    id            uuid           PRIMARY KEY,
    tenant_id     varchar(63)    NOT NULL,
    indicator_id  uuid           NOT NULL,
    taken_on      date           NOT NULL,
    value         numeric(18, 4) NOT NULL,
    note          varchar(2000),
    source        varchar(200),
    recorded_by   varchar(255)   NOT NULL,
    recorded_at   timestamptz    NOT NULL,
    FOREIGN KEY (tenant_id, indicator_id) REFERENCES indicator (tenant_id, id),
    UNIQUE (tenant_id, indicator_id, taken_on)
);

-- The service's role may insert and read readings; a reading, once taken, is the record, so the database
-- refuses to change or remove one whoever asks.
CREATE FUNCTION indicator_reading_is_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'an indicator''s readings are never changed or removed' USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
CREATE TRIGGER indicator_reading_kept BEFORE UPDATE OR DELETE ON indicator_reading
    FOR EACH ROW EXECUTE FUNCTION indicator_reading_is_kept();

ALTER TABLE indicator_reading ENABLE ROW LEVEL SECURITY;
ALTER TABLE indicator_reading FORCE ROW LEVEL SECURITY;
CREATE POLICY indicator_reading_of_current_tenant ON indicator_reading
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- A shared item is referred to with its tenant, so a link cannot reach another compact's item whatever
-- row-level security lets a foreign key see. IF NOT EXISTS: the plans' migration may add the same index.
CREATE UNIQUE INDEX IF NOT EXISTS shared_item_tenant_id_idx ON shared_item (tenant_id, id);

-- The principles and codes an indicator evidences, by the stable item id, in the order given. The tenant
-- comes from the transaction's setting, as for signature_code (V5).
CREATE TABLE indicator_item (
    tenant_id     varchar(63)  NOT NULL DEFAULT current_setting('compacts.tenant'),
    indicator_id  uuid         NOT NULL,
    position      integer      NOT NULL CHECK (position >= 0),
    item_id       uuid         NOT NULL,
    PRIMARY KEY (indicator_id, position),
    FOREIGN KEY (tenant_id, indicator_id) REFERENCES indicator (tenant_id, id),
    FOREIGN KEY (tenant_id, item_id) REFERENCES shared_item (tenant_id, id)
);

CREATE INDEX indicator_item_item_idx ON indicator_item (tenant_id, item_id);

ALTER TABLE indicator_item ENABLE ROW LEVEL SECURITY;
ALTER TABLE indicator_item FORCE ROW LEVEL SECURITY;
CREATE POLICY indicator_item_of_current_tenant ON indicator_item
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));
