-- The monitoring over a region's years (docs/performance.md, "Wmo"). V5, not V2: a database that runs the
-- released V1, V3 and V4 would refuse a V2 it never applied (Flyway validates without outOfOrder).

-- Indexes that each hold every column their reads select, so Derby reads the index alone, not the rows of
-- the table (Wmocijfers).

-- The last day an allocation runs: its end, or the day its support stopped where that came first; NULL while
-- it has neither. "Runs on a day of the period" is INGANG <= the period's last day AND (LOOPT_TOT IS NULL OR
-- LOOPT_TOT >= its first day). Computed by Derby on every insert and update, whatever the import path.
ALTER TABLE TOEWIJZING ADD COLUMN LOOPT_TOT DATE GENERATED ALWAYS AS (CASE WHEN STOP_ZORG IS NOT NULL AND (EINDE IS NULL OR STOP_ZORG < EINDE)
    THEN STOP_ZORG ELSE EINDE END);

-- Allocations that run in a period: by the last day they run (NULL, still open, sorts last), so that a question
-- over a half-year or a year reads the allocations that run then, not every allocation since the start, nor those
-- whose support stopped before the period. Two indexes, each as narrow as its reads: who (the clients per
-- category, the beweging naar voren, the liability for the eigen bijdrage) and how much (what the allocations of
-- a year commit); the client's pseudonym alone is 64 characters, more than all the columns of the second.
CREATE INDEX TOEWIJZING_LOOPT_CLIENT ON TOEWIJZING (LOOPT_TOT, INGANG, GEMEENTE, CLIENT, CATEGORIE, CODE, MINDERJARIG);
CREATE INDEX TOEWIJZING_LOOPT ON TOEWIJZING (LOOPT_TOT, INGANG, GEMEENTE, CATEGORIE, CODE, VOLUME, EENHEID, FREQUENTIE, BUDGET, EINDE,
    STOP_ZORG);

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

-- The known participants per gemeente, client and year with the months they were known in, one bit a month
-- (January 1, February 2, ... December 2048): the distinct participants of a half-year are the rows of the year
-- with a bit of its months, counted per gemeente and MAANDEN by Derby from index DEELNEMERJAAR_TELLING, not
-- 100,000 rows of DEELNEMER read and de-duplicated. Kept by the import in the transaction that stores the
-- participants (WmoOpslag.deelnemers, Wmocijfers.deelnemersBij); participants are only ever added. For those
-- stored before this migration it is filled here once.
CREATE TABLE DEELNEMERJAAR (
    GEMEENTE    CHAR(4)     NOT NULL,
    JAAR        SMALLINT    NOT NULL,
    CLIENT      CHAR(64)    NOT NULL,
    MAANDEN     SMALLINT    NOT NULL,
    PRIMARY KEY (GEMEENTE, JAAR, CLIENT)
);
CREATE INDEX DEELNEMERJAAR_TELLING ON DEELNEMERJAAR (JAAR, GEMEENTE, MAANDEN);
INSERT INTO DEELNEMERJAAR (GEMEENTE, JAAR, CLIENT, MAANDEN)
    SELECT GEMEENTE, JAAR, CLIENT, SUM(MAANDBIT) FROM (SELECT DISTINCT GEMEENTE, YEAR(MAAND) AS JAAR, CLIENT, CASE MONTH(MAAND) WHEN 1 THEN 1
        WHEN 2 THEN 2 WHEN 3 THEN 4 WHEN 4 THEN 8 WHEN 5 THEN 16 WHEN 6 THEN 32 WHEN 7 THEN 64 WHEN 8 THEN 128 WHEN 9 THEN 256 WHEN 10 THEN 512
        WHEN 11 THEN 1024 ELSE 2048 END AS MAANDBIT FROM DEELNEMER) AS D GROUP BY GEMEENTE, JAAR, CLIENT;
