-- One row the store rewrites at every probe: a write that commits proves the database takes writes
-- (a read-only Derby still answers reads, and a temporary table would still take writes).
CREATE TABLE OPSLAG.SCHRIJFPROEF (
    ID INTEGER NOT NULL PRIMARY KEY,
    TIJDSTIP TIMESTAMP NOT NULL
);
INSERT INTO OPSLAG.SCHRIJFPROEF (ID, TIJDSTIP) VALUES (1, CURRENT_TIMESTAMP);
