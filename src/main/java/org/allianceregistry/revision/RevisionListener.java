package org.allianceregistry.revision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.TimeUnit;
import org.allianceregistry.revision.PublishedRevision.Source;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * On PostgreSQL, keeps {@link PublishedRevision} current without a query per read: one
 * connection of its own, outside the pool, {@code LISTEN}s on {@value #CHANNEL}, on which
 * every bump notifies its revision within its own transaction (so the notification is
 * delivered when, and only when, the change commits), and reads the revision itself every
 * {@link RevisionProperties#heartbeat()}, which proves the channel alive and catches a
 * change committed without a notification (an operator's SQL). When the connection fails
 * the revision is distrusted at once and reads read it themselves until the listener has
 * connected and read it again; it retries every heartbeat. On any other database it does
 * nothing.
 */
class RevisionListener implements SmartLifecycle {

    static final String CHANNEL = "registry_revision";

    private static final Logger log = LoggerFactory.getLogger(RevisionListener.class);

    private final RevisionDatabase database;

    private final PublishedRevision published;

    private final long heartbeatNanos;

    private volatile boolean running;

    private volatile @Nullable Thread thread;

    private volatile @Nullable Connection connection;

    RevisionListener(RevisionDatabase database, PublishedRevision published, RevisionProperties properties) {
        this.database = database;
        this.published = published;
        this.heartbeatNanos = properties.heartbeat().toNanos();
    }

    /** The payload of a notification: the revision's number and time. */
    static String payload(RegistryRevision revision) {
        return revision.number() + " " + revision.changedAt();
    }

    static @Nullable RegistryRevision parse(@Nullable String payload) {
        if (payload == null) {
            return null;
        }
        String[] parts = payload.split(" ");
        try {
            return parts.length == 2 ? new RegistryRevision(Long.parseLong(parts[0]), Instant.parse(parts[1])) : null;
        }
        catch (NumberFormatException | DateTimeParseException unreadable) {
            return null;
        }
    }

    @Override
    public void start() {
        if (database.source() != Source.NOTIFIED || running) {
            return;
        }
        running = true;
        Thread listening = new Thread(this::listen, "revision-listener");
        listening.setDaemon(true);
        thread = listening;
        listening.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread listening = thread;
        closeQuietly(connection);
        if (listening != null) {
            listening.interrupt();
            try {
                listening.join(TimeUnit.SECONDS.toMillis(5));
            }
            catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Starts before the web server and stops after it, so that the first reads already
     * find it listening (before that, or after it stops, reads read the revision
     * themselves).
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private void listen() {
        boolean lost = false;
        while (running) {
            try (Connection listening = database.openListenerConnection()) {
                connection = listening;
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                if (lost) {
                    log.info("The revision listener is connected again: reads no longer read the revision.");
                    lost = false;
                }
                serve(listening);
            }
            catch (SQLException | RuntimeException failure) {
                published.channelLost();
                if (!running) {
                    return;
                }
                if (!lost) {
                    log.warn("The revision listener lost its connection ({}): every read reads the revision from "
                            + "the database until it is back.", failure.getMessage());
                    lost = true;
                }
                pause();
            }
            finally {
                connection = null;
            }
        }
    }

    /**
     * Reads the revision, then waits for notifications until the next heartbeat, for as
     * long as the connection serves.
     */
    private void serve(Connection listening) throws SQLException {
        PGConnection notifications = listening.unwrap(PGConnection.class);
        while (running) {
            long startedAt = System.nanoTime();
            published.readByTheListener(read(listening), startedAt);
            long next = startedAt + heartbeatNanos;
            for (long left = next - System.nanoTime(); running && left > 0; left = next - System.nanoTime()) {
                PGNotification[] received = notifications
                    .getNotifications((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                if (received != null) {
                    for (PGNotification notification : received) {
                        RegistryRevision revision = parse(notification.getParameter());
                        if (revision != null) {
                            published.notified(revision);
                        }
                    }
                }
            }
        }
    }

    private static RegistryRevision read(Connection listening) throws SQLException {
        try (PreparedStatement select = listening
            .prepareStatement("SELECT revision, changed_at FROM registry_revision WHERE id = 1");
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("registry_revision has no row");
            }
            return new RegistryRevision(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant());
        }
    }

    private void pause() {
        try {
            Thread.sleep(TimeUnit.NANOSECONDS.toMillis(heartbeatNanos));
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static void closeQuietly(@Nullable Connection open) {
        if (open != null) {
            try {
                open.close();
            }
            catch (SQLException ignored) {
                // Closing to end the wait: the listener is stopping anyway.
            }
        }
    }

}
