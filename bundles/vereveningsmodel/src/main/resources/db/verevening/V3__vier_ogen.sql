-- Four eyes on money: who made a run, and who made it final, so a run is never made final by
-- the person who made it. Nullable, because runs made before this version have no name; such a
-- run may be made final by anyone who holds the role.
ALTER TABLE run ADD COLUMN aangemaakt_door VARCHAR(200);
ALTER TABLE definitief ADD COLUMN vastgesteld_door VARCHAR(200);
