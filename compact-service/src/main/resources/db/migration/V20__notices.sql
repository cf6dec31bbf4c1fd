-- Reminders and digests by e-mail (issue 12): what each person is to be told, how often they want it, and
-- the record of every mail sent, which is what keeps a mail from going twice (ADR 16).

-- The person an action is given to, by e-mail address: the free-text owner_person names them for people,
-- this reaches them. Optional, as the owner often is an organisation alone.
ALTER TABLE plan_action ADD COLUMN owner_email varchar(254)
    CHECK (owner_email IS NULL OR (owner_email = lower(owner_email) AND owner_email LIKE '_%@_%'));
CREATE INDEX plan_action_owner_email_idx ON plan_action (tenant_id, due_on) WHERE owner_email IS NOT NULL;

-- How often a person hears from one compact: at once, a daily or weekly digest, or not at all. A person
-- is their e-mail address (lower case), as a token's email claim or an action's owner gives it. editor
-- is what the person's token said when they last saved it: upstream versions and conflicts go to editors.
CREATE TABLE notice_preference (
    tenant_id   varchar(63)   NOT NULL,
    person      varchar(254)  NOT NULL CHECK (person = lower(person) AND person LIKE '_%@_%'),
    cadence     varchar(16)   NOT NULL CHECK (cadence IN ('AT_ONCE', 'DAILY', 'WEEKLY', 'NONE')),
    editor      boolean       NOT NULL DEFAULT false,
    updated_at  timestamptz   NOT NULL DEFAULT now(),
    version     bigint        NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, person)
);

ALTER TABLE notice_preference ENABLE ROW LEVEL SECURITY;
ALTER TABLE notice_preference FORCE ROW LEVEL SECURITY;
CREATE POLICY notice_preference_of_current_tenant ON notice_preference
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- One thing one person is to be told. A reminder raised again (the daily scan, a command sent twice) is
-- the same row: one per person, kind and subject. delivery_key names the mail that carried it; a notice
-- without one is still to be sent.
CREATE TABLE notice (
    id            uuid           PRIMARY KEY,
    tenant_id     varchar(63)    NOT NULL,
    recipient     varchar(254)   NOT NULL CHECK (recipient = lower(recipient) AND recipient LIKE '_%@_%'),
    kind          varchar(32)    NOT NULL,
    subject_key   varchar(200)   NOT NULL,
    title         varchar(300)   NOT NULL,
    detail        varchar(2000),
    path          varchar(500),
    raised_at     timestamptz    NOT NULL,
    delivery_key  varchar(200),
    UNIQUE (tenant_id, recipient, kind, subject_key)
);

CREATE INDEX notice_to_send_idx ON notice (tenant_id, recipient) WHERE delivery_key IS NULL;

ALTER TABLE notice ENABLE ROW LEVEL SECURITY;
ALTER TABLE notice FORCE ROW LEVEL SECURITY;
CREATE POLICY notice_of_current_tenant ON notice
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- Every mail, by its idempotency key (a notice's own mail, or a person's digest of a day or a week),
-- claimed in a committed row before it is sent: a key claimed is never sent again, whatever became of
-- the send (at most once: ADR 16). SENDING that stays so is a mail that may or may not have gone.
CREATE TABLE notice_delivery (
    tenant_id     varchar(63)    NOT NULL,
    recipient     varchar(254)   NOT NULL,
    delivery_key  varchar(200)   NOT NULL,
    state         varchar(16)    NOT NULL CHECK (state IN ('SENDING', 'SENT')),
    notices       integer        NOT NULL CHECK (notices > 0),
    message_id    varchar(300)   NOT NULL,
    claimed_at    timestamptz    NOT NULL,
    sent_at       timestamptz,
    PRIMARY KEY (tenant_id, recipient, delivery_key),
    CHECK ((state = 'SENT') = (sent_at IS NOT NULL))
);

ALTER TABLE notice_delivery ENABLE ROW LEVEL SECURITY;
ALTER TABLE notice_delivery FORCE ROW LEVEL SECURITY;
CREATE POLICY notice_delivery_of_current_tenant ON notice_delivery
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- The compacts whose notices the jobs visit, one by one in each one's tenant: the jobs work outside every
-- tenant, where row-level security shows them no notice. Platform-wide like federation_member (no
-- tenant_id); any work may read it, and work in a compact may add that compact only.
CREATE TABLE notice_compact (
    slug      varchar(63)  PRIMARY KEY,
    added_at  timestamptz  NOT NULL DEFAULT now()
);

ALTER TABLE notice_compact ENABLE ROW LEVEL SECURITY;
ALTER TABLE notice_compact FORCE ROW LEVEL SECURITY;
CREATE POLICY notice_compact_read_by_all ON notice_compact FOR SELECT
    USING (true);
CREATE POLICY notice_compact_added_by_itself ON notice_compact FOR INSERT
    WITH CHECK (slug = current_setting('compacts.tenant', true));

-- db-scheduler's table (its PostgreSQL schema, 16.x): each job's next run, taken by one instance at a time.
CREATE TABLE scheduled_tasks (
    task_name             text                      NOT NULL,
    task_instance         text                      NOT NULL,
    task_data             bytea,
    execution_time        timestamp with time zone  NOT NULL,
    picked                boolean                   NOT NULL,
    picked_by             text,
    last_success          timestamp with time zone,
    last_failure          timestamp with time zone,
    consecutive_failures  int,
    last_heartbeat        timestamp with time zone,
    version               bigint                    NOT NULL,
    priority              smallint,
    PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX scheduled_tasks_execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
