-- Monitoring over tens of thousands of placements: the waiting list joins placements to the
-- application they close, and applications are asked for per year.
CREATE INDEX PLAATSING_AANMELDING ON PLAATSING (HERKOMSTGEMEENTE, AANMELDING);
CREATE INDEX AANMELDING_DATUM ON AANMELDING (DATUM);
