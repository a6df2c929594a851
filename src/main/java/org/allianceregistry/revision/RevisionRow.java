package org.allianceregistry.revision;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The single row of {@code registry_revision}; read and bumped only through queries,
 * never loaded and changed.
 */
@Entity
@Table(name = "registry_revision")
class RevisionRow {

    @Id
    private Integer id;

    private long revision;

    private Instant changedAt;

    protected RevisionRow() {
    }

}
