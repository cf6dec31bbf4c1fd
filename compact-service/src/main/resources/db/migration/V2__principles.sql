-- Shared values and principles of one compact (Openness, Honesty, Accountability, ...).
CREATE TABLE principle (
    id          uuid         PRIMARY KEY,
    tenant_id   varchar(63)  NOT NULL,
    title       varchar(200) NOT NULL,
    body        text         NOT NULL,
    status      varchar(16)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    created_at  timestamptz  NOT NULL DEFAULT now(),
    version     bigint       NOT NULL DEFAULT 0
);

CREATE INDEX principle_tenant_idx ON principle (tenant_id, status);

-- The backstop behind Hibernate's @TenantId: a query that forgets its tenant filter still sees only the
-- tenant of its transaction, and no tenant means no rows. FORCE binds the table's owner as well.
ALTER TABLE principle ENABLE ROW LEVEL SECURITY;
ALTER TABLE principle FORCE ROW LEVEL SECURITY;
CREATE POLICY principle_of_current_tenant ON principle
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));
