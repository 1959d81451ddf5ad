-- A run made final (definitief): its statements are what the members settle, and the exchange
-- delivers them to the nodes. A separate table, so a run itself is still never changed; one
-- final run per region and year, so a member never gets two statements for the same year.
CREATE TABLE definitief (
    run_id      BIGINT       NOT NULL PRIMARY KEY REFERENCES run (id),
    regio       VARCHAR(100) NOT NULL,
    jaar        INT          NOT NULL,
    vastgesteld TIMESTAMP    NOT NULL
);
CREATE UNIQUE INDEX definitief_regio_jaar ON definitief (regio, jaar);
