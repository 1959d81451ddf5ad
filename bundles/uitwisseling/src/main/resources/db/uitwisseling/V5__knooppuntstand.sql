-- Hub: what each node did at the exchange besides its accepted batches (table ontvangst), one row a node, for the
-- overview of the nodes: how many of its batches were refused and the last refusal (module, kind, status and the
-- problem's title only: never content), and when it last fetched its statements. A node keeps the table empty.
CREATE TABLE knooppuntstand (
    afzender          CHAR(4) NOT NULL PRIMARY KEY,
    geweigerd         BIGINT  NOT NULL DEFAULT 0,
    laatste_weigering TIMESTAMP,
    weigering_module  VARCHAR(40),
    weigering_soort   VARCHAR(40),
    weigering_status  INT,
    weigering_titel   VARCHAR(200),
    laatste_afhaling  TIMESTAMP,
    afrekeningen      INT,
    afhalingen        BIGINT  NOT NULL DEFAULT 0
);
