-- Every attempt to load regional-config/, so an operator can see when the
-- register changed and why a change was refused. Owned by samenspel-register.
CREATE TABLE laadpoging (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tijdstip      TIMESTAMP     NOT NULL,
    bron          VARCHAR(1000) NOT NULL,
    resultaat     VARCHAR(10)   NOT NULL CONSTRAINT laadpoging_resultaat CHECK (resultaat IN ('GELADEN', 'GEWEIGERD')),
    versie        CHAR(64),
    aantal_fouten INT           NOT NULL,
    fouten        CLOB
);
CREATE INDEX laadpoging_tijdstip ON laadpoging (tijdstip);
