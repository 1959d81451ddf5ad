-- Equalization runs, stored once and never changed: the model and every input
-- as used, and the result, so a run can be explained and recomputed years later.
-- Owned by the vereveningsmodel bundle. The code only inserts and reads.
CREATE TABLE run (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    regio           VARCHAR(100) NOT NULL,
    jaar            INT          NOT NULL,
    aangemaakt      TIMESTAMP    NOT NULL,
    register_versie CHAR(64)     NOT NULL,
    model           CLOB         NOT NULL,
    invoer          CLOB         NOT NULL,
    resultaat       CLOB         NOT NULL
);
CREATE INDEX run_regio_jaar ON run (regio, jaar);

-- A scenario comparison: the same inputs under several models, each a run.
CREATE TABLE vergelijking (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    aangemaakt TIMESTAMP NOT NULL
);
CREATE TABLE vergelijking_run (
    vergelijking_id BIGINT NOT NULL REFERENCES vergelijking (id),
    volgorde        INT    NOT NULL,
    run_id          BIGINT NOT NULL REFERENCES run (id),
    PRIMARY KEY (vergelijking_id, volgorde)
);
