-- The signatories of a compact: its organisations (public sector, voluntary and community sector, private),
-- each with an optional contact and named once per compact, and their signatures.
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

-- What an organisation signed, when, and as what. Withdrawn rather than removed, so the record shows who
-- signed and who left, and when.
CREATE TABLE signature (
    id                      uuid          PRIMARY KEY,
    tenant_id               varchar(63)   NOT NULL,
    organisation_id         uuid          NOT NULL,
    signed_on               date          NOT NULL,
    principles              boolean       NOT NULL,
    signed_as               varchar(16)   NOT NULL CHECK (signed_as IN ('PARTNERSHIP', 'SEPARATE_ENTITY')),
    recorded_by             varchar(255)  NOT NULL,
    withdrawn_on            date,
    withdrawal_reason       varchar(2000),
    withdrawal_recorded_by  varchar(255),
    created_at              timestamptz   NOT NULL DEFAULT now(),
    version                 bigint        NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, organisation_id) REFERENCES organisation (tenant_id, id),
    CHECK (withdrawn_on IS NULL OR withdrawn_on >= signed_on)
);

CREATE INDEX signature_organisation_idx ON signature (tenant_id, organisation_id);

ALTER TABLE signature ENABLE ROW LEVEL SECURITY;
ALTER TABLE signature FORCE ROW LEVEL SECURITY;
CREATE POLICY signature_of_current_tenant ON signature
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- The codes of practice a signature covers, in the order they were given: ids of shared items of kind
-- CODE, checked when written. Hibernate's @TenantId does not reach a collection table, so the tenant
-- comes from the transaction's setting (an error when there is none); the reference to the signature
-- includes it, so a row can only belong to a signature of its own compact.
CREATE TABLE signature_code (
    tenant_id     varchar(63)  NOT NULL DEFAULT current_setting('compacts.tenant'),
    signature_id  uuid         NOT NULL,
    position      integer      NOT NULL,
    code_id       uuid         NOT NULL,
    PRIMARY KEY (signature_id, position),
    FOREIGN KEY (tenant_id, signature_id) REFERENCES signature (tenant_id, id)
);

CREATE INDEX signature_code_code_idx ON signature_code (tenant_id, code_id);

ALTER TABLE signature_code ENABLE ROW LEVEL SECURITY;
ALTER TABLE signature_code FORCE ROW LEVEL SECURITY;
CREATE POLICY signature_code_of_current_tenant ON signature_code
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));
