-- A compact's successes log (issue 12): what went well, who did it, which principles and codes of practice
-- it shows and the evidence; draft -> approved -> public, when it is a case study on the public site and in
-- the search across compacts (ADR 15: read under each compact's own tenant in turn, never around RLS).
CREATE TABLE success (
    id           uuid            PRIMARY KEY,
    tenant_id    varchar(63)     NOT NULL,
    title        varchar(200)    NOT NULL CHECK (btrim(title) <> ''),
    story        varchar(20000)  NOT NULL CHECK (btrim(story) <> ''),
    evidence     varchar(4000),
    place        varchar(200),
    state        varchar(16)     NOT NULL CHECK (state IN ('DRAFT', 'APPROVED', 'PUBLIC')),
    created_by   varchar(255)    NOT NULL,
    created_at   timestamptz     NOT NULL,
    approved_by  varchar(255),
    approved_at  timestamptz,
    public_since timestamptz,
    version      bigint          NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    -- only what was approved is shown: an approver is named whenever it is approved or public
    CHECK ((state = 'DRAFT') = (approved_by IS NULL)),
    CHECK ((state = 'PUBLIC') = (public_since IS NOT NULL))
);

CREATE INDEX success_state_idx ON success (tenant_id, state);

ALTER TABLE success ENABLE ROW LEVEL SECURITY;
ALTER TABLE success FORCE ROW LEVEL SECURITY;
CREATE POLICY success_of_current_tenant ON success
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- The organisations of a success, in the order given: from the signatory register (by id) or named.
-- Hibernate's @TenantId does not reach a collection table, so the tenant comes from the transaction's
-- setting (as plan_action_partner).
CREATE TABLE success_organisation (
    tenant_id        varchar(63)   NOT NULL DEFAULT current_setting('compacts.tenant'),
    success_id       uuid          NOT NULL,
    position         integer       NOT NULL CHECK (position >= 0),
    organisation_id  uuid,
    name             varchar(200),
    PRIMARY KEY (success_id, position),
    FOREIGN KEY (tenant_id, success_id) REFERENCES success (tenant_id, id),
    FOREIGN KEY (tenant_id, organisation_id) REFERENCES organisation (tenant_id, id),
    CHECK ((organisation_id IS NULL) <> (name IS NULL)),
    CHECK (name IS NULL OR btrim(name) <> '')
);

ALTER TABLE success_organisation ENABLE ROW LEVEL SECURITY;
ALTER TABLE success_organisation FORCE ROW LEVEL SECURITY;
CREATE POLICY success_organisation_of_current_tenant ON success_organisation
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- The principles and codes it shows, by the stable shared item (its own or an adopted copy).
CREATE TABLE success_link (
    tenant_id   varchar(63)  NOT NULL DEFAULT current_setting('compacts.tenant'),
    success_id  uuid         NOT NULL,
    position    integer      NOT NULL CHECK (position >= 0),
    item_id     uuid         NOT NULL,
    kind        varchar(16)  NOT NULL CHECK (kind IN ('PRINCIPLE', 'CODE')),
    PRIMARY KEY (success_id, position),
    FOREIGN KEY (tenant_id, success_id) REFERENCES success (tenant_id, id),
    FOREIGN KEY (tenant_id, item_id) REFERENCES shared_item (tenant_id, id)
);

CREATE INDEX success_link_item_idx ON success_link (tenant_id, item_id);

ALTER TABLE success_link ENABLE ROW LEVEL SECURITY;
ALTER TABLE success_link FORCE ROW LEVEL SECURITY;
CREATE POLICY success_link_of_current_tenant ON success_link
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- Links to the evidence (a report, a web page), http or https.
CREATE TABLE success_evidence_link (
    tenant_id   varchar(63)    NOT NULL DEFAULT current_setting('compacts.tenant'),
    success_id  uuid           NOT NULL,
    position    integer        NOT NULL CHECK (position >= 0),
    url         varchar(2000)  NOT NULL CHECK (url ~* '^https?://'),
    PRIMARY KEY (success_id, position),
    FOREIGN KEY (tenant_id, success_id) REFERENCES success (tenant_id, id)
);

ALTER TABLE success_evidence_link ENABLE ROW LEVEL SECURITY;
ALTER TABLE success_evidence_link FORCE ROW LEVEL SECURITY;
CREATE POLICY success_evidence_link_of_current_tenant ON success_evidence_link
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- The sectors it concerns, as the compact names them: "housing", "procurement", "advocacy".
CREATE TABLE success_sector (
    tenant_id   varchar(63)   NOT NULL DEFAULT current_setting('compacts.tenant'),
    success_id  uuid          NOT NULL,
    position    integer       NOT NULL CHECK (position >= 0),
    sector      varchar(100)  NOT NULL CHECK (btrim(sector) <> ''),
    PRIMARY KEY (success_id, position),
    FOREIGN KEY (tenant_id, success_id) REFERENCES success (tenant_id, id)
);

ALTER TABLE success_sector ENABLE ROW LEVEL SECURITY;
ALTER TABLE success_sector FORCE ROW LEVEL SECURITY;
CREATE POLICY success_sector_of_current_tenant ON success_sector
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));
