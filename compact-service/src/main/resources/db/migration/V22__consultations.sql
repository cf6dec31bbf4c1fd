-- A compact's consultations (issue 13): on a draft principle or code in consultation (comments anchored to
-- its fields) and on a question set, open between two days. The window is judged at opening by the compact's
-- own published Consultation code; the rule used (its numbers and the code version it came from), the verdict
-- and the reason for a window shorter than the minimum are kept and published with the consultation.
CREATE TABLE consultation (
    id                  uuid           PRIMARY KEY,
    tenant_id           varchar(63)    NOT NULL,
    title               varchar(200)   NOT NULL CHECK (btrim(title) <> ''),
    summary             varchar(20000),
    item_id             uuid,
    item_kind           varchar(16)    CHECK (item_kind IN ('PRINCIPLE', 'CODE')),
    item_version        integer        CHECK (item_version > 0),
    opens_on            date           NOT NULL,
    closes_on           date           NOT NULL,
    short_reason        varchar(4000),
    allows_individuals  boolean        NOT NULL,
    -- the question set, written whole while a draft and never after it opens
    questions           jsonb          NOT NULL,
    state               varchar(16)    NOT NULL CHECK (state IN ('DRAFT', 'OPEN', 'CLOSED')),
    rule_standard_days  integer,
    rule_minimum_days   integer,
    rule_source         varchar(300),
    verdict             varchar(24)    CHECK (verdict IN ('ALLOWED', 'WARNED', 'ALLOWED_WITH_REASON')),
    created_by          varchar(255)   NOT NULL,
    created_at          timestamptz    NOT NULL,
    opened_at           timestamptz,
    closed_at           timestamptz,
    version             bigint         NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, item_id) REFERENCES shared_item (tenant_id, id),
    CHECK (closes_on > opens_on),
    CHECK ((item_id IS NULL) = (item_kind IS NULL) AND (item_id IS NULL) = (item_version IS NULL)),
    -- once open, the rule it was judged by is on record
    CHECK ((state = 'DRAFT') = (verdict IS NULL)),
    CHECK ((state = 'DRAFT') = (opened_at IS NULL)),
    CHECK ((state = 'CLOSED') = (closed_at IS NOT NULL)),
    CHECK (verdict IS DISTINCT FROM 'ALLOWED_WITH_REASON' OR btrim(short_reason) <> '')
);

CREATE INDEX consultation_state_idx ON consultation (tenant_id, state);

ALTER TABLE consultation ENABLE ROW LEVEL SECURITY;
ALTER TABLE consultation FORCE ROW LEVEL SECURITY;
CREATE POLICY consultation_of_current_tenant ON consultation
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- One response per organisation (or, where the compact allows it, per individual), by a named person on its
-- behalf; editable until the close, then frozen. Only the person who wrote it reads it; the results read
-- them all once the consultation is closed. The sector is the organisation's when it responded.
CREATE TABLE consultation_response (
    id               uuid           PRIMARY KEY,
    tenant_id        varchar(63)    NOT NULL,
    consultation_id  uuid           NOT NULL,
    organisation_id  uuid,
    sector           varchar(16)    NOT NULL CHECK (sector IN ('PUBLIC', 'VCS', 'PRIVATE', 'INDIVIDUAL')),
    respondent_name  varchar(200)   NOT NULL CHECK (btrim(respondent_name) <> ''),
    responded_by     varchar(255)   NOT NULL,
    content          jsonb          NOT NULL,
    created_at       timestamptz    NOT NULL,
    updated_at       timestamptz    NOT NULL,
    version          bigint         NOT NULL DEFAULT 0,
    FOREIGN KEY (tenant_id, consultation_id) REFERENCES consultation (tenant_id, id),
    FOREIGN KEY (tenant_id, organisation_id) REFERENCES organisation (tenant_id, id),
    CHECK ((organisation_id IS NULL) = (sector = 'INDIVIDUAL')),
    UNIQUE (tenant_id, consultation_id, organisation_id)
);

-- an individual responds once
CREATE UNIQUE INDEX consultation_response_individual_idx
    ON consultation_response (tenant_id, consultation_id, responded_by) WHERE organisation_id IS NULL;

ALTER TABLE consultation_response ENABLE ROW LEVEL SECURITY;
ALTER TABLE consultation_response FORCE ROW LEVEL SECURITY;
CREATE POLICY consultation_response_of_current_tenant ON consultation_response
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));
