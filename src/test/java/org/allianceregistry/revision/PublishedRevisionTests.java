package org.allianceregistry.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.allianceregistry.revision.PublishedRevision.Source;
import org.junit.jupiter.api.Test;

class PublishedRevisionTests {

    private static final Duration BOUND = Duration.ofSeconds(2);

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void onTheEmbeddedDatabaseTheFirstReadIsTrustedForGoodAndEveryCommitMovesItOn() {
        PublishedRevision published = new PublishedRevision(Source.IN_PROCESS, BOUND, now::get);
        assertThat(published.trusted()).as("nothing known before the first read").isNull();

        published.readByARequest(revision(7), now.get());
        now.addAndGet(Duration.ofDays(30).toNanos());
        published.committed(revision(8));

        assertThat(published.trusted()).isEqualTo(revision(8));
    }

    @Test
    void onPostgresqlWhatTheListenerReadIsTrustedForTheBoundAfterItsReadBegan() {
        PublishedRevision published = new PublishedRevision(Source.NOTIFIED, BOUND, now::get);
        long began = now.get();
        published.readByTheListener(revision(3), began);

        now.set(began + BOUND.toNanos());
        assertThat(published.trusted()).isEqualTo(revision(3));
        now.set(began + BOUND.toNanos() + 1);
        assertThat(published.trusted()).as("silent for longer than the bound").isNull();
    }

    @Test
    void onPostgresqlARequestsOwnReadAndNotificationsMoveTheRevisionOnButDoNotMakeItTrusted() {
        PublishedRevision published = new PublishedRevision(Source.NOTIFIED, BOUND, now::get);

        published.readByARequest(revision(3), now.get());
        published.notified(revision(4));
        published.committed(revision(5));
        assertThat(published.trusted()).isNull();

        published.readByTheListener(revision(4), now.get());
        assertThat(published.trusted()).as("the newest it has heard of").isEqualTo(revision(5));
    }

    @Test
    void aLostChannelIsDistrustedAtOnceUntilTheListenerHasReadAgain() {
        PublishedRevision published = new PublishedRevision(Source.NOTIFIED, BOUND, now::get);
        published.readByTheListener(revision(3), now.get());

        published.channelLost();
        assertThat(published.trusted()).isNull();

        published.readByTheListener(revision(3), now.get());
        assertThat(published.trusted()).isEqualTo(revision(3));
    }

    @Test
    void theRevisionNeverMovesBackWhateverOrderItsNewsArriveIn() {
        PublishedRevision published = new PublishedRevision(Source.IN_PROCESS, BOUND, now::get);

        published.committed(revision(9));
        published.readByARequest(revision(8), now.get());
        published.committed(revision(7));

        assertThat(published.trusted()).isEqualTo(revision(9));
    }

    @Test
    void onADatabaseOfUnknownReachNothingIsEverTrusted() {
        PublishedRevision published = new PublishedRevision(Source.NONE, BOUND, now::get);

        published.readByARequest(revision(1), now.get());
        published.readByTheListener(revision(1), now.get());

        assertThat(published.trusted()).isNull();
    }

    @Test
    void onlyAnEmbeddedH2DatabaseIsThisProcesssAlone() {
        assertThat(RevisionDatabase.sourceOf("jdbc:h2:file:./data/registry;MODE=PostgreSQL"))
            .isEqualTo(Source.IN_PROCESS);
        assertThat(RevisionDatabase.sourceOf("jdbc:h2:mem:registry-1;DB_CLOSE_DELAY=-1")).isEqualTo(Source.IN_PROCESS);
        assertThat(RevisionDatabase.sourceOf("jdbc:h2:tcp://db/registry")).isEqualTo(Source.NONE);
        assertThat(RevisionDatabase.sourceOf("jdbc:h2:file:./data/registry;AUTO_SERVER=TRUE")).isEqualTo(Source.NONE);
        assertThat(RevisionDatabase.sourceOf("jdbc:postgresql://db:5432/registry")).isEqualTo(Source.NOTIFIED);
        assertThat(RevisionDatabase.sourceOf(null)).isEqualTo(Source.NONE);
    }

    @Test
    void aNotificationCarriesTheRevisionsNumberAndTime() {
        RegistryRevision revision = new RegistryRevision(42, Instant.parse("2026-11-30T10:30:00.123456Z"));

        assertThat(RevisionListener.parse(RevisionListener.payload(revision))).isEqualTo(revision);
        assertThat(RevisionListener.parse("42")).isNull();
        assertThat(RevisionListener.parse("x 2026-11-30T10:30:00Z")).isNull();
        assertThat(RevisionListener.parse(null)).isNull();
    }

    private static RegistryRevision revision(long number) {
        return new RegistryRevision(number, Instant.parse("2026-11-29T00:00:00Z").plusSeconds(number));
    }

}
