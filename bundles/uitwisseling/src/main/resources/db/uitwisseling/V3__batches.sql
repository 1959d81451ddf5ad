-- Node: the outbox holds batches, not records. An import's records are cut into batches when they
-- are queued, in the import's own transaction, each with its content (the exchange form's header
-- and lines) and its idempotency key: one row per batch instead of an insert, an update and a
-- delete per record (docs/architecture.md, "The outbox holds batches"). A confirmed batch drops its
-- content; a refused one keeps it for the operator.
ALTER TABLE batch ADD COLUMN inhoud CLOB;
-- Table uitgaand (one row per record) is no longer written. A node that still has rows in it from
-- the earlier version has them made into batches at its first start (Uitgaandeopslag.zetRijenOm);
-- a later migration drops the table.
