package org.allianceregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.allianceregistry.revision.RegistryRevisionService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry as deployed: two instances with the production {@code postgres} profile,
 * each on its own port, against one PostgreSQL database that they migrate on first start.
 * They answer alike, see each other's changes within the bound of
 * {@code registry.revision.max-staleness} (at once, through PostgreSQL's notifications,
 * and even without one), answer 503 problems and report not ready while the database is
 * away, and recover by themselves when it returns.
 */
@ExtendWith(PostgresTestServer.class)
class PostgresDeploymentIntegrationTests {

    /**
     * The pool's connection timeout (3 s, {@code application-postgres.yml}) and time for
     * the rest of the request.
     */
    private static final Duration MOST_TIME_FOR_A_503 = Duration.ofSeconds(6);

    /**
     * How late an instance may see another's change:
     * {@code registry.revision.max-staleness} (its default), which these instances run
     * with.
     */
    private static final Duration MAX_STALENESS = Duration.ofSeconds(2);

    /** The application name of each instance's revision listener connection. */
    private static final String LISTENER = "alliance-registry revision listener";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static @Nullable PostgresTestDatabase database;

    private static final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @BeforeAll
    static void startTwoInstancesOnOneDatabase() {
        database = PostgresTestServer.createDatabase();
        List<String> arguments = new ArrayList<>(database.applicationArguments());
        arguments.add("--server.port=0");
        arguments.add("--registry.revision.max-staleness=" + MAX_STALENESS.toSeconds() + "s");
        for (int i = 0; i < 2; i++) {
            instances
                .add(new SpringApplicationBuilder(RegistryApplication.class).run(arguments.toArray(String[]::new)));
        }
    }

    @AfterAll
    static void stopInstancesAndDropTheDatabase() {
        instances.forEach(ConfigurableApplicationContext::close);
        if (database != null) {
            database.drop();
        }
    }

    @Test
    void bothInstancesGiveTheSameAnswers() {
        for (String uri : List.of("/api/v1/alliances", "/api/v1/alliances/csto",
                "/api/v1/alliances/csto/members?asOf=2013-01-01", "/api/v1/alliances/csto/memberships?state=UZ",
                "/api/v1/alliances/nato/members?asOf=2025-01-01&size=250", "/api/v1/states?size=250&sort=iso3",
                "/api/v1/alliances/csto/events?from=2022-01-01&to=2022-01-31")) {
            HttpResponse<String> first = get(0, uri);
            HttpResponse<String> second = get(1, uri);

            assertThat(first.statusCode()).as(uri).isEqualTo(200);
            assertThat(second.statusCode()).as(uri).isEqualTo(200);
            assertThat(second.body()).as(uri).isEqualTo(first.body());
            assertThat(second.headers().firstValue("ETag")).as(uri).isEqualTo(first.headers().firstValue("ETag"));
        }
    }

    @Test
    void aChangeCommittedThroughOneInstanceIsSeenByItAtOnceAndByTheOtherWithinTheBound() {
        assertThat(get(1, "/api/v1/sources/ARTICLE-AR").body()).doesNotContain("corrected through instance one");

        // What a write through the first instance does, in its own transaction.
        ConfigurableApplicationContext first = instances.get(0);
        first.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            first.getBean(JdbcTemplate.class)
                .update("UPDATE sources SET note = 'corrected through instance one', version = version + 1 WHERE code = 'ARTICLE-AR'");
            first.getBean(RegistryRevisionService.class).bump();
        });
        long committed = System.nanoTime();

        assertThat(get(0, "/api/v1/sources/ARTICLE-AR").body()).contains("corrected through instance one");
        Duration seen = awaitBody(1, "/api/v1/sources/ARTICLE-AR", "corrected through instance one", committed);
        System.out.printf("[registry tests] the other instance saw the change %d ms after its commit%n",
                seen.toMillis());
        assertThat(seen).isLessThanOrEqualTo(MAX_STALENESS);
        assertThat(get(0, "/api/v1/sources/ARTICLE-AR").body()).isEqualTo(get(1, "/api/v1/sources/ARTICLE-AR").body());
    }

    @Test
    void aChangeCommittedWithoutANotificationIsSeenByBothInstancesWithinTheBound() throws SQLException {
        String uri = "/api/v1/sources/R1";
        for (int instance = 0; instance < instances.size(); instance++) {
            assertThat(get(instance, uri).body()).doesNotContain("corrected by an operator");
        }

        // An operator's SQL: it bumps the revision but notifies nobody.
        operatorChangesTheNoteOf("R1", "corrected by an operator");
        long committed = System.nanoTime();

        for (int instance = 0; instance < instances.size(); instance++) {
            Duration seen = awaitBody(instance, uri, "corrected by an operator", committed);
            System.out.printf("[registry tests] instance %d saw an unnotified change %d ms after its commit%n",
                    instance, seen.toMillis());
            assertThat(seen).isLessThanOrEqualTo(MAX_STALENESS);
        }
    }

    @Test
    void whileTheListenerCannotConnectReadsReadTheRevisionThemselvesAndItComesBack() throws Exception {
        String uri = "/api/v1/sources/R2";
        for (int instance = 0; instance < instances.size(); instance++) {
            assertThat(get(instance, uri).statusCode()).isEqualTo(200);
        }
        try (Connection operator = database.connect()) {
            // The pools keep their connections; the listeners lose theirs and cannot
            // open another.
            database.refuseNewConnections();
            try {
                database.terminateConnectionsOf(LISTENER);
                changeTheNoteOf(operator, "R2", "corrected while the listeners are away");
                long committed = System.nanoTime();

                for (int instance = 0; instance < instances.size(); instance++) {
                    Duration seen = awaitBody(instance, uri, "corrected while the listeners are away", committed);
                    assertThat(seen).isLessThanOrEqualTo(MAX_STALENESS);
                }
                assertThat(database.connectionsOf(LISTENER)).as("no listener can have seen it").isZero();
            }
            finally {
                database.restore();
            }
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (database.connectionsOf(LISTENER) < instances.size() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(database.connectionsOf(LISTENER)).as("listeners back").isEqualTo(instances.size());
    }

    @Test
    void everyPooledConnectionHasTheStatementTimeout() {
        for (ConfigurableApplicationContext instance : instances) {
            assertThat(instance.getBean(JdbcTemplate.class).queryForObject("SHOW statement_timeout", String.class))
                .isEqualTo("5s");
        }
    }

    @Test
    void aDatabaseOutageAnswers503QuicklyAndTheInstancesRecoverWithoutARestart() throws InterruptedException {
        database.cut();
        try {
            for (int instance = 0; instance < instances.size(); instance++) {
                // An instance learns of the outage when its revision listener's
                // connection
                // ends, at the latest after the bound; until then a cached read may still
                // be served.
                assertThat(awaitStatus(instance, "/api/v1/alliances/csto", 503)).isEqualTo(503);
                long start = System.nanoTime();
                HttpResponse<String> read = get(instance, "/api/v1/alliances/csto");
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                System.out.printf("[registry tests] instance %d answered %d %s after %d ms with the database cut%n",
                        instance, read.statusCode(), read.headers().firstValue("Content-Type").orElse(""),
                        took.toMillis());

                assertThat(read.statusCode()).isEqualTo(503);
                assertThat(took).isLessThan(MOST_TIME_FOR_A_503);
                assertThat(read.headers().firstValue("Retry-After")).hasValue("5");
                assertThat(read.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(read.body()).contains("urn:alliance-registry:problem:service-unavailable",
                        "\"correlationId\"");
                assertThat(get(instance, "/actuator/health/readiness").statusCode()).isEqualTo(503);
                assertThat(get(instance, "/actuator/health/liveness").statusCode()).isEqualTo(200);
            }
        }
        finally {
            database.restore();
        }

        for (int instance = 0; instance < instances.size(); instance++) {
            assertThat(awaitStatus(instance, "/api/v1/alliances/csto", 200)).isEqualTo(200);
            assertThat(awaitStatus(instance, "/actuator/health/readiness", 200)).isEqualTo(200);
        }
    }

    @Test
    void requestsRightAfterTheServerEndsEveryConnectionAnswer503NeverA500AndTheInstancesRecover()
            throws InterruptedException {
        for (int instance = 0; instance < instances.size(); instance++) {
            assertThat(get(instance, "/api/v1/alliances/csto/members?asOf=2001-01-01").statusCode()).isEqualTo(200);
        }

        database.terminateConnections();

        List<Integer> statuses = new ArrayList<>();
        for (int round = 0; round < 12; round++) {
            for (int instance = 0; instance < instances.size(); instance++) {
                // A different day each time, so that the read cache cannot answer without
                // the database.
                statuses.add(get(instance, "/api/v1/alliances/csto/members?asOf=2002-01-" + (10 + round)).statusCode());
            }
        }
        System.out.printf("[registry tests] statuses right after the server ended every connection: %s%n", statuses);
        assertThat(statuses).allMatch(status -> status == 200 || status == 503);
        for (int instance = 0; instance < instances.size(); instance++) {
            assertThat(awaitStatus(instance, "/api/v1/alliances/csto/members?asOf=2003-01-01", 200)).isEqualTo(200);
        }
    }

    /**
     * How long after {@code committed} ({@link System#nanoTime()}) {@code uri} first
     * answered a body containing {@code expected}; asked again every 10 ms, for up to 10
     * s.
     */
    private static Duration awaitBody(int instance, String uri, String expected, long committed) {
        long deadline = committed + Duration.ofSeconds(10).toNanos();
        while (!get(instance, uri).body().contains(expected)) {
            assertThat(System.nanoTime()).as("%s on instance %d never showed %s", uri, instance, expected)
                .isLessThan(deadline);
            try {
                Thread.sleep(10);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return Duration.ofNanos(System.nanoTime() - committed);
    }

    private static void operatorChangesTheNoteOf(String source, String note) throws SQLException {
        try (Connection operator = database.connect()) {
            changeTheNoteOf(operator, source, note);
        }
    }

    private static void changeTheNoteOf(Connection operator, String source, String note) throws SQLException {
        try (Statement statement = operator.createStatement()) {
            statement.executeUpdate(
                    "UPDATE sources SET note = '" + note + "', version = version + 1 WHERE code = '" + source + "'");
            statement.executeUpdate(
                    "UPDATE registry_revision SET revision = revision + 1, changed_at = CURRENT_TIMESTAMP WHERE id = 1");
        }
    }

    /**
     * The status of {@code uri}, asked again for up to 10 s until it is {@code expected}.
     */
    private static int awaitStatus(int instance, String uri, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int status = get(instance, uri).statusCode();
        while (status != expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
            status = get(instance, uri).statusCode();
        }
        return status;
    }

    private static HttpResponse<String> get(int instance, String uri) {
        String port = instances.get(instance).getEnvironment().getRequiredProperty("local.server.port");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + uri))
            .timeout(Duration.ofSeconds(15))
            .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException e) {
            throw new IllegalStateException("GET " + uri + " on instance " + instance, e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
