-- Node: which inbox file an import's records came from (SHA-256 of its bytes), written in the
-- import's transaction. A file whose import committed but that was not yet moved out of the
-- inbox when the node stopped (kill -9) is recognised at the next start and not read twice.
ALTER TABLE zending ADD COLUMN bestand_sha CHAR(64);
CREATE INDEX zending_bestand ON zending (bestand_sha);
