-- The registry's data revision: exactly one row. Feeds derive Last-Modified (and the iCalendar DTSTAMP) from
-- changed_at, so it must change exactly when the registry's data changes, and only then.
-- Convention for every write:
--   * a write through the API bumps it in the same transaction:
--       UPDATE registry_revision SET revision = revision + 1, changed_at = CURRENT_TIMESTAMP WHERE id = 1;
--   * a migration that changes curated data (a correction) bumps it too, with a fixed changed_at written into
--     the migration (never CURRENT_TIMESTAMP), so every instance and every fresh database agree on it.
-- Revision 1 is the curated data as shipped; the seed migrations (db/seed) are part of it.
CREATE TABLE registry_revision (
    id         INTEGER                  NOT NULL,
    revision   BIGINT                   NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_registry_revision PRIMARY KEY (id),
    CONSTRAINT ck_registry_revision_single_row CHECK (id = 1),
    CONSTRAINT ck_registry_revision_positive CHECK (revision >= 1)
);

INSERT INTO registry_revision (id, revision, changed_at) VALUES (1, 1, TIMESTAMP WITH TIME ZONE '2026-11-29 00:00:00+00');
