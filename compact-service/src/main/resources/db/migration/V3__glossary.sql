-- A compact's plain-language glossary ("less jargon"): public once written, kept by its editors.
CREATE TABLE glossary_entry (
    id          uuid         PRIMARY KEY,
    tenant_id   varchar(63)  NOT NULL,
    term        varchar(100) NOT NULL,
    meaning     text         NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    version     bigint       NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX glossary_entry_term_idx ON glossary_entry (tenant_id, lower(term));

ALTER TABLE glossary_entry ENABLE ROW LEVEL SECURITY;
ALTER TABLE glossary_entry FORCE ROW LEVEL SECURITY;
CREATE POLICY glossary_entry_of_current_tenant ON glossary_entry
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));
