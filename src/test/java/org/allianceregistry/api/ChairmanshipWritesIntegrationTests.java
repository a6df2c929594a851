package org.allianceregistry.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceregistry.RegistryIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * A chair is a member in good standing when its term begins, and the terms of one
 * alliance do not overlap.
 */
@RegistryIntegrationTest
class ChairmanshipWritesIntegrationTests {

    private static final String TERM = """
            {"state": "%s", "chairYear": %d, "startDate": "%s", "endDate": %s, "headOfState": "N. N.", "sources": ["R12"]}""";

    @Autowired
    MockMvcTester mvc;

    Api api;

    String alliance;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        alliance = api.newAlliance("chair");
        api.admit(alliance, "RS", "2027-01-01");
        api.admit(alliance, "ME", "2027-01-01");
    }

    @Test
    void aMemberTakesTheChairAndTheHandOverIsRecordedWithIfMatch() {
        JsonNode term = api.create(uri(), TERM.formatted("RS", 2028, "2028-01-01", "null"));
        String termUri = "/api/v1/chairmanships/" + term.path("id").asLong();

        MvcTestResult handOver = api.write(HttpMethod.PATCH, termUri, "{\"endDate\": \"2029-01-01\"}",
                api.etag(termUri));

        assertThat(handOver).hasStatus(200).hasHeader(HttpHeaders.ETAG, "\"1\"");
        assertThat(api.get(termUri).path("endDate").asString()).isEqualTo("2029-01-01");
        assertThat(api.get(uri()).path("content")).hasSize(1);
    }

    @Test
    void aChairMustBeAMemberWhenTheTermBegins() {
        MvcTestResult result = api.write(HttpMethod.POST, uri(), TERM.formatted("AL", 2028, "2028-01-01", "null"),
                null);

        assertThat(result).hasStatus(409);
        assertThat(Api.body(result).path("type").asString()).endsWith(":chair-not-a-member");
    }

    @Test
    void aSuspendedMemberCannotTakeTheChairButAFrozenOneCan() {
        api.create("/api/v1/alliances/" + alliance + "/withdrawals",
                """
                        {"state": "RS", "kind": "SUSPENSION", "effectiveDate": "2027-06-01", "reason": "Suspended.", "verification": "VERIFIED", "sources": ["R12"]}""");
        api.create("/api/v1/alliances/" + alliance + "/withdrawals",
                """
                        {"state": "ME", "kind": "PARTICIPATION_FROZEN", "effectiveDate": "2027-06-01", "reason": "Frozen.", "verification": "VERIFIED", "sources": ["R12"]}""");

        MvcTestResult suspended = api.write(HttpMethod.POST, uri(),
                TERM.formatted("RS", 2028, "2028-01-01", "\"2029-01-01\""), null);
        MvcTestResult frozen = api.write(HttpMethod.POST, uri(),
                TERM.formatted("ME", 2028, "2028-01-01", "\"2029-01-01\""), null);

        assertThat(suspended).hasStatus(409);
        assertThat(Api.body(suspended).path("type").asString()).endsWith(":chair-not-in-good-standing");
        assertThat(frozen).hasStatus(201);
    }

    @Test
    void termsOfOneAllianceDoNotOverlapAndAChairYearIsRecordedOnce() {
        api.create(uri(), TERM.formatted("RS", 2028, "2028-01-01", "\"2029-01-01\""));

        MvcTestResult overlapping = api.write(HttpMethod.POST, uri(), TERM.formatted("ME", 2029, "2028-06-01", "null"),
                null);
        MvcTestResult sameYear = api.write(HttpMethod.POST, uri(), TERM.formatted("ME", 2028, "2029-01-01", "null"),
                null);
        MvcTestResult next = api.write(HttpMethod.POST, uri(), TERM.formatted("ME", 2029, "2029-01-01", "null"), null);

        assertThat(overlapping).hasStatus(409);
        assertThat(Api.body(overlapping).path("type").asString()).endsWith(":chairmanship-overlap");
        assertThat(sameYear).hasStatus(409);
        assertThat(Api.body(sameYear).path("type").asString()).endsWith(":chair-year-taken");
        assertThat(next).hasStatus(201);
    }

    @Test
    void aTermWithoutAVerifiedStartNeedsANote() {
        MvcTestResult result = api.write(HttpMethod.POST, uri(),
                "{\"state\": \"RS\", \"chairYear\": 2030, \"sources\": [\"R12\"]}", null);

        assertThat(result).hasStatus(422);
        assertThat(Api.body(result).path("errors").get(0).path("field").asString()).isEqualTo("startDate");
    }

    @Test
    void aMembershipCannotBeCutShortUnderARecordedChair() {
        long membership = api.get("/api/v1/alliances/" + alliance + "/memberships?state=RS")
            .path("content")
            .get(0)
            .path("id")
            .asLong();
        api.create(uri(), TERM.formatted("RS", 2028, "2028-01-01", "\"2029-01-01\""));

        MvcTestResult result = api.write(HttpMethod.PATCH, "/api/v1/memberships/" + membership,
                "{\"endDate\": \"2027-12-01\", \"endKind\": \"EXCLUSION\"}", "\"0\"");

        assertThat(result).hasStatus(409);
        assertThat(Api.body(result).path("type").asString()).endsWith(":chair-not-a-member");
        assertThat(api.get("/api/v1/memberships/" + membership).path("endDate").isNull()).isTrue();
    }

    @Test
    void aTermIsDeletedWithItsETag() {
        long id = api.create(uri(), TERM.formatted("RS", 2028, "2028-01-01", "null")).path("id").asLong();

        assertThat(api.write(HttpMethod.DELETE, "/api/v1/chairmanships/" + id, null, "\"3\"")).hasStatus(412);
        assertThat(api.write(HttpMethod.DELETE, "/api/v1/chairmanships/" + id, null, "\"0\"")).hasStatus(204);
        assertThat(api.get(uri()).path("content")).isEmpty();
    }

    @Test
    void aHandOverNoSourceDatesToTheDayIsRecordedWithItsBoundsAndAPatchKeepsThem() {
        JsonNode term = api.create(uri(), """
                {"state": "RS", "chairYear": 2028, "startDate": "2028-01-01", "end": "2028-07-21/2028-09-05",
                 "headOfState": "N. N.", "sources": ["R12"]}""");
        String termUri = "/api/v1/chairmanships/" + term.path("id").asLong();

        MvcTestResult patched = api.write(HttpMethod.PATCH, termUri, "{\"note\": \"Corrected.\"}", api.etag(termUri));
        JsonNode next = api.create(uri(), """
                {"state": "ME", "chairYear": 2029, "start": "2028-07-21/2028-09-05", "headOfState": "N. N.",
                 "sources": ["R12"]}""");

        assertThat(term.path("endDate").asString()).as("the last day the hand-over can be").isEqualTo("2028-09-05");
        assertThat(term.path("time").path("endStatus").asString()).isEqualTo("ENDED_ON_UNCERTAIN_DAY");
        assertThat(patched).hasStatus(200);
        JsonNode read = api.get(termUri);
        assertThat(read.path("note").asString()).isEqualTo("Corrected.");
        assertThat(read.path("time").path("end").path("edtf").asString()).isEqualTo("2028-07-21/2028-09-05");
        assertThat(next.path("startDate").asString()).isEqualTo("2028-09-05");
        assertThat(next.path("time").path("start").path("earliest").asString()).isEqualTo("2028-07-21");
        assertThat(Api.texts(api.get(uri() + "?asOf=2028-08-01").path("content"), "match")).containsExactly("POSSIBLE",
                "POSSIBLE");
    }

    @Test
    void aDayAndAnEdtfDateThatDisagreeAreRefusedNamingTheDay() {
        MvcTestResult result = api.write(HttpMethod.POST, uri(), """
                {"state": "RS", "chairYear": 2028, "startDate": "2028-01-01", "start": "2028", "sources": ["R12"]}""",
                null);

        assertThat(result).hasStatus(422);
        assertThat(Api.body(result).path("type").asString()).endsWith(":date-forms-disagree");
        assertThat(Api.body(result).path("errors").get(0).path("field").asString()).isEqualTo("startDate");
    }

    @Test
    void aDateThatIsNoEdtfTheRegistryReadsIsA400NamingTheField() {
        MvcTestResult result = api.write(HttpMethod.POST, uri(), """
                {"state": "RS", "chairYear": 2028, "start": "2028-02-30", "sources": ["R12"]}""", null);

        assertThat(result).hasStatus(400);
        assertThat(Api.texts(Api.body(result).path("errors"), "field")).contains("start");
    }

    private String uri() {
        return "/api/v1/alliances/" + alliance + "/chairmanships";
    }

}
