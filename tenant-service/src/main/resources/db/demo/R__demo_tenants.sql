-- Demo compacts of the embedded default. Not a migration of the schema: it lives in db/demo, which
-- application.yml adds to spring.flyway.locations. A real deployment leaves it out from its first start:
--   SPRING_FLYWAY_LOCATIONS=classpath:db/migration
-- Idempotent: a tenant whose slug exists already is left as it is. Each tenant it inserts also gets a
-- TenantCreated event, as an outstanding publication of the event publication registry (V5) that the
-- service sends when it starts, so sync-service learns the demo federation like any other.
-- The slugs are the groups of the Keycloak realm (infra/keycloak/compacts-realm.json): /tenants/{slug}/{role}.

CREATE TEMPORARY TABLE demo_tenant (
    ord         int,
    slug        varchar(63),
    name        varchar(200),
    level       varchar(16),
    parent_slug varchar(63),
    adoption    varchar(32),
    area        varchar(200)
) ON COMMIT DROP;

INSERT INTO demo_tenant VALUES
    (1, 'national',         'National Compact',          'NATIONAL',   NULL,         'KEEPS_OWN',          'England'),
    (2, 'kent',             'Kent Partners Compact',     'COUNTY',     'national',   'ADOPTS_PARENT_CORE', 'Kent'),
    (3, 'derbyshire',       'Derbyshire Compact',        'COUNTY',     'national',   'ADOPTS_PARENT_CORE', 'Derbyshire'),
    (4, 'swale',            'Swale Compact',             'DISTRICT',   'kent',       'ADOPTS_PARENT_CORE', 'Swale'),
    (5, 'canterbury',       'Canterbury Compact',        'DISTRICT',   'kent',       'ADOPTS_PARENT_CORE', 'Canterbury'),
    (6, 'south-derbyshire', 'South Derbyshire Compact',  'DISTRICT',   'derbyshire', 'ADOPTS_PARENT_CORE', 'South Derbyshire'),
    (7, 'hounslow',         'Hounslow Compact',          'STANDALONE', NULL,         'KEEPS_OWN',          'London Borough of Hounslow');

-- One statement per depth of the graph, parents first: a statement does not see its own inserts.
CREATE TEMPORARY TABLE demo_inserted (ord int, slug varchar(63)) ON COMMIT DROP;

WITH inserted AS (
    INSERT INTO tenant (id, slug, name, level, parent_id, adoption, area)
    SELECT gen_random_uuid(), d.slug, d.name, d.level, NULL, d.adoption, d.area
    FROM demo_tenant d WHERE d.parent_slug IS NULL
    ON CONFLICT (slug) DO NOTHING
    RETURNING slug)
INSERT INTO demo_inserted SELECT d.ord, d.slug FROM inserted i JOIN demo_tenant d ON d.slug = i.slug;

WITH inserted AS (
    INSERT INTO tenant (id, slug, name, level, parent_id, adoption, area)
    SELECT gen_random_uuid(), d.slug, d.name, d.level, p.id, d.adoption, d.area
    FROM demo_tenant d JOIN tenant p ON p.slug = d.parent_slug WHERE d.level = 'COUNTY'
    ON CONFLICT (slug) DO NOTHING
    RETURNING slug)
INSERT INTO demo_inserted SELECT d.ord, d.slug FROM inserted i JOIN demo_tenant d ON d.slug = i.slug;

WITH inserted AS (
    INSERT INTO tenant (id, slug, name, level, parent_id, adoption, area)
    SELECT gen_random_uuid(), d.slug, d.name, d.level, p.id, d.adoption, d.area
    FROM demo_tenant d JOIN tenant p ON p.slug = d.parent_slug WHERE d.level = 'DISTRICT'
    ON CONFLICT (slug) DO NOTHING
    RETURNING slug)
INSERT INTO demo_inserted SELECT d.ord, d.slug FROM inserted i JOIN demo_tenant d ON d.slug = i.slug;

-- The same JSON as the TenantCreated record (org.compacts.contracts.tenant), schema version 1, for Spring
-- Modulith's Kafka externalizer (its listener id is the method's qualified name); one microsecond apart, so
-- parents are sent before their children.
INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
                               completion_attempts)
SELECT gen_random_uuid(),
       'org.springframework.modulith.events.support.DelegatingEventExternalizer.externalize(java.lang.Object)',
       'org.compacts.contracts.tenant.TenantCreated',
       json_build_object(
           'eventId', gen_random_uuid(),
           'tenant', t.slug,
           'occurredAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
           'schemaVersion', 1,
           'name', t.name,
           'level', t.level,
           'parentSlug', p.slug,
           'adoption', t.adoption)::text,
       now() + i.ord * interval '1 microsecond', 'PUBLISHED', 0
FROM demo_inserted i
JOIN tenant t ON t.slug = i.slug
LEFT JOIN tenant p ON p.id = t.parent_id
ORDER BY i.ord;
