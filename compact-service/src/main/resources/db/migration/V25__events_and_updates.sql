-- Events and training, and updates to champions (issue 12).

-- A meeting may be an event or a training session (a champions session, joint training, an induction)
-- that the compact's members and champions sign up to. places_taken counts the sign-ups, kept by the
-- trigger below; the CHECK against capacity is what holds when sign-ups come at the same moment: each
-- sign-up updates the meeting's row, so they queue on its lock and the one past capacity fails.
ALTER TABLE meeting ADD COLUMN kind varchar(24) NOT NULL DEFAULT 'MEETING'
    CHECK (kind IN ('MEETING', 'EVENT', 'CHAMPIONS_SESSION', 'JOINT_TRAINING', 'INDUCTION'));
ALTER TABLE meeting ADD COLUMN capacity integer CHECK (capacity > 0);
ALTER TABLE meeting ADD COLUMN places_taken integer NOT NULL DEFAULT 0 CHECK (places_taken >= 0);
ALTER TABLE meeting ADD CONSTRAINT meeting_within_capacity CHECK (capacity IS NULL OR places_taken <= capacity);
-- a meeting of the group is not signed up to
ALTER TABLE meeting ADD CONSTRAINT meeting_open_to_sign_up CHECK (kind <> 'MEETING' OR (capacity IS NULL AND places_taken = 0));

-- Who signed up (a person by username, with the name and e-mail their token gave), and whether they came:
-- attended is null until an editor records the attendance. A cancelled sign-up is deleted, freeing its place.
CREATE TABLE meeting_sign_up (
    tenant_id     varchar(63)   NOT NULL DEFAULT current_setting('compacts.tenant'),
    meeting_id    uuid          NOT NULL,
    person        varchar(255)  NOT NULL CHECK (btrim(person) <> ''),
    name          varchar(200)  NOT NULL CHECK (btrim(name) <> ''),
    email         varchar(254),
    signed_up_at  timestamptz   NOT NULL,
    attended      boolean,
    PRIMARY KEY (meeting_id, person),
    FOREIGN KEY (tenant_id, meeting_id) REFERENCES meeting (tenant_id, id)
);

CREATE INDEX meeting_sign_up_person_idx ON meeting_sign_up (tenant_id, person) WHERE attended;

ALTER TABLE meeting_sign_up ENABLE ROW LEVEL SECURITY;
ALTER TABLE meeting_sign_up FORCE ROW LEVEL SECURITY;
CREATE POLICY meeting_sign_up_of_current_tenant ON meeting_sign_up
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

CREATE FUNCTION meeting_places_taken() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE meeting SET places_taken = places_taken + 1 WHERE tenant_id = NEW.tenant_id AND id = NEW.meeting_id;
        RETURN NEW;
    END IF;
    UPDATE meeting SET places_taken = places_taken - 1 WHERE tenant_id = OLD.tenant_id AND id = OLD.meeting_id;
    RETURN OLD;
END
$$;

CREATE TRIGGER meeting_sign_up_counts AFTER INSERT OR DELETE ON meeting_sign_up
    FOR EACH ROW EXECUTE FUNCTION meeting_places_taken();

-- A champion's e-mail address, optional as before: where the compact's updates to its champions go.
ALTER TABLE champion ADD COLUMN email varchar(254)
    CHECK (email IS NULL OR (email = lower(email) AND email LIKE '_%@_%'));

-- An update an editor sent to the compact's champions or to all its people it knows, kept as a page
-- (public when marked so). The mails go through the notices (kind UPDATE), by each person's preference.
CREATE TABLE compact_update (
    id          uuid            PRIMARY KEY,
    tenant_id   varchar(63)     NOT NULL,
    audience    varchar(16)     NOT NULL CHECK (audience IN ('CHAMPIONS', 'MEMBERS')),
    title       varchar(200)    NOT NULL CHECK (btrim(title) <> ''),
    body        varchar(20000)  NOT NULL CHECK (btrim(body) <> ''),
    published   boolean         NOT NULL DEFAULT false,
    recipients  integer         NOT NULL CHECK (recipients >= 0),
    sent_by     varchar(255)    NOT NULL,
    sent_at     timestamptz     NOT NULL,
    version     bigint          NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id)
);

CREATE INDEX compact_update_sent_at_idx ON compact_update (tenant_id, sent_at DESC);

ALTER TABLE compact_update ENABLE ROW LEVEL SECURITY;
ALTER TABLE compact_update FORCE ROW LEVEL SECURITY;
CREATE POLICY compact_update_of_current_tenant ON compact_update
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));
