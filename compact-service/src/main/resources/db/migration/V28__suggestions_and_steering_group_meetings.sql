-- Issue 12's gaps. Feedback and suggested amendments are gathered at any time in a standing register; the
-- next annual review (or the draft there is) gathers those not yet gathered, under the suggestion's own id,
-- and decides them as any other amendment. A meeting may be the steering group's.

CREATE TABLE amendment_suggestion (
    id                 uuid           PRIMARY KEY,
    tenant_id          varchar(63)    NOT NULL,
    suggestion         varchar(4000)  NOT NULL CHECK (btrim(suggestion) <> ''),
    item_id            uuid,
    suggested_by       varchar(200)   NOT NULL CHECK (btrim(suggested_by) <> ''),
    account            varchar(255)   NOT NULL,
    received_on        date           NOT NULL,
    suggested_at       timestamptz    NOT NULL,
    gathered_into      integer        CHECK (gathered_into BETWEEN 1990 AND 2200),
    version            bigint         NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id)
);

CREATE INDEX amendment_suggestion_ungathered ON amendment_suggestion (tenant_id, received_on)
    WHERE gathered_into IS NULL;

ALTER TABLE amendment_suggestion ENABLE ROW LEVEL SECURITY;
ALTER TABLE amendment_suggestion FORCE ROW LEVEL SECURITY;
CREATE POLICY amendment_suggestion_of_current_tenant ON amendment_suggestion
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));

-- the principle or code an amendment is about, by its stable id (gathered suggestions carry it)
ALTER TABLE annual_review_amendment ADD COLUMN item_id uuid;

ALTER TABLE meeting ADD COLUMN steering_group boolean NOT NULL DEFAULT false;
