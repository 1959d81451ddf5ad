-- The exchange (bundle uitwisseling). One schema for both roles: a node uses the outbox and
-- statement tables, the hub the receipt table; the unused ones stay empty.

-- Node: one row per accepted import of a kind the node sends, with the exchange form's header.
CREATE TABLE zending (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    module     VARCHAR(40)   NOT NULL,
    soort      VARCHAR(40)   NOT NULL,
    import_id  BIGINT        NOT NULL,
    kop        VARCHAR(2000) NOT NULL,
    records    INT           NOT NULL,
    aangemaakt TIMESTAMP     NOT NULL
);

-- Node: the outbox, one CSV line per record (pseudonyms, never a BSN), written in the import's
-- own transaction. A row joins a batch before it is sent; rows of a confirmed batch are deleted
-- (the batch row keeps the count and the hub's receipt).
CREATE TABLE uitgaand (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    zending_id BIGINT        NOT NULL REFERENCES zending (id),
    regel      VARCHAR(8000) NOT NULL,
    batch_id   BIGINT
);
CREATE INDEX uitgaand_batch ON uitgaand (batch_id, zending_id, id);

-- Node: a batch, fixed (rows and idempotency key) before its first attempt, so a resend after a
-- failure or a restart is the same batch with the same key. status: open, verzonden, mislukt.
CREATE TABLE batch (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    zending_id     BIGINT        NOT NULL REFERENCES zending (id),
    sleutel        VARCHAR(64)   NOT NULL UNIQUE,
    records        INT           NOT NULL,
    status         VARCHAR(12)   NOT NULL,
    pogingen       INT           NOT NULL,
    laatste_fout   VARCHAR(4000),
    laatste_poging TIMESTAMP,
    bewijs         VARCHAR(4000),
    aangemaakt     TIMESTAMP     NOT NULL,
    afgehandeld    TIMESTAMP
);
CREATE INDEX batch_status ON batch (status, id);

-- Node: statements of final equalization runs, fetched from the hub.
CREATE TABLE afrekening (
    run_id      BIGINT       NOT NULL PRIMARY KEY,
    regio       VARCHAR(100) NOT NULL,
    jaar        INT          NOT NULL,
    vastgesteld TIMESTAMP    NOT NULL,
    budget      BIGINT       NOT NULL,
    kosten      BIGINT       NOT NULL,
    toerekening BIGINT       NOT NULL,
    verevening  BIGINT       NOT NULL,
    saldo       BIGINT       NOT NULL,
    afrekening  CLOB         NOT NULL,
    opgehaald   TIMESTAMP    NOT NULL
);

-- Hub: every accepted batch once, per sender and idempotency key, written in the same
-- transaction as the batch's records; a repeated batch gets this receipt again.
CREATE TABLE ontvangst (
    afzender   CHAR(4)       NOT NULL,
    sleutel    VARCHAR(64)   NOT NULL,
    module     VARCHAR(40)   NOT NULL,
    soort      VARCHAR(40)   NOT NULL,
    inhoud_sha CHAR(64)      NOT NULL,
    records    INT           NOT NULL,
    import_id  BIGINT        NOT NULL,
    ontvangen  TIMESTAMP     NOT NULL,
    PRIMARY KEY (afzender, sleutel)
);
