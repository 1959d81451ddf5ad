-- a module's dated master data: key, period, dated values
CREATE TABLE PRODUCTPERIODE (
    CATEGORIE     CHAR(2)     NOT NULL,
    CODE          VARCHAR(5)  NOT NULL,
    INGANG        DATE        NOT NULL,
    EINDE         DATE,
    VARIANT       VARCHAR(20) NOT NULL,
    KORTINGSGROEP VARCHAR(40),
    PRIMARY KEY (CATEGORIE, CODE, INGANG)
);
