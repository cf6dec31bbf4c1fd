-- Compact Champions: a person (an identity user, by username) nominated for one of the compact's
-- organisations, from a date until they stand down. Stood-down nominations stay as the record.
CREATE TABLE champion (
    id               uuid         PRIMARY KEY,
    tenant_id        varchar(63)  NOT NULL,
    username         varchar(255) NOT NULL,
    organisation_id  uuid         NOT NULL,
    nominated_on     date         NOT NULL,
    stood_down_on    date,
    recorded_by      varchar(255) NOT NULL,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    version          bigint       NOT NULL DEFAULT 0,
    -- The tenant is part of the reference, so no champion of one compact points at another's organisation.
    FOREIGN KEY (tenant_id, organisation_id) REFERENCES organisation (tenant_id, id),
    CHECK (stood_down_on IS NULL OR stood_down_on >= nominated_on)
);

-- One active nomination per person per organisation; a person may champion several organisations.
CREATE UNIQUE INDEX champion_active_idx ON champion (tenant_id, organisation_id, username)
    WHERE stood_down_on IS NULL;
CREATE INDEX champion_organisation_idx ON champion (tenant_id, organisation_id);

ALTER TABLE champion ENABLE ROW LEVEL SECURITY;
ALTER TABLE champion FORCE ROW LEVEL SECURITY;
CREATE POLICY champion_of_current_tenant ON champion
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));
