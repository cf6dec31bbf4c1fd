-- "You said, we did" (issue 13): after a consultation closes, its editors answer each point (a question, or
-- the field of the draft a comment is anchored to), each answer optionally linked to the version of a principle
-- or code that changed because of it (stable item id and version number). Public once the consultation closes.
CREATE TABLE consultation_reply (
    id               uuid           PRIMARY KEY,
    tenant_id        varchar(63)    NOT NULL,
    consultation_id  uuid           NOT NULL,
    question         integer        CHECK (question >= 0),
    anchor           varchar(100),
    text             varchar(10000) NOT NULL CHECK (btrim(text) <> ''),
    item_id          uuid,
    item_version     integer        CHECK (item_version > 0),
    answered_by      varchar(255)   NOT NULL,
    answered_at      timestamptz    NOT NULL,
    version          bigint         NOT NULL DEFAULT 0,
    FOREIGN KEY (tenant_id, consultation_id) REFERENCES consultation (tenant_id, id),
    FOREIGN KEY (tenant_id, item_id) REFERENCES shared_item (tenant_id, id),
    CHECK ((question IS NULL) <> (anchor IS NULL)),
    CHECK ((item_id IS NULL) = (item_version IS NULL))
);

-- one answer per point
CREATE UNIQUE INDEX consultation_reply_question_idx
    ON consultation_reply (tenant_id, consultation_id, question) WHERE question IS NOT NULL;
CREATE UNIQUE INDEX consultation_reply_anchor_idx
    ON consultation_reply (tenant_id, consultation_id, anchor) WHERE anchor IS NOT NULL;

ALTER TABLE consultation_reply ENABLE ROW LEVEL SECURITY;
ALTER TABLE consultation_reply FORCE ROW LEVEL SECURITY;
CREATE POLICY consultation_reply_of_current_tenant ON consultation_reply
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- From consultation to work: the plan action an aspirational point became, at most one per point, so making
-- them twice makes none the second time. The action is made by the plan package and links back
-- (plan_action.arising_consultation_id and arising_point).
CREATE TABLE consultation_point_action (
    id               uuid           PRIMARY KEY,
    tenant_id        varchar(63)    NOT NULL,
    consultation_id  uuid           NOT NULL,
    question         integer        CHECK (question >= 0),
    anchor           varchar(100),
    plan_id          uuid           NOT NULL,
    action_id        uuid           NOT NULL,
    made_by          varchar(255)   NOT NULL,
    made_at          timestamptz    NOT NULL,
    FOREIGN KEY (tenant_id, consultation_id) REFERENCES consultation (tenant_id, id),
    FOREIGN KEY (tenant_id, plan_id) REFERENCES action_plan (tenant_id, id),
    FOREIGN KEY (tenant_id, action_id) REFERENCES plan_action (tenant_id, id),
    CHECK ((question IS NULL) <> (anchor IS NULL))
);

CREATE UNIQUE INDEX consultation_point_action_question_idx
    ON consultation_point_action (tenant_id, consultation_id, question) WHERE question IS NOT NULL;
CREATE UNIQUE INDEX consultation_point_action_anchor_idx
    ON consultation_point_action (tenant_id, consultation_id, anchor) WHERE anchor IS NOT NULL;

ALTER TABLE consultation_point_action ENABLE ROW LEVEL SECURITY;
ALTER TABLE consultation_point_action FORCE ROW LEVEL SECURITY;
CREATE POLICY consultation_point_action_of_current_tenant ON consultation_point_action
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

ALTER TABLE plan_action ADD COLUMN arising_consultation_id uuid;
ALTER TABLE plan_action ADD COLUMN arising_point varchar(120);
ALTER TABLE plan_action ADD FOREIGN KEY (tenant_id, arising_consultation_id) REFERENCES consultation (tenant_id, id);
ALTER TABLE plan_action ADD CHECK ((arising_consultation_id IS NULL) = (arising_point IS NULL));
