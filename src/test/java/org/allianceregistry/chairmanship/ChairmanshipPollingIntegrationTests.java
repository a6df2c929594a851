package org.allianceregistry.chairmanship;

import static org.allianceregistry.chairmanship.RotationApi.CSTO;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.allianceregistry.RegistryIntegrationTest;
import org.allianceregistry.revision.RegistryRevisionService;
import org.allianceregistry.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * Polling: validators that change exactly when the data behind an answer changes. The
 * tests that change data run in a transaction rolled back afterwards; MockMvc serves the
 * request on the test's thread, so it sees the change.
 */
@RegistryIntegrationTest
class ChairmanshipPollingIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RotationScheduleService chairmanships;

    @Autowired
    RegistryRevisionService revisions;

    RotationApi api;

    /**
     * When the registry's data last changed, read before each test: other tests in the
     * shared context write, and the migrations bump it; later than the fixed today's 1
     * January.
     */
    Instant changed;

    @BeforeEach
    void setUp() {
        api = new RotationApi(mvc);
        changed = revisions.current().lastModified();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ CSTO, CSTO + "?format=csv", CSTO + "?format=ics", CSTO + "/current", CSTO + "/current?format=ics" })
    void everyScheduleAnswerCarriesAStrongETagLastModifiedAndCacheControl(String uri) {
        MvcTestResult result = api.get(uri);

        assertThat(result).hasStatusOk();
        // Strong (no W/ prefix) and quoted; its value is a hash of the representation.
        assertThat(result.getResponse().getHeader(HttpHeaders.ETAG)).matches("\"[^\"\\s]{16,}\"");
        assertThat(result.getResponse().getHeader(HttpHeaders.LAST_MODIFIED)).isEqualTo(httpDate(changed));
        assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL))
            .isEqualTo("max-age=3600, must-revalidate, public");
        assertThat(String.join(",", result.getResponse().getHeaders(HttpHeaders.VARY)).split("\\s*,\\s*"))
            .contains("Accept", "Accept-Language");
    }

    @Test
    void theSameRequestGetsTheSameETagAndEachRepresentationItsOwn() {
        String json = etag(api.get(CSTO));
        String csv = etag(api.get(CSTO + "?format=csv"));
        String csvByAccept = etag(api.get(CSTO, HttpHeaders.ACCEPT, "text/csv"));
        String russian = etag(api.get(CSTO, HttpHeaders.ACCEPT_LANGUAGE, "ru"));

        assertThat(etag(api.get(CSTO))).isEqualTo(json);
        assertThat(csvByAccept).isEqualTo(csv);
        assertThat(json).isNotEqualTo(csv).isNotEqualTo(russian);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ CSTO, CSTO + "?format=csv", CSTO + "?format=ics" })
    void ifNoneMatchWithTheCurrentETagAnswers304WithoutABody(String uri) {
        MvcTestResult first = api.get(uri);

        MvcTestResult second = api.get(uri, HttpHeaders.IF_NONE_MATCH, etag(first));

        assertThat(second).hasStatus(HttpStatus.NOT_MODIFIED);
        assertThat(second.getResponse().getContentAsByteArray()).isEmpty();
        assertThat(second.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo(etag(first));
        assertThat(api.get(uri, HttpHeaders.IF_NONE_MATCH, "\"something-else\"")).hasStatusOk();
    }

    @Test
    void ifModifiedSinceTheLastChangeAnswers304WithoutABody() {
        MvcTestResult result = api.get(CSTO + "?format=csv", HttpHeaders.IF_MODIFIED_SINCE, httpDate(changed));
        MvcTestResult earlier = api.get(CSTO + "?format=csv", HttpHeaders.IF_MODIFIED_SINCE,
                httpDate(changed.minusSeconds(1)));

        assertThat(result).hasStatus(HttpStatus.NOT_MODIFIED);
        assertThat(result.getResponse().getContentAsByteArray()).isEmpty();
        assertThat(earlier).hasStatusOk();
    }

    @Test
    @Transactional
    void recordingATermChangesTheETagSoAPollerDownloadsAgain() throws Exception {
        MvcTestResult before = api.get(CSTO + "?format=csv");

        jdbc.update(
                """
                        INSERT INTO chairmanship_terms (alliance_id, member_state_id, chair_year, chair_year_label, start_date, start_precision, end_date, end_precision, verification)
                        SELECT a.id, s.id, 2027, '2027', DATE '2027-01-01', 'DAY', DATE '2028-01-01', 'DAY', 'UNVERIFIED'
                        FROM alliances a, member_states s WHERE a.code = 'csto' AND s.iso3 = 'TJK'""");
        jdbc.update(
                "UPDATE registry_revision SET revision = revision + 1, changed_at = CURRENT_TIMESTAMP WHERE id = 1");
        MvcTestResult after = api.get(CSTO + "?format=csv", HttpHeaders.IF_NONE_MATCH, etag(before));

        assertThat(after).hasStatusOk();
        assertThat(etag(after)).isNotEqualTo(etag(before));
        assertThat(after.getResponse().getContentAsString(StandardCharsets.UTF_8))
            .contains("2027,2027,TJ,TJK,Tajikistan,2027-01-01,2028-01-01,,false");
    }

    @Test
    @Transactional
    void aRevisionBumpMovesLastModifiedAndTheCalendarsStamp() throws Exception {
        MvcTestResult before = api.get(CSTO + "?format=ics");

        jdbc.update(
                "UPDATE registry_revision SET revision = revision + 1, changed_at = TIMESTAMP WITH TIME ZONE '2026-11-30 10:30:00+00' WHERE id = 1");
        MvcTestResult after = api.get(CSTO + "?format=ics", HttpHeaders.IF_MODIFIED_SINCE, httpDate(changed));

        assertThat(after).hasStatusOk();
        assertThat(after.getResponse().getHeader(HttpHeaders.LAST_MODIFIED)).isEqualTo("Mon, 30 Nov 2026 10:30:00 GMT");
        assertThat(after.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("DTSTAMP:20261130T103000Z");
        assertThat(etag(after)).isNotEqualTo(etag(before));
    }

    @Test
    void withoutToTheRangeMovesOnFirstJanuaryAndLastModifiedWithIt() {
        LocalDate afterTheRevision = LocalDate.of(2027, 3, 1);

        Instant defaulted = chairmanships.schedule("csto", null, null, null, afterTheRevision, Language.EN)
            .lastModified();
        Instant explicit = chairmanships.schedule("csto", 2020, 2037, null, afterTheRevision, Language.EN)
            .lastModified();

        assertThat(defaulted).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(explicit).isEqualTo(changed);
    }

    private static String httpDate(Instant instant) {
        HttpHeaders headers = new HttpHeaders();
        headers.setLastModified(instant);
        return headers.getFirst(HttpHeaders.LAST_MODIFIED);
    }

    private static String etag(MvcTestResult result) {
        return result.getResponse().getHeader(HttpHeaders.ETAG);
    }

}
