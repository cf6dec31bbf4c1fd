-- The transactional outbox: Spring Modulith's event publication registry (its PostgreSQL schema).
-- An edit and the record of the event it publishes commit together; incomplete publications are
-- republished on restart, so consumers must be idempotent.
CREATE TABLE event_publication (
    id                     uuid         NOT NULL PRIMARY KEY,
    listener_id            text         NOT NULL,
    event_type             text         NOT NULL,
    serialized_event       text         NOT NULL,
    publication_date       timestamptz  NOT NULL,
    completion_date        timestamptz
);

CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
