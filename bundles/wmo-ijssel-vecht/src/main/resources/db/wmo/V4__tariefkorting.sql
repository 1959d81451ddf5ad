-- Tariff cuts applied per year and cut group (nl.samenspel.module.tarief): the cut tariffs are in TARIEF,
-- with the cut as their origin; this table says which cut was applied when, so it is applied once.
CREATE TABLE TARIEFKORTING (
    ID          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    JAAR        INTEGER      NOT NULL,
    GROEP       VARCHAR(40)  NOT NULL,
    BASISPUNTEN INTEGER      NOT NULL,
    PRODUCTEN   INTEGER      NOT NULL,
    TIJDSTIP    TIMESTAMP    NOT NULL,
    UNIQUE (JAAR, GROEP)
);
