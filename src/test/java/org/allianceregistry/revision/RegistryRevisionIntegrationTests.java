package org.allianceregistry.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import org.allianceregistry.FixedClockConfiguration;
import org.allianceregistry.RegistryIntegrationTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@RegistryIntegrationTest
class RegistryRevisionIntegrationTests {

    @Autowired
    RegistryRevisionService revisions;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void outsideATransactionTheRevisionIsKnownWithoutAStatement() {
        RegistryRevision known = revisions.current();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long before = statistics.getPrepareStatementCount();

        RegistryRevision again = revisions.current();

        assertThat(statistics.getPrepareStatementCount()).isEqualTo(before);
        assertThat(again).isEqualTo(known);
    }

    @Test
    void insideATransactionTheRevisionIsTheTransactionsOwnAndOthersSeeItOnlyOnceCommitted() {
        RegistryRevision before = revisions.current();

        RegistryRevision inside = transactions.execute(status -> {
            jdbc.update("UPDATE registry_revision SET revision = revision + 1 WHERE id = 1");
            RegistryRevision own = revisions.current();
            status.setRollbackOnly();
            return own;
        });

        assertThat(inside.number()).isEqualTo(before.number() + 1);
        assertThat(revisions.current()).isEqualTo(before);
    }

    @Test
    void aRolledBackChangeLeavesTheRevisionAsItWas() {
        RegistryRevision before = revisions.current();

        transactions.executeWithoutResult(status -> {
            revisions.bump();
            status.setRollbackOnly();
        });

        assertThat(revisions.current()).isEqualTo(before);
    }

    @Test
    void aCommittedChangeBumpsTheRevisionAndRecordsWhen() {
        RegistryRevision before = revisions.current();

        RegistryRevision after = transactions.execute(status -> revisions.bump());

        assertThat(after.number()).isEqualTo(before.number() + 1);
        assertThat(after.changedAt()).isAfter(before.changedAt())
            .isAfterOrEqualTo(Instant.parse(FixedClockConfiguration.TODAY + "T12:00:00Z"));
        assertThat(revisions.current()).isEqualTo(after);
    }

    @Test
    void everyRevisionIsLaterThanTheOneBeforeEvenWithinOneClockTick() {
        RegistryRevision first = transactions.execute(status -> revisions.bump());
        RegistryRevision second = transactions.execute(status -> revisions.bump());

        assertThat(second.changedAt()).isAfter(first.changedAt());
        assertThat(second.lastModified()).isAfter(first.changedAt());
    }

    @Test
    void bumpingOutsideAChangeIsRefused() {
        assertThatExceptionOfType(IllegalTransactionStateException.class).isThrownBy(revisions::bump);
    }

}
