package org.allianceregistry.revision;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The data revision as this instance last learned it, and whether a read may take it
 * without asking the database. It only ever moves forward, whatever order its news arrive
 * in. How far it is trusted depends on who can change the data:
 * <ul>
 * <li>{@link Source#IN_PROCESS}: an embedded database, which only this process writes.
 * Every committed bump is published here before the write answers, so once the revision
 * has been read it is trusted for good.</li>
 * <li>{@link Source#NOTIFIED}: a database other instances write too. The
 * {@link RevisionListener} publishes what the database's notifications and its own
 * periodic reads tell it; the revision is trusted only for {@code maxStaleness} after the
 * listener's last read of it began, so a change committed anywhere is seen here no later
 * than that, even when the notification channel is down (reads then read the revision
 * themselves until the listener is back).</li>
 * <li>{@link Source#NONE}: a database of unknown reach; every read reads the
 * revision.</li>
 * </ul>
 */
final class PublishedRevision {

    enum Source {

        IN_PROCESS, NOTIFIED, NONE

    }

    private record Known(RegistryRevision revision, boolean confirmed, long confirmedAt) {

        Known advancedTo(RegistryRevision next) {
            return next.number() > revision.number() ? new Known(next, confirmed, confirmedAt) : this;
        }

    }

    private final Source source;

    private final long maxStalenessNanos;

    private final LongSupplier nanoTime;

    private final AtomicReference<@Nullable Known> known = new AtomicReference<>();

    PublishedRevision(Source source, Duration maxStaleness, LongSupplier nanoTime) {
        this.source = source;
        this.maxStalenessNanos = maxStaleness.toNanos();
        this.nanoTime = nanoTime;
    }

    Source source() {
        return source;
    }

    /**
     * The revision, if this instance knows it well enough to answer a read without asking
     * the database; null when the read must read it.
     */
    @Nullable RegistryRevision trusted() {
        Known current = known.get();
        if (current == null || !current.confirmed() || source == Source.NONE) {
            return null;
        }
        if (source == Source.NOTIFIED && nanoTime.getAsLong() - current.confirmedAt() > maxStalenessNanos) {
            return null;
        }
        return current.revision();
    }

    /** A bump this process committed. */
    void committed(RegistryRevision revision) {
        advance(revision);
    }

    /**
     * A read's own read of the revision, begun at {@code startedAt}
     * ({@link System#nanoTime()}): with an embedded database, from then on every change
     * goes through this process, so the revision is trusted from now on.
     */
    void readByARequest(RegistryRevision revision, long startedAt) {
        if (source == Source.IN_PROCESS) {
            confirm(revision, startedAt);
        }
        else {
            advance(revision);
        }
    }

    /**
     * The listener's read of the revision, begun at {@code startedAt}: it holds every
     * change committed before then.
     */
    void readByTheListener(RegistryRevision revision, long startedAt) {
        confirm(revision, startedAt);
    }

    /** A notification of a committed revision. */
    void notified(RegistryRevision revision) {
        advance(revision);
    }

    /**
     * The listener lost its channel: reads read the revision themselves until it has read
     * it again.
     */
    void channelLost() {
        known.updateAndGet(
                current -> current == null ? null : new Known(current.revision(), false, current.confirmedAt()));
    }

    private void advance(RegistryRevision revision) {
        known.updateAndGet(current -> current == null ? new Known(revision, false, 0) : current.advancedTo(revision));
    }

    private void confirm(RegistryRevision revision, long startedAt) {
        known.updateAndGet(current -> {
            RegistryRevision newest = current == null || revision.number() > current.revision().number() ? revision
                    : current.revision();
            long confirmedAt = current != null && current.confirmed() && current.confirmedAt() - startedAt > 0
                    ? current.confirmedAt() : startedAt;
            return new Known(newest, true, confirmedAt);
        });
    }

}
