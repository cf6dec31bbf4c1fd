-- The transactional outbox of tenant events: a change to the registry and the record of the event it
-- publishes commit together; OutboxRelay puts each record on Kafka afterwards, in id order, and marks it
-- published. Delivery is at least once: a crash between sending and marking sends a record again.
CREATE TABLE outbox_message (
    id            bigserial    PRIMARY KEY,
    topic         varchar(249) NOT NULL,
    message_key   varchar(255) NOT NULL,
    -- the fully qualified name of the contract record, sent as the __TypeId__ header
    event_type    varchar(255) NOT NULL,
    -- the JSON value, sent exactly as stored
    payload       text         NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    published_at  timestamptz,
    attempts      integer      NOT NULL DEFAULT 0,
    last_error    varchar(1000)
);

-- The relay only ever looks for what is still to send.
CREATE INDEX outbox_message_pending_idx ON outbox_message (id) WHERE published_at IS NULL;
CREATE INDEX outbox_message_published_idx ON outbox_message (published_at) WHERE published_at IS NOT NULL;
