-- A compact's meetings (issue 12): when and where, who came and who sent apologies, the agenda with the
-- minutes of each item, and the actions arising, each of which becomes an action of the compact's plan.
-- The minutes go DRAFT -> CIRCULATED -> APPROVED (at a later meeting); only approved minutes are published.

CREATE TABLE meeting (
    id                    uuid           PRIMARY KEY,
    tenant_id             varchar(63)    NOT NULL,
    title                 varchar(200)   NOT NULL CHECK (btrim(title) <> ''),
    held_on               date           NOT NULL,
    starts_at             time,
    ends_at               time,
    place                 varchar(200),
    online_link           varchar(500),
    previous_meeting_id   uuid,
    minutes_status        varchar(16)    NOT NULL CHECK (minutes_status IN ('DRAFT', 'CIRCULATED', 'APPROVED')),
    circulated_on         date,
    approved_on           date,
    approved_at_meeting_id uuid,
    published             boolean        NOT NULL DEFAULT false,
    created_by            varchar(255)   NOT NULL,
    created_at            timestamptz    NOT NULL DEFAULT now(),
    version               bigint         NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, previous_meeting_id) REFERENCES meeting (tenant_id, id),
    FOREIGN KEY (tenant_id, approved_at_meeting_id) REFERENCES meeting (tenant_id, id),
    -- somewhere to meet: a place, a link, or both
    CHECK (place IS NOT NULL OR online_link IS NOT NULL),
    CHECK (ends_at IS NULL OR starts_at IS NULL OR ends_at > starts_at),
    CHECK ((minutes_status = 'DRAFT') = (circulated_on IS NULL)),
    CHECK ((minutes_status = 'APPROVED') = (approved_at_meeting_id IS NOT NULL AND approved_on IS NOT NULL)),
    -- only approved minutes are ever public
    CHECK (NOT published OR minutes_status = 'APPROVED')
);

CREATE INDEX meeting_held_on_idx ON meeting (tenant_id, held_on);

ALTER TABLE meeting ENABLE ROW LEVEL SECURITY;
ALTER TABLE meeting FORCE ROW LEVEL SECURITY;
CREATE POLICY meeting_of_current_tenant ON meeting
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- Who was there (present) and who sent apologies (not present), in the order minuted. The tenant comes
-- from the transaction's setting, as for plan_action_partner (V13).
CREATE TABLE meeting_attendee (
    tenant_id     varchar(63)   NOT NULL DEFAULT current_setting('compacts.tenant'),
    meeting_id    uuid          NOT NULL,
    position      integer       NOT NULL CHECK (position >= 0),
    name          varchar(200)  NOT NULL CHECK (btrim(name) <> ''),
    organisation  varchar(200),
    initials      varchar(8),
    email         varchar(254),
    present       boolean       NOT NULL,
    PRIMARY KEY (meeting_id, position),
    FOREIGN KEY (tenant_id, meeting_id) REFERENCES meeting (tenant_id, id),
    CHECK (NOT present OR initials IS NOT NULL)
);

ALTER TABLE meeting_attendee ENABLE ROW LEVEL SECURITY;
ALTER TABLE meeting_attendee FORCE ROW LEVEL SECURITY;
CREATE POLICY meeting_attendee_of_current_tenant ON meeting_attendee
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- The agenda, numbered by position, with the minutes of each item.
CREATE TABLE meeting_item (
    tenant_id   varchar(63)     NOT NULL DEFAULT current_setting('compacts.tenant'),
    meeting_id  uuid            NOT NULL,
    position    integer         NOT NULL CHECK (position >= 0),
    title       varchar(200)    NOT NULL CHECK (btrim(title) <> ''),
    minutes     varchar(10000),
    PRIMARY KEY (meeting_id, position),
    FOREIGN KEY (tenant_id, meeting_id) REFERENCES meeting (tenant_id, id)
);

ALTER TABLE meeting_item ENABLE ROW LEVEL SECURITY;
ALTER TABLE meeting_item FORCE ROW LEVEL SECURITY;
CREATE POLICY meeting_item_of_current_tenant ON meeting_item
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- The actions arising, each the plan action it became (plan_action.arising_meeting_id links back).
CREATE TABLE meeting_action (
    tenant_id       varchar(63)    NOT NULL DEFAULT current_setting('compacts.tenant'),
    meeting_id      uuid           NOT NULL,
    position        integer        NOT NULL CHECK (position >= 0),
    text            varchar(200)   NOT NULL CHECK (btrim(text) <> ''),
    -- as minuted ("JD & JP", "ALL"), and whom the initials named among those present when it was added
    owner_initials  varchar(100)   NOT NULL CHECK (btrim(owner_initials) <> ''),
    owner_people    varchar(400)   NOT NULL,
    owner_organisations varchar(400),
    item_number     integer,
    due_on          date           NOT NULL,
    plan_id         uuid           NOT NULL,
    action_id       uuid           NOT NULL,
    PRIMARY KEY (meeting_id, position),
    FOREIGN KEY (tenant_id, meeting_id) REFERENCES meeting (tenant_id, id),
    FOREIGN KEY (tenant_id, action_id) REFERENCES plan_action (tenant_id, id)
);

ALTER TABLE meeting_action ENABLE ROW LEVEL SECURITY;
ALTER TABLE meeting_action FORCE ROW LEVEL SECURITY;
CREATE POLICY meeting_action_of_current_tenant ON meeting_action
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- The other way: an action of a plan names the meeting it arose from, and the day it was held.
ALTER TABLE plan_action ADD COLUMN arising_meeting_id uuid;
ALTER TABLE plan_action ADD COLUMN arising_meeting_on date;
ALTER TABLE plan_action ADD FOREIGN KEY (tenant_id, arising_meeting_id) REFERENCES meeting (tenant_id, id);
ALTER TABLE plan_action ADD CHECK ((arising_meeting_id IS NULL) = (arising_meeting_on IS NULL));
