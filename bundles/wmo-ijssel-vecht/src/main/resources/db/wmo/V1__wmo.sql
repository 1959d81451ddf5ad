-- Wmo IJssel-Vecht (docs/wmo.md). Amounts are eurocents (BIGINT); clients are pseudonyms, never a BSN;
-- no birth date is stored: only whether the client was under 18 on the allocation's ingangsdatum.

CREATE TABLE AANBIEDER (
    AGB         CHAR(8)      NOT NULL PRIMARY KEY,
    NAAM        VARCHAR(200) NOT NULL
);

-- A product as it is now; its dated attributes are in PRODUCTPERIODE.
CREATE TABLE PRODUCT (
    CATEGORIE     CHAR(2)      NOT NULL,
    CODE          VARCHAR(5)   NOT NULL,
    OMSCHRIJVING  VARCHAR(200) NOT NULL,
    PRIMARY KEY (CATEGORIE, CODE)
);

-- Unit, execution variant, kind of provision and cut group are dated: a product file adds or closes a
-- period and never rewrites the past silently (nl.samenspel.module.Periodewijziging).
CREATE TABLE PRODUCTPERIODE (
    CATEGORIE     CHAR(2)     NOT NULL,
    CODE          VARCHAR(5)  NOT NULL,
    INGANG        DATE        NOT NULL,
    EINDE         DATE,
    EENHEID       CHAR(2)     NOT NULL,
    VARIANT       VARCHAR(20) NOT NULL,
    VOORZIENING   VARCHAR(10) NOT NULL,
    KORTINGSGROEP VARCHAR(40),
    PRIMARY KEY (CATEGORIE, CODE, INGANG),
    FOREIGN KEY (CATEGORIE, CODE) REFERENCES PRODUCT (CATEGORIE, CODE),
    CONSTRAINT PRODUCTPERIODE_VOORZIENING CHECK (VOORZIENING IN ('maatwerk', 'algemeen'))
);

-- Tariff history: a cut closes the tariff in force and adds a new one, it never overwrites.
CREATE TABLE TARIEF (
    ID         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    CATEGORIE  CHAR(2)      NOT NULL,
    CODE       VARCHAR(5)   NOT NULL,
    INGANG     DATE         NOT NULL,
    EINDE      DATE,
    TARIEF     BIGINT       NOT NULL,
    HERKOMST   VARCHAR(200) NOT NULL,
    FOREIGN KEY (CATEGORIE, CODE) REFERENCES PRODUCT (CATEGORIE, CODE)
);
CREATE INDEX TARIEF_PRODUCT ON TARIEF (CATEGORIE, CODE, INGANG);

-- A bestedingsruimte (ceiling) for a whole contract, a category or a product, or a taakgericht sum for one
-- gemeente's task; SLEUTEL is what the line is about (Stamgegevens.Contract#sleutel).
CREATE TABLE CONTRACT (
    SLEUTEL    VARCHAR(80)  NOT NULL PRIMARY KEY,
    AGB        CHAR(8)      NOT NULL REFERENCES AANBIEDER (AGB),
    JAAR       INTEGER      NOT NULL,
    SOORT      VARCHAR(20)  NOT NULL,
    BEDRAG     BIGINT       NOT NULL,
    CATEGORIE  CHAR(2),
    CODE       VARCHAR(5),
    GEMEENTE   CHAR(4),
    CONSTRAINT CONTRACT_SOORT CHECK (SOORT IN ('bestedingsruimte', 'taakgericht'))
);
CREATE INDEX CONTRACT_JAAR ON CONTRACT (JAAR, AGB);

CREATE TABLE BUDGET (
    GEMEENTE   CHAR(4)  NOT NULL,
    JAAR       INTEGER  NOT NULL,
    BUDGET     BIGINT   NOT NULL,
    PRIMARY KEY (GEMEENTE, JAAR)
);

CREATE TABLE IMPORTLOG (
    ID          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    SOORT       VARCHAR(20)  NOT NULL,
    FORMAAT     VARCHAR(10)  NOT NULL,
    BESTAND     VARCHAR(255) NOT NULL,
    TIJDSTIP    TIMESTAMP    NOT NULL,
    GEACCEPTEERD BOOLEAN     NOT NULL,
    RECORDS     INTEGER      NOT NULL,
    FOUTEN      INTEGER      NOT NULL,
    RAPPORT     CLOB,
    BEWAARD_ALS VARCHAR(1000),
    STATUS      VARCHAR(12)  NOT NULL DEFAULT 'geaccepteerd',
    CONSTRAINT IMPORTLOG_STATUS CHECK (STATUS IN ('bezig', 'geaccepteerd', 'geweigerd', 'mislukt'))
);

-- A toewijzingnummer is unique within the gemeente that issued it.
CREATE TABLE TOEWIJZING (
    GEMEENTE          CHAR(4)     NOT NULL,
    NUMMER            BIGINT      NOT NULL,
    CLIENT            CHAR(64)    NOT NULL,
    AGB               CHAR(8)     NOT NULL REFERENCES AANBIEDER (AGB),
    CATEGORIE         CHAR(2)     NOT NULL,
    CODE              VARCHAR(5)  NOT NULL,
    TOEWIJZINGSDATUM  DATE,
    INGANG            DATE        NOT NULL,
    EINDE             DATE,
    VOLUME            INTEGER,
    EENHEID           CHAR(2),
    FREQUENTIE        CHAR(1),
    BUDGET            BIGINT,
    AANVRAAGDATUM     DATE,
    MINDERJARIG       BOOLEAN,
    START_ZORG        DATE,
    STOP_ZORG         DATE,
    STOP_REDEN        CHAR(2),
    IMPORT_ID         BIGINT      NOT NULL REFERENCES IMPORTLOG (ID),
    PRIMARY KEY (GEMEENTE, NUMMER),
    FOREIGN KEY (CATEGORIE, CODE) REFERENCES PRODUCT (CATEGORIE, CODE)
);
CREATE INDEX TOEWIJZING_INGANG ON TOEWIJZING (INGANG);
CREATE INDEX TOEWIJZING_AGB ON TOEWIJZING (AGB);
CREATE INDEX TOEWIJZING_CLIENT ON TOEWIJZING (CLIENT);

-- Declared months per allocation: D positive, C negative (volume and amount).
CREATE TABLE REALISATIE (
    ID               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    GEMEENTE         CHAR(4)     NOT NULL,
    NUMMER           BIGINT      NOT NULL,
    DECLARATIENUMMER VARCHAR(12) NOT NULL,
    BEGINDATUM       DATE        NOT NULL,
    EINDDATUM        DATE        NOT NULL,
    VOLUME           BIGINT      NOT NULL,
    EENHEID          CHAR(2)     NOT NULL,
    TARIEF           BIGINT,
    BEDRAG           BIGINT      NOT NULL,
    IMPORT_ID        BIGINT      NOT NULL REFERENCES IMPORTLOG (ID),
    FOREIGN KEY (GEMEENTE, NUMMER) REFERENCES TOEWIJZING (GEMEENTE, NUMMER),
    UNIQUE (GEMEENTE, DECLARATIENUMMER, NUMMER, BEGINDATUM, BEDRAG)
);
CREATE INDEX REALISATIE_BEGIN ON REALISATIE (BEGINDATUM);
CREATE INDEX REALISATIE_TOEWIJZING ON REALISATIE (GEMEENTE, NUMMER);

-- A month's use of an algemene voorziening per gemeente and provider: participants and cost, no clients.
CREATE TABLE GEBRUIK (
    GEMEENTE    CHAR(4)     NOT NULL,
    AGB         CHAR(8)     NOT NULL REFERENCES AANBIEDER (AGB),
    CATEGORIE   CHAR(2)     NOT NULL,
    CODE        VARCHAR(5)  NOT NULL,
    MAAND       DATE        NOT NULL,
    DEELNEMERS  INTEGER     NOT NULL,
    BEDRAG      BIGINT      NOT NULL,
    IMPORT_ID   BIGINT      NOT NULL REFERENCES IMPORTLOG (ID),
    PRIMARY KEY (GEMEENTE, AGB, CATEGORIE, CODE, MAAND),
    FOREIGN KEY (CATEGORIE, CODE) REFERENCES PRODUCT (CATEGORIE, CODE)
);
CREATE INDEX GEBRUIK_MAAND ON GEBRUIK (MAAND);

-- Declared amounts per gemeente, provider, product and month, kept in the transaction that stores the
-- lines: the monitoring reads this small table instead of summing a million declaration lines.
CREATE TABLE DECLARATIEMAAND (
    GEMEENTE    CHAR(4)     NOT NULL,
    AGB         CHAR(8)     NOT NULL,
    CATEGORIE   CHAR(2)     NOT NULL,
    CODE        VARCHAR(5)  NOT NULL,
    MAAND       DATE        NOT NULL,
    BEDRAG      BIGINT      NOT NULL,
    REGELS      INTEGER     NOT NULL,
    PRIMARY KEY (GEMEENTE, AGB, CATEGORIE, CODE, MAAND)
);
