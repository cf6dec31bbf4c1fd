-- Where each shared item stands among its source's items of its kind, as the source last said: sent with
-- every apply command so that a district keeps its copies in the source's order. Null for an item last
-- published before positions were carried (a district places such a copy after the positioned ones).
ALTER TABLE upstream_item ADD COLUMN position integer CHECK (position > 0);
