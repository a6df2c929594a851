package org.allianceregistry.config;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.Environment;

/**
 * Explains in a few lines why the registry did not start when its database could not be
 * reached or a migration failed, naming the database (its URL without parameters, and the
 * user; never the password) instead of leaving the cause at the end of a long stack
 * trace. Flyway is the first to connect, so its failures are the ones to explain.
 */
class DatabaseStartupFailureAnalyzer extends AbstractFailureAnalyzer<FlywayException> {

    private final Environment environment;

    DatabaseStartupFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FlywayException cause) {
        String database = "the database " + property("spring.flyway.url", "spring.datasource.url") + " as user '"
                + property("spring.flyway.user", "spring.datasource.username") + "'";
        String reason = reason(cause);
        if (isConnectionFailure(cause)) {
            return new FailureAnalysis("The registry could not connect to " + database + ": " + reason,
                    "Check REGISTRY_DB_URL, REGISTRY_DB_USERNAME and REGISTRY_DB_PASSWORD (postgres profile) and that "
                            + "the database server is running and reachable from here.",
                    cause);
        }
        return new FailureAnalysis(
                "Migrating " + database + " failed, so the registry did not start: "
                        + cause.getMessage().lines().findFirst().orElse("") + " (" + reason + ")",
                "Fix the migration with a new one (a merged migration is never edited), restore the database from a "
                        + "backup if the failed migration left changes, and start again.",
                cause);
    }

    /**
     * The first line of the database's own message: the innermost SQL exception's, else
     * the innermost cause's.
     */
    private static String reason(Throwable failure) {
        Throwable reason = NestedExceptionUtils.getMostSpecificCause(failure);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                reason = t;
            }
        }
        return String.valueOf(reason.getMessage()).lines().findFirst().orElse("");
    }

    private static boolean isConnectionFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // SQL states of class 08: connection exceptions; 28: authentication failed.
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || (t instanceof SQLException sql && sql.getSQLState() != null
                            && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28")))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first of {@code names} that is set, without URL parameters (which may hold
     * credentials).
     */
    private String property(String... names) {
        for (String name : names) {
            @Nullable String value = resolved(name);
            if (value != null && !value.isBlank()) {
                return value.split("[?;]", 2)[0];
            }
        }
        return "(not set)";
    }

    private @Nullable String resolved(String name) {
        try {
            return environment.getProperty(name);
        }
        catch (IllegalArgumentException unresolvable) {
            return "(not set: " + unresolvable.getMessage() + ")";
        }
    }

}
