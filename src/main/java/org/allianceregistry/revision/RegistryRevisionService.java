package org.allianceregistry.revision;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and bumps the data revision. It lives in the database, not in memory, so that every instance of the service
 * sees the same revision and a change made through one instance is seen by the others at their next request.
 */
@Service
public class RegistryRevisionService {

    private final EntityManager entityManager;
    private final Clock clock;

    RegistryRevisionService(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RegistryRevision current() {
        return entityManager.createQuery("select new org.allianceregistry.revision.RegistryRevision(r.revision, r.changedAt) "
                + "from RevisionRow r where r.id = 1", RegistryRevision.class).getSingleResult();
    }

    /**
     * Records that the data changed. Must run inside the transaction of the change itself (it refuses to run
     * without one), so a rolled-back change leaves the revision as it was; the row lock also orders concurrent writes.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public RegistryRevision bump() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        entityManager.createQuery("update RevisionRow r set r.revision = r.revision + 1, r.changedAt = :now where r.id = 1")
                .setParameter("now", now)
                .executeUpdate();
        return current();
    }
}
