package org.allianceregistry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.allianceregistry.RegistryIntegrationTest;
import org.allianceregistry.revision.RegistryRevision;
import org.allianceregistry.revision.RegistryRevisionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * What a hostile or careless client can send: no request changes what other clients read,
 * no input earns a 500, every error is a problem, and a write that changes nothing leaves
 * every trace as it was.
 */
@RegistryIntegrationTest
class HostileRequestsIntegrationTests {

    private static final String CHAIRS = "/api/v1/alliances/csto/chairmanships";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RegistryRevisionService revisions;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
    }

    @Test
    void twoAcceptHeadersDoNotChangeWhatAPlainClientGets() {
        api.newAlliance("cache-accept"); // a write: the cache starts empty, as after any
                                         // write

        MvcTestResult both = mvc.get().uri(CHAIRS).header(HttpHeaders.ACCEPT, "*/*", "text/csv").exchange();
        MvcTestResult plain = mvc.get().uri(CHAIRS).header(HttpHeaders.ACCEPT, "*/*").exchange();

        assertThat(both).hasStatusOk();
        assertThat(plain).hasStatusOk().hasContentTypeCompatibleWith("application/json");
    }

    @Test
    void anErrorTheFrameworkAnswersWithoutABodyIsAProblemToo() throws IOException {
        // Found by the fuzz run: the actuator answers a health group it does not have
        // with a bare 404.
        String answer = raw(
                "GET /actuator/health/liveness.json HTTP/1.1\r\nHost: localhost\r\n" + "Connection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 404")
            .containsIgnoringCase("content-type: application/problem+json")
            .contains("urn:alliance-registry:problem:not-found");
    }

    @Test
    void twoAcceptLanguageHeadersDoNotChangeTheLanguageOfOthers() throws IOException {
        api.newAlliance("cache-language");

        String both = raw("GET /api/v1/states/AM HTTP/1.1\r\nHost: localhost\r\nAccept-Language: xx\r\n"
                + "Accept-Language: ru\r\nConnection: close\r\n\r\n");
        String other = raw("GET /api/v1/states/AM HTTP/1.1\r\nHost: localhost\r\nAccept-Language: xx\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(both).startsWith("HTTP/1.1 200").containsIgnoringCase("content-language: ru");
        assertThat(other).startsWith("HTTP/1.1 200")
            .containsIgnoringCase("content-language: en")
            .contains("\"name\":\"Armenia\"");
    }

    @Test
    void everyAcceptEncodingHeaderCounts() throws IOException {
        MvcTestResult result = mvc.get().uri(CHAIRS).header(HttpHeaders.ACCEPT_ENCODING, "br", "gzip").exchange();

        assertThat(result).hasStatusOk().hasHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        try (GZIPInputStream gzip = new GZIPInputStream(
                new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            assertThat(new String(gzip.readAllBytes(), StandardCharsets.UTF_8)).startsWith("{");
        }
    }

    @Test
    void aSecondWriteWithinTheSameSecondIsNotHiddenByIfModifiedSince() {
        String alliance = api.newAlliance("same-second");
        String uri = "/api/v1/alliances/" + alliance;
        MvcTestResult first = mvc.get().uri(uri).exchange();
        String lastModified = first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED);

        api.write(HttpMethod.PATCH, uri, "{\"headquarters\": \"Somewhere\"}", api.etag(uri));
        MvcTestResult after = mvc.get().uri(uri).header(HttpHeaders.IF_MODIFIED_SINCE, lastModified).exchange();

        assertThat(lastModified).isNotNull();
        assertThat(after).hasStatusOk();
        assertThat(Api.body(after).path("headquarters").asString()).isEqualTo("Somewhere");
    }

    @Test
    void aPatchThatChangesNothingLeavesTheRevisionTheTrailAndTheVersion() {
        String alliance = api.newAlliance("no-op");
        String uri = "/api/v1/alliances/" + alliance;
        String etag = api.etag(uri);
        RegistryRevision before = revisions.current();
        long changes = changeCount();

        MvcTestResult patched = api.write(HttpMethod.PATCH, uri, "{\"acronymEn\": \"TST\"}", etag);
        MvcTestResult empty = api.write(HttpMethod.PATCH, uri, "{}", etag);

        assertThat(patched).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"0\"");
        assertThat(empty).hasStatusOk();
        assertThat(revisions.current()).isEqualTo(before);
        assertThat(changeCount()).isEqualTo(changes);
        assertThat(api.etag(uri)).isEqualTo(etag);
    }

    @Test
    void aPatchThatChangesNothingStillChecksIfMatch() {
        String alliance = api.newAlliance("no-op-stale");

        MvcTestResult stale = api.write(HttpMethod.PATCH, "/api/v1/alliances/" + alliance, "{}", "\"7\"");

        assertThat(stale).hasStatus(HttpStatus.PRECONDITION_FAILED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    a number for a text                | {"state": "RS", "startDate": "2027-01-01", "note": 5, "verification": "VERIFIED", "sources": ["R12"]}                | note
                    a boolean for a text               | {"state": "RS", "startDate": "2027-01-01", "note": true, "verification": "VERIFIED", "sources": ["R12"]}             | note
                    a number for a date                | {"state": "RS", "startDate": 20270101, "verification": "VERIFIED", "sources": ["R12"]}                               | startDate
                    an ordinal for an enum             | {"state": "RS", "startDate": "2027-01-01", "startKind": 0, "verification": "VERIFIED", "sources": ["R12"]}           | startKind
                    a key given twice                  | {"state": "RS", "state": "SRB", "startDate": "2027-01-01", "verification": "VERIFIED", "sources": ["R12"]}           | state
                    a NUL character                    | {"state": "RS", "startDate": "2027-01-01", "note": "a\\u0000b", "verification": "VERIFIED", "sources": ["R12"]}      | note
                    an unpaired surrogate              | {"state": "RS", "startDate": "2027-01-01", "note": "a\\ud800b", "verification": "VERIFIED", "sources": ["R12"]}      | note
                    a source code of no-break spaces   | {"state": "RS", "startDate": "2027-01-01", "verification": "VERIFIED", "sources": ["\\u00a0\\u00a0"]}                | sources[0]
                    """)
    void aBodyIsReadStrictlyAndTheSameOnEveryDatabase(String what, String body, String field) {
        String alliance = api.newAlliance("strict");
        RegistryRevision before = revisions.current();

        MvcTestResult result = api.write(HttpMethod.POST, "/api/v1/alliances/" + alliance + "/memberships", body, null);

        assertThat(result).as(what)
            .hasStatus(HttpStatus.BAD_REQUEST)
            .hasContentTypeCompatibleWith("application/problem+json");
        assertThat(Api.texts(Api.body(result).path("errors"), "field")).as(what).contains(field);
        assertThat(revisions.current()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = { "2040.5", "\"2040\"", "2.04e3" })
    void aWholeNumberIsAWholeNumber(String year) {
        String alliance = api.newAlliance("strict-year");

        MvcTestResult result = api.write(HttpMethod.POST, "/api/v1/alliances/" + alliance + "/chairmanships",
                "{\"state\": \"AM\", \"chairYear\": " + year + ", \"sources\": [\"R12\"]}", null);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.texts(Api.body(result).path("errors"), "field")).containsExactly("chairYear");
    }

    @Test
    void aTitleOfNoBreakSpacesIsBlank() {
        MvcTestResult result = api.write(HttpMethod.POST, "/api/v1/sources",
                "{\"title\": \"\\u00a0\\u2007\\u3000\", \"url\": \"https://example.org/blank\"}", null);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.texts(Api.body(result).path("errors"), "field")).containsExactly("title");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/alliances/csto/members?asOf=-999999999-01-01 | asOf
            /api/v1/alliances/csto/members?asOf=1799-12-31       | asOf
            /api/v1/alliances/csto/events?from=-999999999-01-01  | from
            /api/v1/alliances/csto/events?to=2201-01-01          | to
            /api/v1/alliances/csto/withdrawals?kind=,SUSPENSION  | kind
            /api/v1/alliances/csto/protocols?kind=PROTOCOL,      | kind
            /api/v1/alliances/csto/events?kind=,                 | kind
            /api/v1/changes?since=+999999999-12-31T00:00:00Z     | since
            """)
    void anOutOfRangeDateOrAnEmptyListElementIs400NamingTheParameter(String uri, String parameter) {
        MvcTestResult result = mvc.get().uri(uri).exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith("application/problem+json");
        assertThat(Api.texts(Api.body(result).path("errors"), "field")).containsOnly(parameter);
    }

    @ParameterizedTest
    @ValueSource(strings = { "asOf=%ZZ", "as%ZZOf=1", "asOf=%", "state=%C3", "state=%00" })
    void aQueryThatCannotBeDecodedIs400(String query) throws IOException {
        String response = raw("GET /api/v1/alliances/csto/members?" + query + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400")
            .containsIgnoringCase("content-type: application/problem+json")
            .contains("\"errors\"")
            .doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = { "*/*", "application/*", "foo" })
    void aWildcardOrUnparseableContentTypeIs415(String contentType) {
        MvcTestResult write = mvc.post()
            .uri("/api/v1/alliances")
            .header(HttpHeaders.AUTHORIZATION, Api.EDITOR)
            .header(HttpHeaders.CONTENT_TYPE, contentType)
            .content("{}")
            .exchange();
        MvcTestResult probe = mvc.get()
            .uri("/actuator/health")
            .header(HttpHeaders.CONTENT_TYPE, contentType)
            .exchange();

        assertThat(write).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
            .hasContentTypeCompatibleWith("application/problem+json");
        assertThat(probe).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
            .hasContentTypeCompatibleWith("application/problem+json");
    }

    @Test
    void errorRequestedDirectlyIs404() {
        assertThat(mvc.get().uri("/error").exchange()).hasStatus(HttpStatus.NOT_FOUND)
            .hasContentTypeCompatibleWith("application/problem+json");
    }

    @Test
    void theMetricsScrapeTakesAnEmptyAccept() throws IOException {
        String response = raw(
                "GET /actuator/prometheus HTTP/1.1\r\nHost: localhost\r\nAccept: \r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 200");
    }

    @ParameterizedTest
    @ValueSource(strings = { "foo", "text/html", "application/xml;q=x" })
    void everyErrorIsAProblemWhateverTheAccept(String accept) {
        MvcTestResult missing = mvc.get().uri("/api/v1/alliances/nope").header(HttpHeaders.ACCEPT, accept).exchange();

        assertThat(missing.getResponse().getStatus()).isBetween(400, 499);
        assertThat(missing).hasContentTypeCompatibleWith("application/problem+json");
        assertThat(Api.body(missing).path("type").asString()).startsWith("urn:alliance-registry:problem:");
    }

    @Test
    void aRefusedCrossOriginWriteIsAProblem() {
        MvcTestResult write = mvc.post()
            .uri("/api/v1/alliances")
            .header(HttpHeaders.ORIGIN, "https://elsewhere.example")
            .header(HttpHeaders.AUTHORIZATION, Api.EDITOR)
            .contentType("application/json")
            .content("{}")
            .exchange();
        MvcTestResult preflight = mvc.options()
            .uri("/api/v1/alliances")
            .header(HttpHeaders.ORIGIN, "https://elsewhere.example")
            .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
            .exchange();

        for (MvcTestResult refused : new MvcTestResult[] { write, preflight }) {
            assertThat(refused).hasStatus(HttpStatus.FORBIDDEN)
                .hasContentTypeCompatibleWith("application/problem+json");
            JsonNode problem = Api.body(refused);
            assertThat(problem.path("type").asString()).isEqualTo("urn:alliance-registry:problem:cors-rejected");
            assertThat(problem.path("correlationId").asString()).isNotBlank();
        }
    }

    @Test
    void aWriteWhoseAnswerTheClientWouldNotAcceptIsRefusedBeforeItIsMade() {
        RegistryRevision before = revisions.current();

        MvcTestResult write = mvc.post()
            .uri("/api/v1/sources")
            .header(HttpHeaders.AUTHORIZATION, Api.EDITOR)
            .header(HttpHeaders.ACCEPT, "image/png")
            .contentType("application/json")
            .content("{\"title\": \"Never written\", \"url\": \"https://example.org/never\"}")
            .exchange();

        assertThat(write).hasStatus(HttpStatus.NOT_ACCEPTABLE).hasContentTypeCompatibleWith("application/problem+json");
        assertThat(revisions.current()).isEqualTo(before);
    }

    @Test
    void aCharsetInAcceptIsNoReasonToFail() {
        MvcTestResult index = mvc.get()
            .uri("/api/v1")
            .header(HttpHeaders.ACCEPT, "application/json;charset=utf-16")
            .exchange();
        MvcTestResult actuator = mvc.get()
            .uri("/actuator")
            .header(HttpHeaders.ACCEPT, "application/json; charset=UTF-16")
            .exchange();

        assertThat(index).hasStatusOk();
        assertThat(actuator.getResponse().getStatus()).isLessThan(500);
    }

    @Test
    void aHeadOfAPathNoHandlerServesStillSaysItIsAProblem() throws IOException {
        String response = raw(
                "HEAD /actuator/health/readiness.json HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 404").containsIgnoringCase("content-type: application/problem+json");
    }

    private long changeCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM changes", Long.class);
    }

    private String raw(String request) throws IOException {
        return Api.raw(port, request);
    }

}
