package org.allianceregistry.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.allianceregistry.RegistryIntegrationTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * No endpoint's number of SQL statements grows with the size of its result (counted on
 * read-cache misses).
 */
@RegistryIntegrationTest
class QueryCountIntegrationTests {

    private static final int MOST_STATEMENTS_PER_READ = 7;

    private static final AtomicInteger REGIONS = new AtomicInteger();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/alliances?", "/api/v1/alliances/nato/members?asOf=2025-01-01&",
            "/api/v1/alliances/csto/members?", "/api/v1/alliances/warsaw-pact/memberships?",
            "/api/v1/alliances/csto/memberships?", "/api/v1/alliances/csto/withdrawals?",
            "/api/v1/alliances/csto/chairmanships?", "/api/v1/alliances/csto/protocols?",
            "/api/v1/alliances/csto/events?", "/api/v1/states?", "/api/v1/states/de/memberships?", "/api/v1/sources?",
            "/api/v1/alliances/csto/events?state=AM&", "/api/v1/alliances/csto/events?from=2020-09-01&to=2020-11-30&",
            "/api/v1/alliances/csto/events?state=arm&kind=DEPLOYMENT&from=2000-01-01&includeUndated=false&",
            "/api/v1/alliances/csto/protocols?signedFrom=2000-01-01&signedTo=2010-12-31&place=moscow&" })
    void aWholePageCostsNoMoreStatementsThanASingleRecord(String uri) {
        long one = statementsFor(uri + "size=1");
        long many = statementsFor(uri + "size=250");

        assertThat(many).as("statements for a page of up to 250 at %s", uri).isLessThanOrEqualTo(one);
        assertThat(one).as("statements at %s", uri).isLessThanOrEqualTo(MOST_STATEMENTS_PER_READ);
    }

    @ParameterizedTest
    @ValueSource(
            strings = { "/api/v1/alliances/csto", "/api/v1/protocols/1", "/api/v1/states/arm", "/api/v1/events/1" })
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

    private static String uniqueRegion() {
        int n = REGIONS.getAndIncrement();
        return "" + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26);
    }

}
