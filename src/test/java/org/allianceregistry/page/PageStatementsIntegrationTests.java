package org.allianceregistry.page;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.allianceregistry.RegistryIntegrationTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A page costs no more SQL statements than the API reads it shows would cost a client
 * that made them one by one (counted on read-cache misses).
 */
@RegistryIntegrationTest
class PageStatementsIntegrationTests {

    private static final AtomicInteger REGIONS = new AtomicInteger();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    static Stream<Arguments> pages() {
        String day = "2013-01-01";
        return Stream.of(
                Arguments.of("/?asOf=" + day,
                        List.of("/api/v1/alliances?size=250", "/api/v1/alliances/csto",
                                "/api/v1/alliances/csto/members?size=250&asOf=" + day,
                                "/api/v1/alliances/csto/chairmanships/current")),
                Arguments.of("/alliances/csto?asOf=" + day,
                        List.of("/api/v1/alliances/csto", "/api/v1/alliances/csto/memberships?size=250",
                                "/api/v1/alliances/csto/members?size=250&asOf=" + day,
                                "/api/v1/alliances/csto/chairmanships/current", "/api/v1/alliances/csto/chairmanships",
                                "/api/v1/alliances/csto/withdrawals?size=250",
                                "/api/v1/alliances/csto/protocols?size=250", "/api/v1/alliances/csto/events?size=250")),
                Arguments.of("/states/am", List.of("/api/v1/states/am", "/api/v1/states/am/memberships?size=250")),
                Arguments.of("/sources", List.of("/api/v1/sources?size=250", "/api/v1/sources?size=250&page=1")));
    }

    @ParameterizedTest
    @MethodSource("pages")
    void aPageCostsNoMoreStatementsThanTheApiReadsItShows(String page, List<String> reads) {
        long api = reads.stream().mapToLong(this::statementsFor).sum();

        long rendered = statementsFor(page);

        assertThat(rendered).as("statements for %s against %s for %s", page, api, reads).isLessThanOrEqualTo(api);
    }

    private long statementsFor(String uri) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        // An Accept-Language region no other request sends: a read-cache miss each time.
        assertThat(mvc.get().uri(uri).header(HttpHeaders.ACCEPT_LANGUAGE, "en-" + uniqueRegion()).exchange()).as(uri)
            .hasStatus(HttpStatus.OK);
        return statistics.getPrepareStatementCount();
    }

    private static String uniqueRegion() {
        int n = REGIONS.getAndIncrement();
        return "Q" + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26);
    }

}
