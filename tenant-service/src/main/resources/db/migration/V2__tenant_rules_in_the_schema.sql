-- The rules of the registry that a single row can state, kept by the database as well as by the
-- application (FederationRules), so that no other path can store a tenant the API would refuse.

-- A slug: lower-case letters, digits and single hyphens, 2 to 63 characters, starting with a letter,
-- not ending with a hyphen.
ALTER TABLE tenant ADD CONSTRAINT tenant_slug_format CHECK (slug ~ '^[a-z](-?[a-z0-9])+$');

ALTER TABLE tenant ADD CONSTRAINT tenant_name_not_blank CHECK (btrim(name) <> '');

-- A national and a standalone compact have no parent; a district always has one.
ALTER TABLE tenant ADD CONSTRAINT tenant_parent_by_level CHECK (
    (level IN ('NATIONAL', 'STANDALONE') AND parent_id IS NULL)
    OR (level = 'DISTRICT' AND parent_id IS NOT NULL)
    OR level = 'COUNTY');

-- A tenant without a parent keeps its own compact.
ALTER TABLE tenant ADD CONSTRAINT tenant_adoption_needs_parent CHECK (parent_id IS NOT NULL OR adoption = 'KEEPS_OWN');
