-- A compact's contacts as compact documents give them: a postal address and a website as well.
ALTER TABLE contact ADD COLUMN address varchar(500);
ALTER TABLE contact ADD COLUMN website varchar(200);
