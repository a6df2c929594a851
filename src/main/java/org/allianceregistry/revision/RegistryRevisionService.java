package org.allianceregistry.revision;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads, locks and bumps the data revision. It lives in the database, not in memory, so
 * that every instance of the service sees the same revision and a change made through one
 * instance is seen by the others at their next request.
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
        return entityManager
            .createQuery("select new org.allianceregistry.revision.RegistryRevision(r.revision, r.changedAt) "
                    + "from RevisionRow r where r.id = 1", RegistryRevision.class)
            .getSingleResult();
    }

    /**
     * Takes the revision row's lock until the transaction ends, so that concurrent writes
     * take turns, without changing the revision: a write that turns out to change nothing
     * leaves it as it was.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock() {
        entityManager.createQuery("select r.revision from RevisionRow r where r.id = 1", Long.class)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getSingleResult();
    }

    /**
     * Records that the data changed. Must run inside the transaction of the change itself
     * (it refuses to run without one), so a rolled-back change leaves the revision as it
     * was; the row lock also orders concurrent writes. Each revision's time falls in a
     * later second than the one before ({@link RegistryRevision#lastModified()}), even
     * when two changes come within one second or the clock says otherwise, so that no two
     * revisions share a Last-Modified and If-Modified-Since can never take one for the
     * other. Under a burst of writes the time runs ahead of the clock for a while; reads
     * then carry no Last-Modified until the clock catches up (the read cache does not
     * send one that lies ahead of the Date header), and the ETag alone validates.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public RegistryRevision bump() {
        entityManager.createQuery("update RevisionRow r set r.revision = r.revision + 1 where r.id = 1")
            .executeUpdate();
        RegistryRevision bumped = current();
        Instant changedAt = bumped.nextChangedAt(clock.instant());
        entityManager.createQuery("update RevisionRow r set r.changedAt = :changedAt where r.id = 1")
            .setParameter("changedAt", changedAt)
            .executeUpdate();
        return new RegistryRevision(bumped.number(), changedAt);
    }

}
