-- Node: when a batch last met an error, apart from when it was last tried. A receipt after failed
-- attempts keeps the error as history (the status shows it as such, with this time), instead of
-- wiping it or giving it the receipt's time (issue 13: the state now apart from the history).
ALTER TABLE batch ADD COLUMN laatste_fout_op TIMESTAMP;
UPDATE batch SET laatste_fout_op = laatste_poging WHERE laatste_fout IS NOT NULL AND laatste_poging IS NOT NULL;
CREATE INDEX batch_fout_op ON batch (laatste_fout_op);
