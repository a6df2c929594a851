package org.allianceregistry.revision;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.allianceregistry.revision.PublishedRevision.Source;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads, locks and bumps the data revision. It lives in the database, so that every
 * instance of the service sees the same revision; a read learns it without asking the
 * database ({@link PublishedRevision}): on the embedded database every bump is published
 * in memory when it commits, on PostgreSQL also notified to the other instances, which
 * see it at once, and at the latest {@code registry.revision.max-staleness} (2 s) after
 * it committed.
 */
@Service
public class RegistryRevisionService {

    private final EntityManager entityManager;

    private final Clock clock;

    private final PublishedRevision published;

    private final TransactionTemplate readOnly;

    RegistryRevisionService(EntityManager entityManager, Clock clock, PublishedRevision published,
            PlatformTransactionManager transactions) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.published = published;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * The current revision. Outside a transaction (a read the cache serves), as this
     * instance knows it, without a statement, or read from the database when it does not
     * know it well enough (at the first read; on PostgreSQL while the notification
     * channel is down); inside one, as that transaction sees it, its own uncommitted bump
     * included. A database out of reach fails as a transaction that cannot begin does.
     */
    public RegistryRevision current() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return read();
        }
        RegistryRevision trusted = published.trusted();
        if (trusted != null) {
            return trusted;
        }
        long startedAt = System.nanoTime();
        RegistryRevision read = Objects.requireNonNull(readOnly.execute(status -> read()));
        published.readByARequest(read, startedAt);
        return read;
    }

    private RegistryRevision read() {
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
     *
     * <p>
     * The new revision is published to this instance's reads once the transaction has
     * committed, before the write answers; on PostgreSQL it is also notified, in the
     * transaction, so the other instances hear of it when it commits and never of a
     * change rolled back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public RegistryRevision bump() {
        entityManager.createQuery("update RevisionRow r set r.revision = r.revision + 1 where r.id = 1")
            .executeUpdate();
        RegistryRevision bumped = read();
        Instant changedAt = bumped.nextChangedAt(clock.instant());
        entityManager.createQuery("update RevisionRow r set r.changedAt = :changedAt where r.id = 1")
            .setParameter("changedAt", changedAt)
            .executeUpdate();
        RegistryRevision revision = new RegistryRevision(bumped.number(), changedAt);
        if (published.source() == Source.NOTIFIED) {
            entityManager.createNativeQuery("SELECT count(*) FROM pg_notify(?1, ?2)")
                .setParameter(1, RevisionListener.CHANNEL)
                .setParameter(2, RevisionListener.payload(revision))
                .getSingleResult();
        }
        TransactionSynchronizationManager.registerSynchronization(new PublishOnCommit(revision));
        return revision;
    }

    /**
     * Runs before the transaction's other callbacks, so that none of them can keep it
     * from publishing.
     */
    private final class PublishOnCommit implements TransactionSynchronization {

        private final RegistryRevision revision;

        PublishOnCommit(RegistryRevision revision) {
            this.revision = revision;
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }

        @Override
        public void afterCommit() {
            published.committed(revision);
        }

    }

}
