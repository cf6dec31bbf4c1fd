-- A compact's steering group and its annual reviews (issue 12). The group (one per compact) has its members
-- and how often it meets; it oversees the compact and signs off each year's review. A review answers the
-- compact's monitoring questions, decides the feedback and suggested amendments gathered since the last one,
-- and at sign-off freezes a snapshot of the year's figures (plan, indicators, disputes, successes): it goes
-- DRAFT -> SIGNED_OFF -> PUBLISHED, and only a published one is public.

CREATE TABLE steering_group (
    id                 uuid           PRIMARY KEY,
    tenant_id          varchar(63)    NOT NULL UNIQUE,
    name               varchar(200)   NOT NULL CHECK (btrim(name) <> ''),
    meetings_per_year  integer        NOT NULL CHECK (meetings_per_year BETWEEN 1 AND 12),
    version            bigint         NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id)
);

ALTER TABLE steering_group ENABLE ROW LEVEL SECURITY;
ALTER TABLE steering_group FORCE ROW LEVEL SECURITY;
CREATE POLICY steering_group_of_current_tenant ON steering_group
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- Its members in the order given. The tenant comes from the transaction's setting, as plan_action_partner.
CREATE TABLE steering_group_member (
    tenant_id          varchar(63)    NOT NULL DEFAULT current_setting('compacts.tenant'),
    steering_group_id  uuid           NOT NULL,
    position           integer        NOT NULL CHECK (position >= 0),
    name               varchar(200)   NOT NULL CHECK (btrim(name) <> ''),
    organisation       varchar(200),
    role               varchar(100),
    PRIMARY KEY (steering_group_id, position),
    FOREIGN KEY (tenant_id, steering_group_id) REFERENCES steering_group (tenant_id, id)
);

ALTER TABLE steering_group_member ENABLE ROW LEVEL SECURITY;
ALTER TABLE steering_group_member FORCE ROW LEVEL SECURITY;
CREATE POLICY steering_group_member_of_current_tenant ON steering_group_member
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- One review per compact and financial year (2026 is April 2026 to March 2027). The snapshot is written once,
-- at sign-off, and never again (json, not jsonb, so its figures keep the order they were written in).
CREATE TABLE annual_review (
    id              uuid           PRIMARY KEY,
    tenant_id       varchar(63)    NOT NULL,
    year            integer        NOT NULL CHECK (year BETWEEN 1990 AND 2200),
    state           varchar(16)    NOT NULL CHECK (state IN ('DRAFT', 'SIGNED_OFF', 'PUBLISHED')),
    started_by      varchar(255)   NOT NULL,
    started_at      timestamptz    NOT NULL,
    snapshot        json,
    signed_off_by   varchar(255),
    signed_off_for  varchar(400),
    signed_off_on   date,
    published_at    timestamptz,
    version         bigint         NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, year),
    CHECK ((state = 'DRAFT') = (snapshot IS NULL)),
    CHECK ((state = 'DRAFT') = (signed_off_on IS NULL)),
    CHECK ((state = 'PUBLISHED') = (published_at IS NOT NULL))
);

ALTER TABLE annual_review ENABLE ROW LEVEL SECURITY;
ALTER TABLE annual_review FORCE ROW LEVEL SECURITY;
CREATE POLICY annual_review_of_current_tenant ON annual_review
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- The monitoring questions and their answers, in order.
CREATE TABLE annual_review_answer (
    tenant_id         varchar(63)     NOT NULL DEFAULT current_setting('compacts.tenant'),
    annual_review_id  uuid            NOT NULL,
    position          integer         NOT NULL CHECK (position >= 0),
    question          varchar(500)    NOT NULL CHECK (btrim(question) <> ''),
    answer            varchar(10000),
    PRIMARY KEY (annual_review_id, position),
    FOREIGN KEY (tenant_id, annual_review_id) REFERENCES annual_review (tenant_id, id)
);

ALTER TABLE annual_review_answer ENABLE ROW LEVEL SECURITY;
ALTER TABLE annual_review_answer FORCE ROW LEVEL SECURITY;
CREATE POLICY annual_review_answer_of_current_tenant ON annual_review_answer
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- Feedback and suggested amendments to the compact, each with what the review decided (PENDING until then;
-- a pending or deferred one is carried into the next year's review under the same id).
CREATE TABLE annual_review_amendment (
    tenant_id         varchar(63)     NOT NULL DEFAULT current_setting('compacts.tenant'),
    annual_review_id  uuid            NOT NULL,
    position          integer         NOT NULL CHECK (position >= 0),
    amendment_id      uuid            NOT NULL,
    suggestion        varchar(4000)   NOT NULL CHECK (btrim(suggestion) <> ''),
    suggested_by      varchar(200)    NOT NULL CHECK (btrim(suggested_by) <> ''),
    received_on       date            NOT NULL,
    decision          varchar(16)     NOT NULL CHECK (decision IN ('PENDING', 'ACCEPTED', 'REJECTED', 'DEFERRED')),
    reason            varchar(4000),
    PRIMARY KEY (annual_review_id, position),
    UNIQUE (annual_review_id, amendment_id),
    FOREIGN KEY (tenant_id, annual_review_id) REFERENCES annual_review (tenant_id, id),
    CHECK (decision = 'PENDING' OR reason IS NOT NULL)
);

ALTER TABLE annual_review_amendment ENABLE ROW LEVEL SECURITY;
ALTER TABLE annual_review_amendment FORCE ROW LEVEL SECURITY;
CREATE POLICY annual_review_amendment_of_current_tenant ON annual_review_amendment
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));
