-- A compact's local action plans (issue 11): per period, the actions that put its principles and codes of
-- practice to work, and each action's dated updates. Nothing here is synced: a plan is the compact's own.

-- What an action links to is a shared item of the same compact: tenant and id together, as organisations.
ALTER TABLE shared_item ADD CONSTRAINT shared_item_tenant_id_id_key UNIQUE (tenant_id, id);

CREATE TABLE action_plan (
    id          uuid          PRIMARY KEY,
    tenant_id   varchar(63)   NOT NULL,
    title       varchar(200)  NOT NULL CHECK (btrim(title) <> ''),
    -- a financial year, 2027-28: the second part is the year after the first, its last two digits
    period      varchar(7)    NOT NULL CHECK (CASE WHEN period ~ '^[0-9]{4}-[0-9]{2}$'
                                  THEN (substr(period, 1, 4)::integer + 1) % 100 = substr(period, 6, 2)::integer
                                  ELSE false END),
    visibility  varchar(16)   NOT NULL CHECK (visibility IN ('MEMBERS', 'COUNTY', 'PUBLIC')),
    created_by  varchar(255)  NOT NULL,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    version     bigint        NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, title, period)
);

ALTER TABLE action_plan ENABLE ROW LEVEL SECURITY;
ALTER TABLE action_plan FORCE ROW LEVEL SECURITY;
CREATE POLICY action_plan_of_current_tenant ON action_plan
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- One action of a plan. Its status and progress change only by an update (action_update), which keeps
-- the record of it; completed_on belongs to DONE and drop_reason to DROPPED, and to nothing else.
CREATE TABLE plan_action (
    id                       uuid           PRIMARY KEY,
    tenant_id                varchar(63)    NOT NULL,
    plan_id                  uuid           NOT NULL,
    title                    varchar(200)   NOT NULL CHECK (btrim(title) <> ''),
    outcome                  varchar(2000),
    measure                  varchar(2000),
    owner_organisation_id    uuid,
    owner_organisation_name  varchar(200),
    owner_person             varchar(200),
    start_on                 date,
    due_on                   date,
    priority                 varchar(8)     NOT NULL CHECK (priority IN ('HIGH', 'MEDIUM', 'LOW')),
    ambition                 varchar(16)    NOT NULL CHECK (ambition IN ('ACHIEVABLE', 'ASPIRATIONAL')),
    status                   varchar(16)    NOT NULL
        CHECK (status IN ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'DONE', 'DROPPED')),
    progress                 integer        NOT NULL CHECK (progress BETWEEN 0 AND 100),
    completed_on             date,
    drop_reason              varchar(2000),
    created_by               varchar(255)   NOT NULL,
    created_at               timestamptz    NOT NULL DEFAULT now(),
    updated_at               timestamptz    NOT NULL DEFAULT now(),
    version                  bigint         NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, plan_id) REFERENCES action_plan (tenant_id, id),
    -- the owner from the register, when one is named by id (an action of one compact never names another's)
    FOREIGN KEY (tenant_id, owner_organisation_id) REFERENCES organisation (tenant_id, id),
    CHECK (due_on IS NULL OR start_on IS NULL OR due_on >= start_on),
    CHECK ((status = 'DONE') = (completed_on IS NOT NULL)),
    CHECK (status <> 'DONE' OR progress = 100),
    CHECK ((status = 'DROPPED') = (drop_reason IS NOT NULL))
);

CREATE INDEX plan_action_plan_idx ON plan_action (tenant_id, plan_id);
CREATE INDEX plan_action_owner_idx ON plan_action (tenant_id, owner_organisation_id);

ALTER TABLE plan_action ENABLE ROW LEVEL SECURITY;
ALTER TABLE plan_action FORCE ROW LEVEL SECURITY;
CREATE POLICY plan_action_of_current_tenant ON plan_action
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- The partners of an action, in the order given. Hibernate's @TenantId does not reach a collection table,
-- so the tenant comes from the transaction's setting (as signature_code).
CREATE TABLE plan_action_partner (
    tenant_id  varchar(63)   NOT NULL DEFAULT current_setting('compacts.tenant'),
    action_id  uuid          NOT NULL,
    position   integer       NOT NULL CHECK (position >= 0),
    name       varchar(200)  NOT NULL CHECK (btrim(name) <> ''),
    PRIMARY KEY (action_id, position),
    FOREIGN KEY (tenant_id, action_id) REFERENCES plan_action (tenant_id, id)
);

ALTER TABLE plan_action_partner ENABLE ROW LEVEL SECURITY;
ALTER TABLE plan_action_partner FORCE ROW LEVEL SECURITY;
CREATE POLICY plan_action_partner_of_current_tenant ON plan_action_partner
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- The principles and codes an action puts to work, by the stable shared item (its own or an adopted
-- copy), so a link survives new versions of the item.
CREATE TABLE plan_action_link (
    tenant_id  varchar(63)  NOT NULL DEFAULT current_setting('compacts.tenant'),
    action_id  uuid         NOT NULL,
    position   integer      NOT NULL CHECK (position >= 0),
    item_id    uuid         NOT NULL,
    kind       varchar(16)  NOT NULL CHECK (kind IN ('PRINCIPLE', 'CODE')),
    PRIMARY KEY (action_id, position),
    FOREIGN KEY (tenant_id, action_id) REFERENCES plan_action (tenant_id, id),
    FOREIGN KEY (tenant_id, item_id) REFERENCES shared_item (tenant_id, id)
);

CREATE INDEX plan_action_link_item_idx ON plan_action_link (tenant_id, item_id);

ALTER TABLE plan_action_link ENABLE ROW LEVEL SECURITY;
ALTER TABLE plan_action_link FORCE ROW LEVEL SECURITY;
CREATE POLICY plan_action_link_of_current_tenant ON plan_action_link
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- An action's history: each dated update with the status it moved from and to. Append-only: the
-- trigger below refuses to change or remove a row, whoever asks.
CREATE TABLE action_update (
    id            uuid           PRIMARY KEY,
    tenant_id     varchar(63)    NOT NULL,
    action_id     uuid           NOT NULL,
    happened_on   date           NOT NULL,
    note          varchar(4000)  NOT NULL CHECK (btrim(note) <> ''),
    from_status   varchar(16)    NOT NULL
        CHECK (from_status IN ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'DONE', 'DROPPED')),
    to_status     varchar(16)    NOT NULL
        CHECK (to_status IN ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'DONE', 'DROPPED')),
    progress      integer        NOT NULL CHECK (progress BETWEEN 0 AND 100),
    completed_on  date,
    reason        varchar(2000),
    made_by       varchar(255)   NOT NULL,
    made_at       timestamptz    NOT NULL,
    FOREIGN KEY (tenant_id, action_id) REFERENCES plan_action (tenant_id, id),
    CHECK (to_status <> 'DONE' OR (progress = 100 AND completed_on IS NOT NULL)),
    CHECK (to_status <> 'DROPPED' OR reason IS NOT NULL)
);

CREATE INDEX action_update_action_idx ON action_update (tenant_id, action_id, made_at);

ALTER TABLE action_update ENABLE ROW LEVEL SECURITY;
ALTER TABLE action_update FORCE ROW LEVEL SECURITY;
CREATE POLICY action_update_of_current_tenant ON action_update
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

CREATE FUNCTION action_update_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'an action''s updates are its history: never changed or removed'
        USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER action_update_append_only BEFORE UPDATE OR DELETE ON action_update
    FOR EACH ROW EXECUTE FUNCTION action_update_is_append_only();
