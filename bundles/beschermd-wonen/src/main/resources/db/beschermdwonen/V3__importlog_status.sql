-- An import log row says what became of its import (issue 13, no phantom imports): 'bezig' while the
-- records are written, 'geaccepteerd' only in the transaction that committed them, 'geweigerd', or
-- 'mislukt' when that transaction did not commit. Rows from before are accepted or refused.
ALTER TABLE IMPORTLOG ADD COLUMN STATUS VARCHAR(12) NOT NULL DEFAULT 'geaccepteerd';
UPDATE IMPORTLOG SET STATUS = 'geweigerd' WHERE GEACCEPTEERD = FALSE;
ALTER TABLE IMPORTLOG ADD CONSTRAINT IMPORTLOG_STATUS CHECK (STATUS IN ('bezig', 'geaccepteerd', 'geweigerd', 'mislukt'));
