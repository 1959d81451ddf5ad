-- The monitoring over a region's years (docs/performance.md, "Wmo"). V5, not V2: a database that runs the
-- released V1, V3 and V4 would refuse a V2 it never applied (Flyway validates without outOfOrder).

-- Indexes that each hold every column their reads select, so Derby reads the index alone, not the rows of
-- the table (Wmocijfers).

-- Allocations that run in a period: by their end (an open end, NULL, sorts last), so that a half-year's
-- clients, the beweging naar voren, what the allocations of a year commit and the liability for the eigen
-- bijdrage of a year read the allocations that run then, not every allocation since the start.
CREATE INDEX TOEWIJZING_LOOPT ON TOEWIJZING (EINDE, INGANG, STOP_ZORG, GEMEENTE, CATEGORIE, CODE, VOLUME, EENHEID, FREQUENTIE, BUDGET,
    CLIENT, MINDERJARIG);

-- The time from application to allocation: the applications of a year.
CREATE INDEX TOEWIJZING_AANVRAAG ON TOEWIJZING (AANVRAAGDATUM, GEMEENTE, NUMMER, TOEWIJZINGSDATUM, INGANG);

-- What was declared on an allocation, the sum of its lines (REALISATIE.BEDRAG, credits negative), kept by the
-- import in the transaction that stores the lines (WmoOpslag.declaraties), as DECLARATIEMAAND is; lines are
-- never changed or removed, and a replaced allocation keeps its number and so its lines. For the lines
-- stored before this migration it is summed here once.
ALTER TABLE TOEWIJZING ADD COLUMN GEDECLAREERD BIGINT NOT NULL DEFAULT 0;
UPDATE TOEWIJZING T SET GEDECLAREERD = COALESCE((SELECT SUM(R.BEDRAG) FROM REALISATIE R WHERE R.GEMEENTE = T.GEMEENTE
    AND R.NUMMER = T.NUMMER), 0);

-- Allocations that took effect in a period with what the trajectories need (product, stopped or not, declared):
-- a year's trajectories are one range of this index, not a join with a million lines. It starts with INGANG,
-- so it does all TOEWIJZING_INGANG (V1) did, which goes.
CREATE INDEX TOEWIJZING_INGEGAAN ON TOEWIJZING (INGANG, CATEGORIE, CODE, STOP_ZORG, GEDECLAREERD);
DROP INDEX TOEWIJZING_INGANG;

-- The known participants of a period per gemeente, from the index alone; it starts with MAAND, so it does all
-- DEELNEMER_MAAND (V3) did, which goes.
CREATE INDEX DEELNEMER_GEMEENTE ON DEELNEMER (MAAND, GEMEENTE, CLIENT);
DROP INDEX DEELNEMER_MAAND;
