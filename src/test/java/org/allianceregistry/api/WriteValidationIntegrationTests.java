package org.allianceregistry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.allianceregistry.RegistryIntegrationTest;
import org.allianceregistry.revision.RegistryRevision;
import org.allianceregistry.revision.RegistryRevisionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * The validation matrix: every malformed or invalid write answers the right problem
 * naming the field at fault, and leaves the data and its revision exactly as they were.
 */
@RegistryIntegrationTest
class WriteValidationIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RegistryRevisionService revisions;

    Api api;

    String alliance;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        alliance = api.newAlliance("valid");
    }

    @ParameterizedTest(name = "{0} -> {1} naming {2}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    {"startDate": "2027-01-01", "sources": ["R12"]}                                        | 400 | state
                    {"state": "Serbia", "startDate": "2027-01-01", "verification": "VERIFIED", "sources": ["R12"]}                     | 400 | state
                    {"state": "RS", "verification": "VERIFIED", "sources": ["R12"]}                        | 400 | startDate
                    {"state": "RS", "startDate": "2027-01-01", "sources": ["R12"]}                         | 400 | verification
                    {"state": "RS", "startEdtf": "2027-13", "verification": "VERIFIED", "sources": ["R12"]} | 400 | startEdtf
                    {"state": "RS", "startEdtf": "July 2027", "verification": "VERIFIED", "sources": ["R12"]} | 400 | startEdtf
                    {"state": "RS", "startEdtf": "2027-09-05/2027-07-21", "verification": "VERIFIED", "sources": ["R12"]} | 400 | startEdtf
                    {"state": "RS", "startEdtf": "0202", "verification": "VERIFIED", "sources": ["R12"]}   | 400 | startEdtf
                    {"state": "RS", "startDate": "2027-01-02", "startEdtf": "2027", "verification": "VERIFIED", "sources": ["R12"]} | 400 | startDate
                    {"state": "RS", "startEdtf": "2027", "endEdtf": "2026", "endKind": "WITHDRAWAL", "verification": "VERIFIED", "sources": ["R12"]} | 422 | endDate
                    {"state": "RS", "startDate": "2027-13-01", "verification": "VERIFIED", "sources": ["R12"]}                         | 400 | startDate
                    {"state": "RS", "startDate": "01.01.2027", "verification": "VERIFIED", "sources": ["R12"]}                         | 400 | startDate
                    {"state": "RS", "startDate": "0202-01-01", "verification": "VERIFIED", "sources": ["R12"]}                         | 400 | startDate
                    {"state": "RS", "startDate": "2027-01-01", "startKind": "INVASION", "verification": "VERIFIED", "sources": ["R12"]} | 400 | startKind
                    {"state": "RS", "startDate": "2027-01-01", "verification": "VERIFIED", "sources": "R12"}                           | 400 | sources
                    {"state": "RS", "startDate": "2027-01-01", "verification": "VERIFIED", "sources": [""]}                            | 400 | sources[0]
                    {"state": "RS", "startdate": "2027-01-01", "sources": ["R12"]}                         | 400 | startdate
                    {"state": "RS", "startDate": "2027-01-01", "verification": "VERIFIED", "newSources": [{"url": "ftp://x"}]}         | 400 | newSources[0].title
                    {"state": "RS", "startDate": "2027-01-01", "verification": "VERIFIED", "newSources": [null]}                       | 400 | newSources[0]
                    {"state": "QQ", "startDate": "2027-01-01", "verification": "VERIFIED", "sources": ["R12"]}                         | 422 | state
                    {"state": "RS", "startDate": "2027-01-01", "verification": "VERIFIED", "sources": ["R99999"]}                      | 422 | sources[0]
                    {"state": "RS", "startDate": "2027-01-01", "verification": "VERIFIED"}                   | 422 | sources
                    {"state": "RS", "startDate": "2027-01-01", "verification": "VERIFIED", "sources": []}                              | 422 | sources
                    {"state": "RS", "startDate": "2027-01-01", "verification": "VERIFIED", "newSources": [{"title": "Nowhere"}]}       | 422 | newSources[0].url
                    {"state": "RS", "startDate": "2027-01-01", "endDate": "2026-01-01", "endKind": "WITHDRAWAL", "verification": "VERIFIED", "sources": ["R12"]} | 422 | endDate
                    {"state": "RS", "startDate": "2027-01-01", "endDate": "2028-01-01", "verification": "VERIFIED", "sources": ["R12"]} | 422 | endKind
                    """)
    void anInvalidAdmissionNamesTheFieldAndChangesNothing(String body, int status, String field) {
        RegistryRevision before = revisions.current();

        MvcTestResult result = api.write(HttpMethod.POST, memberships(), body, null);

        JsonNode problem = problem(result, status);
        assertThat(Api.texts(problem.path("errors"), "field")).as(body).contains(field);
        assertThat(revisions.current()).isEqualTo(before);
        assertThat(api.get(memberships()).path("content")).isEmpty();
    }

    @Test
    void malformedJsonIs400AndAWrongContentType415() {
        RegistryRevision before = revisions.current();

        JsonNode malformed = problem(api.write(HttpMethod.POST, memberships(), "{\"state\": \"RS\", ", null), 400);
        problem(mvc.post()
            .uri(memberships())
            .header(HttpHeaders.AUTHORIZATION, Api.EDITOR)
            .contentType(MediaType.TEXT_PLAIN)
            .content("state=RS")
            .exchange(), 415);
        problem(mvc.post().uri(memberships()).header(HttpHeaders.AUTHORIZATION, Api.EDITOR).exchange(), 400);

        assertThat(malformed.path("type").asString()).endsWith(":malformed-body");
        assertThat(malformed.toString()).doesNotContain("Exception", "tools.jackson", "line:");
        assertThat(revisions.current()).isEqualTo(before);
    }

    @Test
    void anUnknownAllianceOrRecordInThePathIs404() {
        problem(api.write(HttpMethod.POST, "/api/v1/alliances/seato/memberships",
                "{\"state\": \"RS\", \"startDate\": \"2027-01-01\", \"verification\": \"VERIFIED\", \"sources\": [\"R12\"]}",
                null), 404);
        problem(api.write(HttpMethod.PUT, "/api/v1/memberships/999999",
                "{\"startDate\": \"2027-01-01\", \"startKind\": \"ACCESSION\", \"verification\": \"VERIFIED\", \"sources\": [\"R12\"]}",
                "\"0\""), 404);
        problem(api.write(HttpMethod.PATCH, "/api/v1/withdrawals/999999", "{\"liftedOn\": \"2028-01-01\"}", "\"0\""),
                404);
        problem(api.write(HttpMethod.DELETE, "/api/v1/chairmanships/999999", null, "\"0\""), 404);
    }

    @Test
    void ifMatchIsEvaluatedAsRfc9110Says() {
        long id = api.admit(alliance, "RS", "2027-01-01").path("id").asLong();
        String uri = "/api/v1/memberships/" + id;
        String read = api.etag(uri);

        // No match is 412, whatever the form: a stale version, weak tags (strong
        // comparison), tags naming no
        // version, a list none of whose members is current.
        for (String ifMatch : List.of("\"7\"", "W/\"0\"", "W/" + read, "\"kR2m\"", "\"5\", \"6\"")) {
            JsonNode problem = problem(api.write(HttpMethod.PATCH, uri, "{\"note\": \"x\"}", ifMatch), 412);
            assertThat(problem.path("type").asString()).as(ifMatch).endsWith("stale-version");
        }
        // A list matches when any member does; * matches the record as it is.
        assertThat(api.write(HttpMethod.PATCH, uri, "{\"note\": \"a\"}", "\"9\", " + read)).hasStatusOk()
            .hasHeader(HttpHeaders.ETAG, "\"1\"");
        assertThat(api.write(HttpMethod.PATCH, uri, "{\"note\": \"b\"}", "*")).hasStatusOk()
            .hasHeader(HttpHeaders.ETAG, "\"2\"");
        // Not an If-Match at all: 400 naming the header; missing: 428.
        for (String ifMatch : List.of("0", "\"0", "*, \"2\"")) {
            JsonNode problem = problem(api.write(HttpMethod.PATCH, uri, "{\"note\": \"x\"}", ifMatch), 400);
            assertThat(Api.texts(problem.path("errors"), "field")).as(ifMatch).containsExactly("If-Match");
        }
        problem(api.write(HttpMethod.PATCH, uri, "{\"note\": \"x\"}", null), 428);
        assertThat(api.etag(uri)).startsWith("\"2-");
        // * on a record that does not exist: the record's 404 comes first.
        problem(api.write(HttpMethod.DELETE, "/api/v1/memberships/999999", null, "*"), 404);
    }

    @Test
    void aPatchIsValidatedLikeAPut() {
        long id = api.admit(alliance, "RS", "2027-01-01").path("id").asLong();
        String uri = "/api/v1/memberships/" + id;

        JsonNode nulled = problem(api.write(HttpMethod.PATCH, uri, "{\"startDate\": null}", "\"0\""), 400);
        JsonNode unknown = problem(api.write(HttpMethod.PATCH, uri, "{\"colour\": \"red\"}", "\"0\""), 400);
        JsonNode notAnObject = problem(api.write(HttpMethod.PATCH, uri, "[1, 2]", "\"0\""), 400);

        assertThat(Api.texts(nulled.path("errors"), "field")).containsExactly("startDate");
        assertThat(Api.texts(unknown.path("errors"), "field")).containsExactly("colour");
        assertThat(notAnObject.path("status").asInt()).isEqualTo(400);
        assertThat(api.etag(uri)).startsWith("\"0-");
    }

    @Test
    void aSeededFactIsNotOverwrittenByAnInvalidCorrection() {
        JsonNode armenia = api.get("/api/v1/alliances/csto/memberships?state=AM").path("content").get(0);
        String uri = "/api/v1/memberships/" + armenia.path("id").asLong();
        String etag = api.etag(uri);

        // Armenia's 1992 period cannot start after its 2024 freeze: the act would fall
        // outside the period.
        MvcTestResult result = api.write(HttpMethod.PATCH, uri, "{\"startDate\": \"2025-01-01\"}", etag);

        assertThat(result).hasStatus(409);
        assertThat(api.get(uri).path("startDate").asString()).isEqualTo("1992-05-15");
        assertThat(api.etag(uri)).isEqualTo(etag);
    }

    private String memberships() {
        return "/api/v1/alliances/" + alliance + "/memberships";
    }

    private static JsonNode problem(MvcTestResult result, int status) {
        assertThat(result.getResponse().getStatus())
            .as(new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8))
            .isEqualTo(status);
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = Api.body(result);
        assertThat(problem.path("type").asString()).startsWith("urn:alliance-registry:problem:");
        assertThat(problem.path("detail").asString()).isNotBlank();
        return problem;
    }

}
