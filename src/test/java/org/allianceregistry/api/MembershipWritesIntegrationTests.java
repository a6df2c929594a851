package org.allianceregistry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.allianceregistry.RegistryIntegrationTest;
import org.allianceregistry.membership.MembershipPeriodsChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * Editors admit states, correct and delete membership periods; the rules hold and a
 * rejected write changes nothing.
 */
@RegistryIntegrationTest
@RecordApplicationEvents
class MembershipWritesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationEvents events;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
    }

    @Test
    void admittingAStateAnswers201WithLocationETagAndThePeriod() {
        String alliance = api.newAlliance("admit");

        MvcTestResult result = api.write(HttpMethod.POST, "/api/v1/alliances/" + alliance + "/memberships",
                "{\"state\": \"rs\", \"startDate\": \"2027-01-01\", \"verification\": \"VERIFIED\", \"sources\": [\"R12\"]}",
                null);

        assertThat(result).hasStatus(201).hasHeader(HttpHeaders.ETAG, "\"0\"");
        JsonNode period = Api.body(result);
        assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION))
            .endsWith("/api/v1/memberships/" + period.path("id").asLong());
        assertThat(period.path("iso3").asString()).isEqualTo("SRB");
        assertThat(period.path("startKind").asString()).isEqualTo("ACCESSION");
        assertThat(Api.texts(period.path("sources"), "code")).containsExactly("R12");
        assertThat(Api.texts(api.members(alliance, "2027-01-01"), "iso2")).containsExactly("RS");
        assertThat(api.members(alliance, "2026-12-31")).isEmpty();
    }

    @Test
    void overlappingPeriodsOfOneStateAreAConflictAndChangeNothing() {
        String alliance = api.newAlliance("overlap");
        api.admit(alliance, "RS", "2027-01-01");
        long changesBefore = changeCount();

        MvcTestResult result = api.write(HttpMethod.POST, "/api/v1/alliances/" + alliance + "/memberships",
                "{\"state\": \"SRB\", \"startDate\": \"2030-01-01\", \"verification\": \"VERIFIED\", \"sources\": [\"R12\"]}",
                null);

        assertThat(result).hasStatus(409).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Api.body(result).path("type").asString())
            .isEqualTo("urn:alliance-registry:problem:membership-overlap");
        assertThat(api.get("/api/v1/alliances/" + alliance + "/memberships").path("content")).hasSize(1);
        assertThat(changeCount()).isEqualTo(changesBefore);
    }

    @Test
    void aNewSourceIsRecordedWithTheWriteThatCitesIt() {
        String alliance = api.newAlliance("cite");

        JsonNode period = api.create("/api/v1/alliances/" + alliance + "/memberships",
                """
                        {"state": "RS", "startDate": "2027-01-01", "verification": "VERIFIED", "newSources": [{"title": "Instrument of accession",
                         "document": "Instrument of accession deposited on 2027-01-01", "accessedOn": "2027-01-02"}]}""");

        String code = period.path("sources").get(0).path("code").asString();
        assertThat(code).startsWith("ED");
        assertThat(api.get("/api/v1/sources/" + code).path("document").asString()).contains("Instrument of accession");
    }

    @Test
    void correctingAPeriodNeedsTheCurrentETag() {
        String alliance = api.newAlliance("correct");
        long id = api.admit(alliance, "RS", "2027-01-01").path("id").asLong();
        String uri = "/api/v1/memberships/" + id;
        String body = "{\"startDate\": \"2027-01-15\", \"startKind\": \"ACCESSION\", \"verification\": \"VERIFIED\", \"sources\": [\"R12\", \"R13\"]}";

        MvcTestResult missing = api.write(HttpMethod.PUT, uri, body, null);
        MvcTestResult stale = api.write(HttpMethod.PUT, uri, body, "\"7\"");
        MvcTestResult current = api.write(HttpMethod.PUT, uri, body, api.etag(uri));
        MvcTestResult replayed = api.write(HttpMethod.PUT, uri, body, "\"0\"");

        assertThat(missing).hasStatus(428).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(stale).hasStatus(412).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(current).hasStatus(200).hasHeader(HttpHeaders.ETAG, "\"1\"");
        assertThat(Api.body(current).path("startDate").asString()).isEqualTo("2027-01-15");
        assertThat(replayed).hasStatus(412);
        assertThat(api.get(uri).path("startDate").asString()).isEqualTo("2027-01-15");
    }

    @Test
    void aMergePatchChangesOnlyTheFieldsItGives() {
        String alliance = api.newAlliance("patch");
        long id = api.admit(alliance, "RS", "2027-01-01").path("id").asLong();
        String uri = "/api/v1/memberships/" + id;

        MvcTestResult patched = api.write(HttpMethod.PATCH, uri, "{\"note\": \"Deposited in Moscow.\"}", "\"0\"");

        assertThat(patched).hasStatus(200).hasHeader(HttpHeaders.ETAG, "\"1\"");
        JsonNode period = api.get(uri);
        assertThat(period.path("note").asString()).isEqualTo("Deposited in Moscow.");
        assertThat(period.path("startDate").asString()).isEqualTo("2027-01-01");
        assertThat(Api.texts(period.path("sources"), "code")).containsExactly("R12");
    }

    @Test
    void deletingAPeriodNeedsTheCurrentETagAndRemovesIt() {
        String alliance = api.newAlliance("delete");
        long id = api.admit(alliance, "RS", "2027-01-01").path("id").asLong();
        String uri = "/api/v1/memberships/" + id;

        assertThat(api.write(HttpMethod.DELETE, uri, null, null)).hasStatus(428);
        assertThat(api.write(HttpMethod.DELETE, uri, null, "\"0\"")).hasStatus(204);
        assertThat(mvc.get().uri(uri)).hasStatus(404);
        assertThat(api.write(HttpMethod.DELETE, uri, null, "\"0\"")).hasStatus(404);
    }

    @Test
    void anOversizedBodyIs413AndChangesNothing() {
        String alliance = api.newAlliance("size");
        String note = "x".repeat(70 * 1024);

        MvcTestResult result = api.write(HttpMethod.POST, "/api/v1/alliances/" + alliance + "/memberships",
                "{\"state\": \"RS\", \"startDate\": \"2027-01-01\", \"verification\": \"VERIFIED\", \"note\": \"" + note
                        + "\", \"sources\": [\"R12\"]}",
                null);

        assertThat(result).hasStatus(413).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(api.get("/api/v1/alliances/" + alliance + "/memberships").path("content")).isEmpty();
    }

    private long changeCount() {
        JsonNode page = api.get("/api/v1/changes?size=250&since=" + lastChange());
        return Long.parseLong(lastChange()) + page.path("content").size();
    }

    private String lastChange() {
        String since = "0";
        while (true) {
            JsonNode page = api.get("/api/v1/changes?size=250&since=" + since);
            if (!page.path("hasMore").asBoolean()) {
                return page.path("next").asString();
            }
            since = page.path("next").asString();
        }
    }

    static String text(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void everyChangeToAPeriodIsPublishedInItsTransaction() {
        String alliance = api.newAlliance("publish");

        long id = api.admit(alliance, "RS", "2027-01-01").path("id").asLong();
        String uri = "/api/v1/memberships/" + id;
        assertThat(api.write(HttpMethod.PATCH, uri, "{\"note\": \"Corrected.\"}", "\"0\"")).hasStatus(200);
        assertThat(api.write(HttpMethod.DELETE, uri, null, "\"1\"")).hasStatus(204);

        assertThat(events.stream(MembershipPeriodsChanged.class)).hasSize(3)
            .allSatisfy(changed -> assertThat(changed.alliance().getCode() + "/" + changed.state().getIso3())
                .isEqualTo(alliance + "/SRB"));
    }

}
