package org.allianceregistry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL server the tests may use, named by the environment:
 * <ul>
 * <li>{@code REGISTRY_TEST_POSTGRES_URL}: the server,
 * {@code jdbc:postgresql://127.0.0.1:5432/} (a database in the URL is the one to connect
 * to for creating others; {@code postgres} by default);</li>
 * <li>{@code REGISTRY_TEST_POSTGRES_USERNAME} ({@code postgres} by default) and
 * {@code REGISTRY_TEST_POSTGRES_PASSWORD} (empty by default): a user allowed to create
 * databases.</li>
 * </ul>
 * Each test run works in throw-away databases of its own; where the variable is not set,
 * the tests that need the server are skipped with a message (this class is also their
 * JUnit condition). CI always sets it.
 */
public final class PostgresTestServer implements ExecutionCondition {

    public static final String URL_VARIABLE = "REGISTRY_TEST_POSTGRES_URL";

    private static final AtomicBoolean SKIP_REPORTED = new AtomicBoolean();

    public static boolean configured() {
        String url = System.getenv(URL_VARIABLE);
        return url != null && !url.isBlank();
    }

    /**
     * Creates an empty database {@code registry_test_…} on the server; the caller drops
     * it.
     */
    public static PostgresTestDatabase createDatabase() {
        String name = "registry_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE DATABASE " + name);
        return new PostgresTestDatabase(name, urlOf(name), username(), password());
    }

    /**
     * Runs administrative statements (one connection, auto-commit) on the server's
     * maintenance database.
     */
    static void execute(String... statements) {
        String url = serverUrl();
        try (Connection connection = DriverManager.getConnection(urlOf(maintenanceDatabase(url)), username(),
                password()); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " (" + URL_VARIABLE + "): " + e.getMessage(), e);
        }
    }

    /** The number a query on the server's maintenance database answers. */
    static long queryForLong(String query) {
        String url = serverUrl();
        try (Connection connection = DriverManager.getConnection(urlOf(maintenanceDatabase(url)), username(),
                password());
                Statement statement = connection.createStatement();
                java.sql.ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
        catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " (" + URL_VARIABLE + "): " + e.getMessage(), e);
        }
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return configured() ? ConditionEvaluationResult.enabled(URL_VARIABLE + " is set")
                : ConditionEvaluationResult.disabled(skipped());
    }

    /**
     * The reason tests on PostgreSQL are skipped, printed once per test run so that
     * nobody mistakes it for a pass.
     */
    static String skipped() {
        String message = URL_VARIABLE + " is not set: the tests on PostgreSQL are skipped. Set it to a server's URL, "
                + "e.g. jdbc:postgresql://127.0.0.1:5432/, to run them (.ci/run does).";
        if (SKIP_REPORTED.compareAndSet(false, true)) {
            System.out.println("[registry tests] " + message);
        }
        return message;
    }

    private static String serverUrl() {
        if (!configured()) {
            throw new IllegalStateException(URL_VARIABLE + " is not set");
        }
        return System.getenv(URL_VARIABLE).trim();
    }

    /**
     * The server's URL with {@code database} in place of the one it names, keeping its
     * parameters.
     */
    private static String urlOf(String database) {
        String url = serverUrl();
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String parameters = query < 0 ? "" : url.substring(query);
        int hostStart = base.indexOf("//");
        int path = base.indexOf('/', hostStart < 0 ? 0 : hostStart + 2);
        String server = path < 0 ? base : base.substring(0, path);
        return server + "/" + database + parameters;
    }

    private static String maintenanceDatabase(String url) {
        String base = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        int hostStart = base.indexOf("//");
        int path = base.indexOf('/', hostStart < 0 ? 0 : hostStart + 2);
        String database = path < 0 ? "" : base.substring(path + 1);
        return database.isBlank() ? "postgres" : database;
    }

    private static String username() {
        return variable("REGISTRY_TEST_POSTGRES_USERNAME", "postgres");
    }

    private static String password() {
        return variable("REGISTRY_TEST_POSTGRES_PASSWORD", "");
    }

    private static String variable(String name, String fallback) {
        @Nullable String value = System.getenv(name);
        return value == null ? fallback : value;
    }

}
