-- What sync-service keeps to propagate shared items from their source to its followers.
--
-- Not tenant-scoped, and not under row-level security, unlike the tables of compact-service: sync-service
-- acts across tenants by design (it reads the whole federation graph, fans one county's item out to many
-- districts, and shows a county its districts' states). Its rows are keyed by the district and the source
-- tenant instead; every read for the API names the one tenant the request is about, and the API's security
-- rules check that the caller is a member of that tenant. No tenant's content is kept here beyond the
-- shared items themselves, which their sources publish to their followers anyway.

-- Tenant events arrive in order per tenant; a replay of the compacted topic may bring an older one again.
ALTER TABLE federation_tenant ADD COLUMN occurred_at timestamptz;

-- The ids of the events handled already (tenant events, apply outcomes): delivery is at least once.
CREATE TABLE processed_event (
    event_id     uuid         PRIMARY KEY,
    topic        varchar(249) NOT NULL,
    processed_at timestamptz  NOT NULL DEFAULT now()
);

CREATE INDEX processed_event_processed_at_idx ON processed_event (processed_at);

-- The latest version of each shared item, as its source published it: what a joining district catches up
-- from (the topic is compacted, but the service should not need to re-read it to answer a join).
CREATE TABLE upstream_item (
    source_tenant varchar(63) NOT NULL,
    item_id       uuid        NOT NULL,
    kind          varchar(32) NOT NULL,
    version       integer     NOT NULL CHECK (version > 0),
    mode          varchar(16) NOT NULL,
    retired       boolean     NOT NULL,
    -- the item as its source published it, JSON text that only compact-service reads
    content       text,
    published_at  timestamptz NOT NULL,
    event_id      uuid        NOT NULL,
    received_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (source_tenant, item_id)
);

-- Per district and upstream item: the latest version published, the version the district holds, where it
-- stands, and how long it took.
CREATE TABLE sync_state (
    district         varchar(63) NOT NULL,
    source_tenant    varchar(63) NOT NULL,
    item_id          uuid        NOT NULL,
    upstream_version integer     NOT NULL CHECK (upstream_version > 0),
    applied_version  integer     CHECK (applied_version > 0),
    state            varchar(16) NOT NULL CHECK (state IN ('IN_SYNC', 'PENDING', 'CONFLICT', 'NOT_FOLLOWED')),
    published_at     timestamptz NOT NULL,
    applied_at       timestamptz,
    -- applied_at - published_at of the version that brought it in sync; NULL while it is not
    lag              interval,
    -- what the district said about a merge, a conflict or a refusal
    detail           text,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (district, source_tenant, item_id),
    FOREIGN KEY (source_tenant, item_id) REFERENCES upstream_item (source_tenant, item_id)
);

-- a fan-out and the county's view read by source
CREATE INDEX sync_state_source_idx ON sync_state (source_tenant, item_id);
