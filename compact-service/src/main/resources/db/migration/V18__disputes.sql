-- A compact's disputes log (issue 12): a breach raised between parties, the principles and codes it
-- concerns, each stage it was moved to (raised with the other party, informal resolution, local dispute
-- procedure, mediation, advocacy, ombudsman, then resolved or withdrawn), dated, with who moved it and the
-- deadline the stage had. Private to the compact's members; an anonymised summary is published only once
-- resolved. Nothing here is synced or rolled up.
CREATE TABLE dispute (
    id                    uuid           PRIMARY KEY,
    tenant_id             varchar(63)    NOT NULL,
    title                 varchar(200)   NOT NULL CHECK (btrim(title) <> ''),
    summary               varchar(4000)  NOT NULL CHECK (btrim(summary) <> ''),
    stage                 varchar(24)    NOT NULL CHECK (stage IN ('RAISED', 'INFORMAL_RESOLUTION',
                              'LOCAL_PROCEDURE', 'MEDIATION', 'ADVOCACY', 'OMBUDSMAN', 'RESOLVED', 'WITHDRAWN')),
    raised_on             date           NOT NULL,
    stage_since           date           NOT NULL,
    -- the last day of the current stage, fixed when the stage began; none once resolved or withdrawn
    stage_deadline        date,
    -- who moved it into its current stage (who raised it, at first): the person reminded of its deadline
    owner_username        varchar(255)   NOT NULL,
    owner_email           varchar(320),
    outcome               varchar(4000),
    withdrawal_reason     varchar(2000),
    public_summary        varchar(4000),
    summary_published_on  date,
    created_by            varchar(255)   NOT NULL,
    created_at            timestamptz    NOT NULL,
    version               bigint         NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    CHECK (stage_since >= raised_on),
    CHECK ((stage IN ('RESOLVED', 'WITHDRAWN')) = (stage_deadline IS NULL)),
    CHECK ((stage = 'RESOLVED') = (outcome IS NOT NULL)),
    CHECK ((stage = 'WITHDRAWN') = (withdrawal_reason IS NOT NULL)),
    -- what the public site may show is only ever a resolved dispute's agreed summary
    CHECK (summary_published_on IS NULL OR (stage = 'RESOLVED' AND public_summary IS NOT NULL))
);

CREATE INDEX dispute_deadline_idx ON dispute (tenant_id, stage_deadline) WHERE stage_deadline IS NOT NULL;

ALTER TABLE dispute ENABLE ROW LEVEL SECURITY;
ALTER TABLE dispute FORCE ROW LEVEL SECURITY;
CREATE POLICY dispute_of_current_tenant ON dispute
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- The parties, in the order given: an organisation of the signatory register, or one named as typed.
-- The tenant comes from the transaction's setting, as for plan_action_partner (V13).
CREATE TABLE dispute_party (
    tenant_id        varchar(63)   NOT NULL DEFAULT current_setting('compacts.tenant'),
    dispute_id       uuid          NOT NULL,
    position         integer       NOT NULL CHECK (position >= 0),
    organisation_id  uuid,
    name             varchar(200)  CHECK (btrim(name) <> ''),
    PRIMARY KEY (dispute_id, position),
    FOREIGN KEY (tenant_id, dispute_id) REFERENCES dispute (tenant_id, id),
    FOREIGN KEY (tenant_id, organisation_id) REFERENCES organisation (tenant_id, id),
    CHECK ((organisation_id IS NULL) <> (name IS NULL))
);

ALTER TABLE dispute_party ENABLE ROW LEVEL SECURITY;
ALTER TABLE dispute_party FORCE ROW LEVEL SECURITY;
CREATE POLICY dispute_party_of_current_tenant ON dispute_party
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- The principles and codes it concerns, by the stable shared item (its own or an adopted copy), as
-- plan_action_link (V13).
CREATE TABLE dispute_item (
    tenant_id   varchar(63)  NOT NULL DEFAULT current_setting('compacts.tenant'),
    dispute_id  uuid         NOT NULL,
    position    integer      NOT NULL CHECK (position >= 0),
    item_id     uuid         NOT NULL,
    kind        varchar(16)  NOT NULL CHECK (kind IN ('PRINCIPLE', 'CODE')),
    PRIMARY KEY (dispute_id, position),
    FOREIGN KEY (tenant_id, dispute_id) REFERENCES dispute (tenant_id, id),
    FOREIGN KEY (tenant_id, item_id) REFERENCES shared_item (tenant_id, id)
);

CREATE INDEX dispute_item_item_idx ON dispute_item (tenant_id, item_id);

ALTER TABLE dispute_item ENABLE ROW LEVEL SECURITY;
ALTER TABLE dispute_item FORCE ROW LEVEL SECURITY;
CREATE POLICY dispute_item_of_current_tenant ON dispute_item
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- A dispute's history: each stage it was moved to, when, by whom, and the deadline that stage was given.
-- Append-only: the trigger below refuses to change or remove a row, whoever asks.
CREATE TABLE dispute_stage_change (
    id           uuid           PRIMARY KEY,
    tenant_id    varchar(63)    NOT NULL,
    dispute_id   uuid           NOT NULL,
    from_stage   varchar(24),
    to_stage     varchar(24)    NOT NULL,
    happened_on  date           NOT NULL,
    deadline     date,
    note         varchar(4000),
    moved_by     varchar(255)   NOT NULL,
    moved_at     timestamptz    NOT NULL,
    FOREIGN KEY (tenant_id, dispute_id) REFERENCES dispute (tenant_id, id)
);

CREATE INDEX dispute_stage_change_dispute_idx ON dispute_stage_change (tenant_id, dispute_id, moved_at);

ALTER TABLE dispute_stage_change ENABLE ROW LEVEL SECURITY;
ALTER TABLE dispute_stage_change FORCE ROW LEVEL SECURITY;
CREATE POLICY dispute_stage_change_of_current_tenant ON dispute_stage_change
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

CREATE FUNCTION dispute_stage_change_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a dispute''s stage changes are its history: never changed or removed'
        USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER dispute_stage_change_append_only BEFORE UPDATE OR DELETE ON dispute_stage_change
    FOR EACH ROW EXECUTE FUNCTION dispute_stage_change_is_append_only();

-- How many working days each stage has in this compact, once its editors set them (until then the
-- service's defaults hold). One row per compact.
CREATE TABLE dispute_deadlines (
    id                   uuid         PRIMARY KEY,
    tenant_id            varchar(63)  NOT NULL UNIQUE,
    raised               integer      NOT NULL CHECK (raised BETWEEN 1 AND 260),
    informal_resolution  integer      NOT NULL CHECK (informal_resolution BETWEEN 1 AND 260),
    local_procedure      integer      NOT NULL CHECK (local_procedure BETWEEN 1 AND 260),
    mediation            integer      NOT NULL CHECK (mediation BETWEEN 1 AND 260),
    advocacy             integer      NOT NULL CHECK (advocacy BETWEEN 1 AND 260),
    ombudsman            integer      NOT NULL CHECK (ombudsman BETWEEN 1 AND 260),
    changed_by           varchar(255) NOT NULL,
    version              bigint       NOT NULL DEFAULT 0
);

ALTER TABLE dispute_deadlines ENABLE ROW LEVEL SECURITY;
ALTER TABLE dispute_deadlines FORCE ROW LEVEL SECURITY;
CREATE POLICY dispute_deadlines_of_current_tenant ON dispute_deadlines
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));
