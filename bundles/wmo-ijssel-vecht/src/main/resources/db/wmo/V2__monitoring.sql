-- Indexes for the monitoring (docs/performance.md, "Wmo"): each holds every column its reads select, so
-- Derby reads the index alone, not the rows of the table (Wmocijfers).

-- Allocations that run in a period: by their end (an open end, NULL, sorts last), so that a half-year's
-- clients, the beweging naar voren and what the allocations of a year commit read the allocations that
-- run then, not every allocation since the start.
CREATE INDEX TOEWIJZING_LOOPT ON TOEWIJZING (EINDE, INGANG, STOP_ZORG, GEMEENTE, CATEGORIE, CODE, VOLUME, EENHEID, FREQUENTIE, BUDGET,
    CLIENT);

-- The time from application to allocation: the applications of a year.
CREATE INDEX TOEWIJZING_AANVRAAG ON TOEWIJZING (AANVRAAGDATUM, GEMEENTE, NUMMER, TOEWIJZINGSDATUM, INGANG);

-- The declared total per allocation (trajectories): the lines of an allocation read from the index alone.
CREATE INDEX REALISATIE_BEDRAG ON REALISATIE (GEMEENTE, NUMMER, BEDRAG);
