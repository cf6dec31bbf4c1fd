-- The "Contacts" section of a compact: whom to ask, in the order the compact lists them. Public.
CREATE TABLE contact (
    id                 uuid         PRIMARY KEY,
    tenant_id          varchar(63)  NOT NULL,
    name               varchar(200) NOT NULL,
    role               varchar(200),
    organisation_name  varchar(200),
    email              varchar(254),
    phone              varchar(40),
    position           integer      NOT NULL CHECK (position >= 0),
    created_at         timestamptz  NOT NULL DEFAULT now(),
    version            bigint       NOT NULL DEFAULT 0
);

CREATE INDEX contact_position_idx ON contact (tenant_id, position);

ALTER TABLE contact ENABLE ROW LEVEL SECURITY;
ALTER TABLE contact FORCE ROW LEVEL SECURITY;
CREATE POLICY contact_of_current_tenant ON contact
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));
