-- The organisations of a compact (public sector, voluntary and community sector, private), each with an
-- optional contact, named once per compact.
CREATE TABLE organisation (
    id             uuid         PRIMARY KEY,
    tenant_id      varchar(63)  NOT NULL,
    name           varchar(200) NOT NULL,
    sector         varchar(16)  NOT NULL CHECK (sector IN ('PUBLIC', 'VCS', 'PRIVATE')),
    contact_name   varchar(200),
    contact_email  varchar(254),
    contact_phone  varchar(40),
    created_at     timestamptz  NOT NULL DEFAULT now(),
    version        bigint       NOT NULL DEFAULT 0,
    -- What rows of other tables refer to, tenant and id together: a reference checked by a foreign key
    -- skips row-level security, so the tenant in the key is what keeps it inside one compact.
    UNIQUE (tenant_id, id)
);

CREATE UNIQUE INDEX organisation_name_idx ON organisation (tenant_id, lower(name));

ALTER TABLE organisation ENABLE ROW LEVEL SECURITY;
ALTER TABLE organisation FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_of_current_tenant ON organisation
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));
