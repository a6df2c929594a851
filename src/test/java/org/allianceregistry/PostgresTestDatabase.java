package org.allianceregistry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * A throw-away database on the {@link PostgresTestServer}, which a test can also make
 * unreachable and bring back to play a database outage.
 */
public record PostgresTestDatabase(String name, String url, String username, String password) {

    /**
     * The arguments that start the registry on this database with the production profile,
     * as an operator would: the {@code postgres} profile and {@code REGISTRY_DB_*}
     * (command-line arguments win over the environment).
     */
    public List<String> applicationArguments() {
        return List.of("--spring.profiles.active=postgres", "--REGISTRY_DB_URL=" + url,
                "--REGISTRY_DB_USERNAME=" + username, "--REGISTRY_DB_PASSWORD=" + password);
    }

    /**
     * The outage: the server refuses new connections to this database and ends the open
     * ones.
     */
    public void cut() {
        PostgresTestServer.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
    }

    /**
     * The server ends every open connection to this database (as a restart or a failover
     * does) but takes new ones.
     */
    public void terminateConnections() {
        PostgresTestServer
            .execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
    }

    /**
     * The server takes no new connection to this database but keeps the open ones (a
     * pool's connections stay usable; a connection that ends cannot come back).
     */
    public void refuseNewConnections() {
        PostgresTestServer.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
    }

    /** The server ends this database's connections that carry {@code applicationName}. */
    public void terminateConnectionsOf(String applicationName) {
        PostgresTestServer.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name
                + "' AND application_name = '" + applicationName + "'");
    }

    /** How many connections to this database carry {@code applicationName}. */
    public long connectionsOf(String applicationName) {
        return PostgresTestServer.queryForLong("SELECT count(*) FROM pg_stat_activity WHERE datname = '" + name
                + "' AND application_name = '" + applicationName + "'");
    }

    /** A connection of its own to this database, as an operator's SQL client has one. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    /** The end of the outage. */
    public void restore() {
        PostgresTestServer.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS true");
    }

    /** Drops the database, ending any connection still open to it. */
    public void drop() {
        PostgresTestServer.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
}
