-- the shared columns of a module's allocation table, and one column of the module's own
CREATE TABLE TOEWIJZING (
    GEMEENTE   CHAR(4)     NOT NULL,
    NUMMER     BIGINT      NOT NULL,
    CLIENT     VARCHAR(64) NOT NULL,
    INGANG     DATE        NOT NULL,
    EINDE      DATE,
    START_ZORG DATE,
    STOP_ZORG  DATE,
    STOP_REDEN VARCHAR(2),
    IMPORT_ID  BIGINT      NOT NULL,
    PRIMARY KEY (GEMEENTE, NUMMER)
);
