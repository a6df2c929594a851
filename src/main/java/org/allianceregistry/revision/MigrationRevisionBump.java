package org.allianceregistry.revision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * A migration that applied changes the data, so it bumps the data revision, and every
 * cached read, ETag and Last-Modified moves on with it; a start that applies nothing
 * leaves the revision as it was. Migrations need not bump it by hand (three seeds from
 * before this callback still do; their text stays as applied). On PostgreSQL the bump is
 * notified, like every other ({@link RevisionListener}).
 */
@Component
class MigrationRevisionBump implements Callback {

    private final Clock clock;

    MigrationRevisionBump(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE_APPLIED;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection
            .prepareStatement("SELECT revision, changed_at FROM registry_revision WHERE id = 1 FOR UPDATE");
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new FlywayException("registry_revision has no row: the V20 migration did not run");
            }
            RegistryRevision current = new RegistryRevision(row.getLong(1),
                    row.getObject(2, OffsetDateTime.class).toInstant());
            RegistryRevision bumped = new RegistryRevision(current.number() + 1,
                    current.nextChangedAt(clock.instant()));
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE registry_revision SET revision = revision + 1, changed_at = ? WHERE id = 1")) {
                update.setObject(1, bumped.changedAt().atOffset(ZoneOffset.UTC));
                update.executeUpdate();
            }
            // Instances already running on this database (a rolling deployment) hear of
            // it at once.
            if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                try (PreparedStatement notify = connection.prepareStatement("SELECT count(*) FROM pg_notify(?, ?)")) {
                    notify.setString(1, RevisionListener.CHANNEL);
                    notify.setString(2, RevisionListener.payload(bumped));
                    notify.executeQuery().close();
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
        catch (SQLException failure) {
            throw new FlywayException("Could not bump the data revision after the migration", failure);
        }
    }

    @Override
    public String getCallbackName() {
        return "bump the data revision";
    }

}
