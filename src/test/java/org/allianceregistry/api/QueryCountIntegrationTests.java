package org.allianceregistry.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.UUID;
import org.allianceregistry.RegistryIntegrationTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * No endpoint's number of SQL statements grows with the size of its result (counted on
 * read-cache misses).
 */
@RegistryIntegrationTest
class QueryCountIntegrationTests {

    private static final int MOST_STATEMENTS_PER_READ = 7;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/alliances?", "/api/v1/alliances/csto?",
            "/api/v1/alliances/nato/members?asOf=2025-01-01&", "/api/v1/alliances/csto/members?",
            "/api/v1/alliances/warsaw-pact/memberships?", "/api/v1/alliances/csto/memberships?",
            "/api/v1/alliances/csto/withdrawals?", "/api/v1/alliances/csto/chairmanships?",
            "/api/v1/alliances/csto/protocols?", "/api/v1/alliances/csto/events?", "/api/v1/states?",
            "/api/v1/states/de/memberships?", "/api/v1/sources?", "/api/v1/protocols/1?", "/api/v1/states/arm?" })
    void aWholePageCostsNoMoreStatementsThanASingleRecord(String uri) {
        long one = statementsFor(uri + "size=1");
        long many = statementsFor(uri + "size=250");

        assertThat(many).as("statements for a page of up to 250 at %s", uri).isLessThanOrEqualTo(one);
        assertThat(one).as("statements at %s", uri).isLessThanOrEqualTo(MOST_STATEMENTS_PER_READ);
    }

    private long statementsFor(String uri) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        // An unused parameter makes each request a read-cache miss: this test counts what
        // rendering costs.
        assertThat(mvc.get().uri(uri + "&miss=" + UUID.randomUUID()).exchange()).hasStatus(HttpStatus.OK);
        return statistics.getPrepareStatementCount();
    }

}
