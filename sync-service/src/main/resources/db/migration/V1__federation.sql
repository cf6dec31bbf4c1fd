-- sync-service's own copy of the federation graph, kept from tenant events: who follows whom.
CREATE TABLE federation_tenant (
    slug        varchar(63)  PRIMARY KEY,
    level       varchar(16)  NOT NULL,
    parent_slug varchar(63),
    adoption    varchar(32)  NOT NULL,
    archived    boolean      NOT NULL DEFAULT false,
    updated_at  timestamptz  NOT NULL DEFAULT now()
);

CREATE INDEX federation_tenant_parent_idx ON federation_tenant (parent_slug);
