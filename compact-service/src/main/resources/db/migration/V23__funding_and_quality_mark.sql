-- A compact's funding register (issue 13): the grants and contracts between its organisations, each
-- checked against the measurable commitments of the compact's published funding code, and how it stood
-- when last checked: on every change and whenever a code's new version is published. Members only.
CREATE TABLE funding_agreement (
    id                   uuid            PRIMARY KEY,
    tenant_id            varchar(63)     NOT NULL,
    title                varchar(200)    NOT NULL CHECK (btrim(title) <> ''),
    funder_id            uuid            NOT NULL,
    recipient_id         uuid            NOT NULL,
    kind                 varchar(16)     NOT NULL CHECK (kind IN ('GRANT', 'CONTRACT')),
    amount               numeric(12, 2)  NOT NULL CHECK (amount > 0),
    term_months          integer         NOT NULL CHECK (term_months BETWEEN 1 AND 600),
    shorter_term_reason  varchar(2000),
    payment              varchar(16)     NOT NULL CHECK (payment IN ('IN_ADVANCE', 'IN_ARREARS')),
    full_cost_recovery   boolean         NOT NULL,
    notice_weeks         integer         NOT NULL CHECK (notice_weeks BETWEEN 0 AND 520),
    starts_on            date            NOT NULL,
    status               varchar(16)     NOT NULL CHECK (status IN ('COMPLIANT', 'NOT_COMPLIANT', 'NOT_CHECKED')),
    -- the code checked against and its version in force then; none while the compact has no funding code
    code_id              uuid,
    code_title           varchar(200),
    code_version         integer,
    checked_at           timestamptz     NOT NULL,
    -- it passed, and fails since a new version of the code: until it is changed or passes again
    newly_failing        boolean         NOT NULL DEFAULT false,
    recorded_by          varchar(255)    NOT NULL,
    recorded_at          timestamptz     NOT NULL,
    version              bigint          NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, funder_id) REFERENCES organisation (tenant_id, id),
    FOREIGN KEY (tenant_id, recipient_id) REFERENCES organisation (tenant_id, id),
    CHECK (funder_id <> recipient_id),
    CHECK ((status = 'NOT_CHECKED') = (code_id IS NULL)),
    CHECK ((code_id IS NULL) = (code_version IS NULL)),
    CHECK (NOT newly_failing OR status = 'NOT_COMPLIANT')
);

ALTER TABLE funding_agreement ENABLE ROW LEVEL SECURITY;
ALTER TABLE funding_agreement FORCE ROW LEVEL SECURITY;
CREATE POLICY funding_agreement_of_current_tenant ON funding_agreement
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- Each recognised commitment of the code and how the record came out against it, in the code's order.
CREATE TABLE funding_finding (
    tenant_id     varchar(63)    NOT NULL DEFAULT current_setting('compacts.tenant'),
    agreement_id  uuid           NOT NULL,
    position      integer        NOT NULL CHECK (position >= 0),
    commitment    varchar(200)   NOT NULL,
    outcome       varchar(16)    NOT NULL CHECK (outcome IN ('MET', 'NOT_MET', 'NOT_CHECKED')),
    reason        varchar(4000)  NOT NULL,
    PRIMARY KEY (agreement_id, position),
    FOREIGN KEY (tenant_id, agreement_id) REFERENCES funding_agreement (tenant_id, id)
);

ALTER TABLE funding_finding ENABLE ROW LEVEL SECURITY;
ALTER TABLE funding_finding FORCE ROW LEVEL SECURITY;
CREATE POLICY funding_finding_of_current_tenant ON funding_finding
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- An organisation's compliance self-assessment and, once awarded, its quality mark ("Compact compliant"):
-- draft -> submitted -> awarded (until it expires) -> revoked, with the reason; a submitted one may be sent
-- back to draft. The assessment is read by members; an awarded or revoked mark by anyone.
CREATE TABLE self_assessment (
    id                 uuid           PRIMARY KEY,
    tenant_id          varchar(63)    NOT NULL,
    organisation_id    uuid           NOT NULL,
    state              varchar(16)    NOT NULL CHECK (state IN ('DRAFT', 'SUBMITTED', 'AWARDED', 'REVOKED')),
    created_by         varchar(255)   NOT NULL,
    created_at         timestamptz    NOT NULL,
    submitted_at       timestamptz,
    awarded_on         date,
    expires_on         date,
    awarded_by         varchar(255),
    revoked_on         date,
    revocation_reason  varchar(2000),
    revoked_by         varchar(255),
    version            bigint         NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, organisation_id) REFERENCES organisation (tenant_id, id),
    CHECK ((state IN ('AWARDED', 'REVOKED')) = (awarded_on IS NOT NULL AND expires_on IS NOT NULL)),
    CHECK (expires_on IS NULL OR expires_on > awarded_on),
    CHECK ((state = 'REVOKED') = (revoked_on IS NOT NULL AND revocation_reason IS NOT NULL)),
    CHECK ((state = 'DRAFT') = (submitted_at IS NULL))
);

CREATE INDEX self_assessment_expiry_idx ON self_assessment (tenant_id, expires_on) WHERE state = 'AWARDED';

ALTER TABLE self_assessment ENABLE ROW LEVEL SECURITY;
ALTER TABLE self_assessment FORCE ROW LEVEL SECURITY;
CREATE POLICY self_assessment_of_current_tenant ON self_assessment
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- The undertakings asked, fixed when it was begun (the code and version each came from), and the answers.
CREATE TABLE self_assessment_answer (
    tenant_id      varchar(63)    NOT NULL DEFAULT current_setting('compacts.tenant'),
    assessment_id  uuid           NOT NULL,
    position       integer        NOT NULL CHECK (position >= 0),
    code_id        uuid           NOT NULL,
    code_title     varchar(200)   NOT NULL,
    code_version   integer        NOT NULL,
    undertaking    varchar(4000)  NOT NULL,
    response       varchar(16)    CHECK (response IN ('MET', 'PARTLY', 'NOT_MET')),
    evidence       varchar(4000),
    PRIMARY KEY (assessment_id, position),
    FOREIGN KEY (tenant_id, assessment_id) REFERENCES self_assessment (tenant_id, id),
    FOREIGN KEY (tenant_id, code_id) REFERENCES shared_item (tenant_id, id)
);

ALTER TABLE self_assessment_answer ENABLE ROW LEVEL SECURITY;
ALTER TABLE self_assessment_answer FORCE ROW LEVEL SECURITY;
CREATE POLICY self_assessment_answer_of_current_tenant ON self_assessment_answer
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));
