-- The prose sections of a compact's document (foreword, introduction, implementation, compliance and
-- resolution, monitoring and review). Principles, codes, glossary and contacts are kept in their own tables.
-- One row per section and compact; public once written, kept by the compact's editors.
CREATE TABLE document_section (
    id          uuid         PRIMARY KEY,
    tenant_id   varchar(63)  NOT NULL,
    key         varchar(40)  NOT NULL
                CHECK (key IN ('FOREWORD', 'INTRODUCTION', 'IMPLEMENTATION', 'COMPLIANCE_AND_RESOLUTION',
                               'MONITORING_AND_REVIEW')),
    title       varchar(200) NOT NULL,
    body        text         NOT NULL CHECK (length(body) <= 100000),
    updated_by  varchar(255) NOT NULL,
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    version     bigint       NOT NULL DEFAULT 0,
    CONSTRAINT document_section_key_unique UNIQUE (tenant_id, key)
);

ALTER TABLE document_section ENABLE ROW LEVEL SECURITY;
ALTER TABLE document_section FORCE ROW LEVEL SECURITY;
CREATE POLICY document_section_of_current_tenant ON document_section
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));
