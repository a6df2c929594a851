package org.allianceregistry.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.allianceregistry.RegistryIntegrationTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * No endpoint's number of SQL statements grows with the size of its result (counted on
 * read-cache misses), and a cached read or a 304 costs none at all: it takes no
 * connection from the pool (on H2 and, in the rerun, on PostgreSQL).
 */
@RegistryIntegrationTest
class QueryCountIntegrationTests {

    private static final int MOST_STATEMENTS_PER_READ = 7;

    private static final AtomicInteger REGIONS = new AtomicInteger();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    MeterRegistry meters;

    @ParameterizedTest(name = "{0} (Accept-Encoding: {1})")
    @CsvSource(delimiter = '|', value = { "/api/v1 | identity", "/api/v1/alliances/csto/members?asOf=2025-01-01 | gzip",
            "/api/v1/alliances/csto/members?asOf=2025-01-01 | identity", "/api/v1/alliances/csto/chairmanships | gzip",
            "/api/v1/alliances/csto/chairmanships?format=ics | gzip", "/api/v1/states/arm | identity",
            "/api/v1/states?page=2&size=50 | gzip", "/ | gzip", "/alliances/csto | identity", "/states/AM | gzip",
            "/sources | gzip" })
    void aCachedReadRunsNoStatementAndTakesNoConnection(String uri, String coding) {
        MvcTestResult first = mvc.get().uri(uri).header(HttpHeaders.ACCEPT_ENCODING, coding).exchange();
        assertThat(first).hasStatus(HttpStatus.OK);

        DatabaseUse use = databaseUseDuring(
                () -> assertThat(mvc.get().uri(uri).header(HttpHeaders.ACCEPT_ENCODING, coding).exchange())
                    .hasStatus(HttpStatus.OK)
                    .hasHeader(HttpHeaders.ETAG, first.getResponse().getHeader(HttpHeaders.ETAG)));

        assertThat(use).isEqualTo(DatabaseUse.NONE);
    }

    @Test
    void aCacheMissIsCountedSoTheCountsAboveMeanSomething() {
        DatabaseUse miss = databaseUseDuring(() -> assertThat(mvc.get()
            .uri("/api/v1/states/arm")
            .header(HttpHeaders.ACCEPT_LANGUAGE, "en-" + uniqueRegion())
            .exchange()).hasStatus(HttpStatus.OK));

        assertThat(miss.statements()).isPositive();
        assertThat(miss.connections()).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/api/v1/alliances/csto/members?asOf=2025-01-01", "/api/v1/alliances/csto/chairmanships",
            "/alliances/csto" })
    void aConditionalReadAnswers304WithNoStatementAndNoConnection(String uri) {
        MvcTestResult first = mvc.get().uri(uri).exchange();
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
        String lastModified = first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED);

        DatabaseUse byTag = databaseUseDuring(
                () -> assertThat(mvc.get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, etag).exchange())
                    .hasStatus(HttpStatus.NOT_MODIFIED));
        DatabaseUse byDate = databaseUseDuring(
                () -> assertThat(mvc.get().uri(uri).header(HttpHeaders.IF_MODIFIED_SINCE, lastModified).exchange())
                    .hasStatus(HttpStatus.NOT_MODIFIED));

        assertThat(byTag).isEqualTo(DatabaseUse.NONE);
        assertThat(byDate).isEqualTo(DatabaseUse.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/alliances?", "/api/v1/alliances/nato/members?asOf=2025-01-01&",
            "/api/v1/alliances/csto/members?", "/api/v1/alliances/warsaw-pact/memberships?",
            "/api/v1/alliances/csto/memberships?", "/api/v1/alliances/csto/withdrawals?",
            "/api/v1/alliances/csto/chairmanships?", "/api/v1/alliances/csto/chairmanships?asOf=2008-08-01&",
            "/api/v1/alliances/csto/chairmanships?asOf=2016-06-01&", "/api/v1/alliances/csto/secretaries-general?",
            "/api/v1/alliances/csto/secretaries-general?asOf=2018-01-01&", "/api/v1/alliances/csto/protocols?",
            "/api/v1/alliances/csto/events?", "/api/v1/states?", "/api/v1/states/de/memberships?", "/api/v1/sources?",
            // "On day D" with the date model: periods possibly in force, each with its
            // status intervals and their sources.
            "/api/v1/alliances/csto/members?asOf=1999-04-20&", "/api/v1/alliances/csto/members?asOf=2024-06-01&",
            "/api/v1/alliances/warsaw-pact/members?asOf=1968-09-12&", "/api/v1/states/am/memberships?",
            "/api/v1/alliances/csto/memberships?state=uz&",
            "/api/v1/alliances/csto/withdrawals?kind=FINANCING_REFUSED&", "/api/v1/alliances/csto/events?state=AM&",
            "/api/v1/alliances/csto/events?from=2020-09-01&to=2020-11-30&",
            "/api/v1/alliances/csto/events?state=arm&kind=DEPLOYMENT&from=2000-01-01&includeUndated=false&",
            "/api/v1/alliances/csto/protocols?signedFrom=2000-01-01&signedTo=2010-12-31&place=moscow&" })
    void aWholePageCostsNoMoreStatementsThanASingleRecord(String uri) {
        long one = statementsFor(uri + "size=1");
        long many = statementsFor(uri + "size=250");

        assertThat(many).as("statements for a page of up to 250 at %s", uri).isLessThanOrEqualTo(one);
        assertThat(one).as("statements at %s", uri).isLessThanOrEqualTo(MOST_STATEMENTS_PER_READ);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/alliances/csto", "/api/v1/protocols/1", "/api/v1/states/arm",
            "/api/v1/memberships/1", "/api/v1/withdrawals/1", "/api/v1/events/1" })
    void aSingleRecordCostsAFixedFewStatements(String uri) {
        assertThat(statementsFor(uri)).as("statements at %s", uri).isLessThanOrEqualTo(MOST_STATEMENTS_PER_READ);
    }

    private long statementsFor(String uri) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        // A language tag with a region no other request sends makes each request a
        // read-cache miss (the cache keys on Accept-Language; the names stay English, and
        // an
        // unknown query parameter would be refused): this test counts what rendering
        // costs.
        assertThat(mvc.get().uri(uri).header(HttpHeaders.ACCEPT_LANGUAGE, "en-" + uniqueRegion()).exchange())
            .hasStatus(HttpStatus.OK);
        return statistics.getPrepareStatementCount();
    }

    /**
     * Statements Hibernate prepared and connections taken from the pool (any statement,
     * Hibernate's or JDBC's, needs one; the revision listener's connection is not the
     * pool's) while {@code action} ran.
     */
    private DatabaseUse databaseUseDuring(Runnable action) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long statements = statistics.getPrepareStatementCount();
        long connections = connectionsTaken();
        action.run();
        return new DatabaseUse(statistics.getPrepareStatementCount() - statements, connectionsTaken() - connections);
    }

    private long connectionsTaken() {
        var timers = meters.find("hikaricp.connections.acquire").timers();
        assertThat(timers).as("the pool's metrics").isNotEmpty();
        return timers.stream().mapToLong(Timer::count).sum();
    }

    record DatabaseUse(long statements, long connections) {

        static final DatabaseUse NONE = new DatabaseUse(0, 0);

    }

    private static String uniqueRegion() {
        int n = REGIONS.getAndIncrement();
        return "" + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26);
    }

}
