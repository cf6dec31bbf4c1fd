-- Invitations into a compact by e-mail. The token itself is only in the e-mail: the row keeps its SHA-256
-- (hex), so whoever reads this table cannot accept an invitation. Looked up by that hash, with no tenant in
-- the request, so like the registry it carries no row-level policy; every query names its invitation.
CREATE TABLE invitation (
    id           uuid         PRIMARY KEY,
    tenant_slug  varchar(63)  NOT NULL REFERENCES tenant (slug),
    email        varchar(254) NOT NULL CHECK (btrim(email) <> ''),
    role         varchar(16)  NOT NULL CHECK (role IN ('tenant-admin', 'editor', 'champion', 'member')),
    token_hash   char(64)     NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    invited_by   varchar(200) NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    expires_at   timestamptz  NOT NULL,
    accepted_at  timestamptz,
    accepted_by  varchar(200),
    CHECK (expires_at > created_at),
    CHECK ((accepted_at IS NULL) = (accepted_by IS NULL))
);

-- One open (not yet accepted) invitation per tenant, address and role; inviting again replaces it.
CREATE UNIQUE INDEX invitation_open_idx ON invitation (tenant_slug, lower(email), role) WHERE accepted_at IS NULL;
