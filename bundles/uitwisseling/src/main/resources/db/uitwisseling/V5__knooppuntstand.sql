-- Hub: what each node did at the exchange besides its accepted batches (table ontvangst), for the overview of
-- the nodes: batches refused (only module, kind, status and the problem's title: never content), and when it
-- last fetched its statements. A node keeps both tables empty.
CREATE TABLE ontvangst_weigering (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    afzender CHAR(4)      NOT NULL,
    module   VARCHAR(40)  NOT NULL,
    soort    VARCHAR(40)  NOT NULL,
    status   INT          NOT NULL,
    titel    VARCHAR(200) NOT NULL,
    tijdstip TIMESTAMP    NOT NULL
);
CREATE INDEX ontvangst_weigering_afzender ON ontvangst_weigering (afzender, tijdstip);

CREATE TABLE afhaling (
    afzender     CHAR(4)   NOT NULL PRIMARY KEY,
    laatste      TIMESTAMP NOT NULL,
    afrekeningen INT       NOT NULL,
    keer         BIGINT    NOT NULL
);
