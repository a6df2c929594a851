package org.allianceregistry.revision;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The single row of {@code registry_revision}: the registry's data revision and when it last changed. Writes bump
 * it in the same transaction (see the migration that creates the table); reads only look at it.
 */
@Entity
@Table(name = "registry_revision")
public class RegistryRevision {

    @Id
    private Integer id;

    private long revision;
    private Instant changedAt;

    protected RegistryRevision() {
    }

    public long getRevision() {
        return revision;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
