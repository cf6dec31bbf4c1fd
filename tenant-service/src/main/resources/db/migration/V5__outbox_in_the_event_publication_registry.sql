-- One outbox for every service (ADR 11): tenant events go through Spring Modulith's event publication
-- registry, as compact-service's do (its PostgreSQL schema, v2, the same as compact-service's V1 and V9).
-- A change to the registry and the publication of the event it raises commit together; publications not
-- completed are republished at the next start, in the order they were recorded. The rows are events, not
-- any tenant's data: no tenant_id, no RLS.
CREATE TABLE event_publication (
    id                      uuid         NOT NULL PRIMARY KEY,
    listener_id             text         NOT NULL,
    event_type              text         NOT NULL,
    serialized_event        text         NOT NULL,
    publication_date        timestamptz  NOT NULL,
    completion_date         timestamptz,
    status                  text,
    completion_attempts     integer,
    last_resubmission_date  timestamptz
);

CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);

-- What the old relay had not sent yet becomes an outstanding publication of the externalization, in the
-- order the relay would have sent it (id order, one microsecond apart from the oldest), so the first start after this
-- migration sends it. The stored payload is the event's JSON as the registry itself would store it, and the
-- listener is Spring Modulith's Kafka externalizer (its listener id is the method's qualified name).
-- Sent rows are history only: they go with the table.
INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
                               completion_attempts)
SELECT gen_random_uuid(),
       'org.springframework.modulith.events.support.DelegatingEventExternalizer.externalize(java.lang.Object)',
       event_type, payload,
       min(created_at) OVER () + (row_number() OVER (ORDER BY id)) * interval '1 microsecond', 'PUBLISHED', 0
FROM outbox_message
WHERE published_at IS NULL
ORDER BY id;

DROP TABLE outbox_message;
