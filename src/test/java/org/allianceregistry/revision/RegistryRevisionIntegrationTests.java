package org.allianceregistry.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import org.allianceregistry.FixedClockConfiguration;
import org.allianceregistry.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@RegistryIntegrationTest
class RegistryRevisionIntegrationTests {

    @Autowired
    RegistryRevisionService revisions;

    @Autowired
    TransactionTemplate transactions;

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
