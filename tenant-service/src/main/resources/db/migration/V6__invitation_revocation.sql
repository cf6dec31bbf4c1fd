-- A tenant admin may revoke an open invitation: its link stops working, and the row stays to say who
-- revoked it and when. A revoked invitation no longer holds the one open place for its address and role.
ALTER TABLE invitation
    ADD COLUMN revoked_at timestamptz,
    ADD COLUMN revoked_by varchar(200),
    ADD CHECK ((revoked_at IS NULL) = (revoked_by IS NULL)),
    ADD CHECK (revoked_at IS NULL OR accepted_at IS NULL);

DROP INDEX invitation_open_idx;
CREATE UNIQUE INDEX invitation_open_idx ON invitation (tenant_slug, lower(email), role)
    WHERE accepted_at IS NULL AND revoked_at IS NULL;
