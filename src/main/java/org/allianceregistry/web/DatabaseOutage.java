package org.allianceregistry.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises a failure whose root is a database out of reach even where the framework
 * wrapped it in a generic exception: a rollback or commit that failed on the connection
 * (Hibernate's {@link TransactionException} over a JDBC error, which Spring hands on as a
 * JpaSystemException and which hides the failure that made it roll back; or a
 * {@link TransactionSystemException} whose hidden failure is an outage), or a driver
 * error with a connection-exception SQLSTATE (class 08) or PostgreSQL's shut-down states
 * (57P01-57P03).
 */
final class DatabaseOutage {

    private DatabaseOutage() {
    }

    static boolean causedBy(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                    || (cause instanceof TransactionException && cause.getCause() instanceof SQLException)) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
            // A rollback that failed hides the failure that made it roll back; either one
            // can be the outage.
            if (cause instanceof TransactionSystemException system && causedBy(system.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

}
