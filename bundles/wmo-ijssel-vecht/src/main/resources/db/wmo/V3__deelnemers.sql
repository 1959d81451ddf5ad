-- The participants of an algemene voorziening a provider knows by name, as the region's pseudonyms:
-- who is helped without an allocation, for counting distinct clients across provisions (docs/wmo.md).
CREATE TABLE DEELNEMER (
    GEMEENTE    CHAR(4)     NOT NULL,
    AGB         CHAR(8)     NOT NULL REFERENCES AANBIEDER (AGB),
    CATEGORIE   CHAR(2)     NOT NULL,
    CODE        VARCHAR(5)  NOT NULL,
    MAAND       DATE        NOT NULL,
    CLIENT      CHAR(64)    NOT NULL,
    IMPORT_ID   BIGINT      NOT NULL REFERENCES IMPORTLOG (ID),
    PRIMARY KEY (GEMEENTE, AGB, CATEGORIE, CODE, MAAND, CLIENT),
    FOREIGN KEY (CATEGORIE, CODE) REFERENCES PRODUCT (CATEGORIE, CODE)
);
CREATE INDEX DEELNEMER_MAAND ON DEELNEMER (MAAND);
