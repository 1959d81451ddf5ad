-- The audit log (BIO2 8.15.01). Owned by samenspel-audit; plain SQL types only, so the same
-- script runs on Derby and PostgreSQL.
--
-- Insert-only: the component never updates a row. Each row carries the hash of the row before
-- it, so a row changed or removed afterwards is found by the check. VOLGNUMMER is given by the
-- writer (last + 1), not by the database, because it is part of what is hashed.
-- TIJD is UTC, at millisecond precision (what is hashed).
CREATE TABLE auditregel (
    volgnummer  BIGINT        NOT NULL PRIMARY KEY,
    tijd        TIMESTAMP     NOT NULL,
    actor       VARCHAR(256)  NOT NULL,
    actie       VARCHAR(512)  NOT NULL,
    object      VARCHAR(1024) NOT NULL,
    resultaat   INT           NOT NULL,
    herkomst    VARCHAR(256)  NOT NULL,
    vorige_hash CHAR(64)      NOT NULL,
    hash        CHAR(64)      NOT NULL
);
CREATE INDEX auditregel_tijd ON auditregel (tijd);
CREATE INDEX auditregel_actor ON auditregel (actor);

-- Where the chain starts after retention removed its oldest rows: the volgnummer and hash of
-- the last removed row. One row per retention run that removed something (insert-only too);
-- the current anchor is the one with the highest volgnummer. No row: the chain starts at
-- volgnummer 1 with 64 zeros.
CREATE TABLE auditanker (
    volgnummer  BIGINT    NOT NULL PRIMARY KEY,
    hash        CHAR(64)  NOT NULL,
    opgeruimd   TIMESTAMP NOT NULL,
    verwijderd  BIGINT    NOT NULL
);
