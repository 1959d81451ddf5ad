-- A product's purchase (regionaal/lokaal), execution variant and cut group are dated, as tariffs are:
-- a product file adds or closes a period and never rewrites the past silently (issue 14). The
-- products stored so far get one period from 1900-01-01 ("always") with their present values.
CREATE TABLE PRODUCTPERIODE (
    CATEGORIE     CHAR(2)     NOT NULL,
    CODE          VARCHAR(5)  NOT NULL,
    INGANG        DATE        NOT NULL,
    EINDE         DATE,
    VARIANT       VARCHAR(20) NOT NULL,
    INKOOP        VARCHAR(10) NOT NULL,
    KORTINGSGROEP VARCHAR(40),
    PRIMARY KEY (CATEGORIE, CODE, INGANG),
    FOREIGN KEY (CATEGORIE, CODE) REFERENCES PRODUCT (CATEGORIE, CODE)
);

INSERT INTO PRODUCTPERIODE (CATEGORIE, CODE, INGANG, EINDE, VARIANT, INKOOP, KORTINGSGROEP)
    SELECT CATEGORIE, CODE, CAST('1900-01-01' AS DATE), CAST(NULL AS DATE), VARIANT, INKOOP, KORTINGSGROEP FROM PRODUCT;
