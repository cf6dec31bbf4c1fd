-- Where the source placed the item a copy takes, among the source's items of its kind: the district keeps
-- its copies in this order (see item.ItemOrder). Null for a copy taken from a command that carried no
-- position (one sent before positions were): such a copy stands after the positioned ones.
ALTER TABLE adoption ADD COLUMN source_position integer CHECK (source_position > 0);
