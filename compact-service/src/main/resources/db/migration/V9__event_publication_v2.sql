-- Spring Modulith 2's event publication registry keeps a status and counts attempts (its v2 schema for
-- PostgreSQL). The rows are events, not any tenant's data, so there is no tenant_id and no RLS here: the
-- registry republishes outstanding events at start-up, when no tenant is set.
ALTER TABLE event_publication ADD COLUMN status text;
ALTER TABLE event_publication ADD COLUMN completion_attempts integer;
ALTER TABLE event_publication ADD COLUMN last_resubmission_date timestamptz;
