-- The registry of compacts (tenants) and the federation graph between them.
-- The registry is platform-wide data, not owned by one tenant, so it carries no row-level policy.
CREATE TABLE tenant (
    id           uuid         PRIMARY KEY,
    slug         varchar(63)  NOT NULL UNIQUE,
    name         varchar(200) NOT NULL,
    level        varchar(16)  NOT NULL CHECK (level IN ('NATIONAL', 'COUNTY', 'DISTRICT', 'STANDALONE')),
    parent_id    uuid         REFERENCES tenant (id),
    adoption     varchar(32)  NOT NULL CHECK (adoption IN ('ADOPTS_PARENT_CORE', 'KEEPS_OWN', 'ADOPTS_PARENT_AS_FIRST')),
    area         varchar(200),
    contact      varchar(200),
    website      varchar(300),
    archived_at  timestamptz,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    version      bigint       NOT NULL DEFAULT 0,
    CHECK (parent_id IS NULL OR parent_id <> id)
);

CREATE INDEX tenant_parent_idx ON tenant (parent_id);

-- Who changed a tenant's parent or adoption, and when.
CREATE TABLE tenant_change (
    id          bigserial    PRIMARY KEY,
    tenant_id   uuid         NOT NULL REFERENCES tenant (id),
    field       varchar(32)  NOT NULL,
    old_value   varchar(200),
    new_value   varchar(200),
    changed_by  varchar(200) NOT NULL,
    changed_at  timestamptz  NOT NULL DEFAULT now()
);

CREATE INDEX tenant_change_tenant_idx ON tenant_change (tenant_id, changed_at);
