-- The performance indicators an action moves (issue 11), by the indicator's id, in the order given. An
-- action and its indicators are of one compact: tenant and id together in both foreign keys (V13, V14), so
-- a link cannot reach another compact's indicator whatever row-level security lets a foreign key see. The
-- tenant comes from the transaction's setting, as for plan_action_link (V13).
CREATE TABLE plan_action_indicator (
    tenant_id     varchar(63)  NOT NULL DEFAULT current_setting('compacts.tenant'),
    action_id     uuid         NOT NULL,
    position      integer      NOT NULL CHECK (position >= 0),
    indicator_id  uuid         NOT NULL,
    PRIMARY KEY (action_id, position),
    FOREIGN KEY (tenant_id, action_id) REFERENCES plan_action (tenant_id, id),
    FOREIGN KEY (tenant_id, indicator_id) REFERENCES indicator (tenant_id, id)
);

CREATE INDEX plan_action_indicator_indicator_idx ON plan_action_indicator (tenant_id, indicator_id);

ALTER TABLE plan_action_indicator ENABLE ROW LEVEL SECURITY;
ALTER TABLE plan_action_indicator FORCE ROW LEVEL SECURITY;
CREATE POLICY plan_action_indicator_of_current_tenant ON plan_action_indicator
    USING (tenant_id = current_setting('compacts.tenant', true))
    WITH CHECK (tenant_id = current_setting('compacts.tenant', true));
