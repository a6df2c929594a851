-- The registry's data revision: one row, bumped in the same transaction as every change to curated data, so that
-- ETags, Last-Modified and caches follow the data and agree across instances and restarts.
-- A seed migration that adds or corrects data must bump it too:
--   UPDATE registry_revision SET revision = revision + 1, changed_at = TIMESTAMP WITH TIME ZONE '<when the data changed>' WHERE id = 1;
CREATE TABLE registry_revision (
    id         INTEGER                  NOT NULL,
    revision   BIGINT                   NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_registry_revision PRIMARY KEY (id),
    CONSTRAINT ck_registry_revision_single_row CHECK (id = 1),
    CONSTRAINT ck_registry_revision_positive CHECK (revision > 0)
);

-- Revision 1 is the curated data of the first release (seed migrations V1000 to V1060).
INSERT INTO registry_revision (id, revision, changed_at) VALUES (1, 1, TIMESTAMP WITH TIME ZONE '2026-11-29 00:00:00+00');
