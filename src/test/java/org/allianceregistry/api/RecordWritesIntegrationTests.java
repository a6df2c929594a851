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
 * Alliances, states, sources, documents and events are created, corrected and deleted the
 * same way.
 */
@RegistryIntegrationTest
class RecordWritesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
    }

    @Test
    void anAllianceIsCreatedCorrectedAndDeletedOnceEmpty() {
        String code = api.newAlliance("pact");
        String uri = "/api/v1/alliances/" + code;
        MvcTestResult duplicate = api.write(HttpMethod.POST, "/api/v1/alliances",
                """
                        {"code": "%s", "acronymEn": "X", "nameEn": "X", "nameRu": "Х", "nameAr": "س", "kind": "OTHER", "verification": "UNVERIFIED", "sources": ["R12"]}"""
                    .formatted(code),
                null);
        long membership = api.admit(code, "RS", "2027-01-01").path("id").asLong();

        MvcTestResult patched = api.write(HttpMethod.PATCH, uri, "{\"headquarters\": \"Belgrade\"}", api.etag(uri));
        MvcTestResult inUse = api.write(HttpMethod.DELETE, uri, null, "\"1\"");
        api.write(HttpMethod.DELETE, "/api/v1/memberships/" + membership, null, "\"0\"");
        MvcTestResult deleted = api.write(HttpMethod.DELETE, uri, null, "\"1\"");

        assertThat(duplicate).hasStatus(409);
        assertThat(patched).hasStatus(200).hasHeader(HttpHeaders.ETAG, "\"1\"");
        assertThat(Api.body(patched).path("headquarters").asString()).isEqualTo("Belgrade");
        assertThat(inUse).hasStatus(409);
        assertThat(deleted).hasStatus(204);
        assertThat(mvc.get().uri(uri)).hasStatus(404);
    }

    @Test
    void aStateIsRegisteredCorrectedAndDeleted() {
        JsonNode state = api.create("/api/v1/states",
                """
                        {"iso2": "QZ", "iso3": "QZZ", "isoNumeric": "999", "nameEn": "Testland", "nameRu": "Тестландия", "nameAr": "أرض الاختبار",
                         "historic": false, "verification": "UNVERIFIED", "sources": ["R12"]}""");
        try {
            MvcTestResult taken = api.write(HttpMethod.POST, "/api/v1/states",
                    """
                            {"iso2": "QZ", "iso3": "QZY", "isoNumeric": "998", "nameEn": "Again", "nameRu": "Снова", "nameAr": "مرة",
                             "historic": false, "verification": "UNVERIFIED", "sources": ["R12"]}""",
                    null);
            MvcTestResult ceased = api.write(HttpMethod.PATCH, "/api/v1/states/qzz", "{\"ceasedOn\": \"2020-01-01\"}",
                    "\"0\"");
            MvcTestResult renamed = api.write(HttpMethod.PATCH, "/api/v1/states/qzz", "{\"nameEn\": \"Test Land\"}",
                    "\"0\"");

            assertThat(state.path("iso3").asString()).isEqualTo("QZZ");
            assertThat(taken).hasStatus(409);
            assertThat(ceased).hasStatus(422);
            assertThat(renamed).hasStatus(200);
            assertThat(api.get("/api/v1/states/QZ").path("name").asString()).isEqualTo("Test Land");
        }
        finally {
            assertThat(api.write(HttpMethod.DELETE, "/api/v1/states/QZ", null, api.etag("/api/v1/states/QZ")))
                .hasStatus(204);
        }
        assertThat(mvc.get().uri("/api/v1/states/QZ")).hasStatus(404);
    }

    @Test
    void aSourceIsRecordedCorrectedAndDeletedOnlyWhenNothingCitesIt() {
        JsonNode source = api.create("/api/v1/sources", """
                {"title": "A test source", "url": "https://example.org/test-source"}""");
        String uri = "/api/v1/sources/" + source.path("code").asString();

        MvcTestResult noLocator = api.write(HttpMethod.POST, "/api/v1/sources", "{\"title\": \"Nowhere\"}", null);
        MvcTestResult corrected = api.write(HttpMethod.PATCH, uri, "{\"publisher\": \"example.org\"}", "\"0\"");
        MvcTestResult cited = api.write(HttpMethod.DELETE, "/api/v1/sources/R12", null,
                api.etag("/api/v1/sources/R12"));
        MvcTestResult deleted = api.write(HttpMethod.DELETE, uri, null, "\"1\"");

        assertThat(source.path("code").asString()).startsWith("ED");
        assertThat(noLocator).hasStatus(422);
        assertThat(corrected).hasStatus(200);
        assertThat(Api.body(corrected).path("publisher").asString()).isEqualTo("example.org");
        assertThat(cited).hasStatus(409);
        assertThat(Api.body(cited).path("type").asString()).endsWith(":source-in-use");
        assertThat(deleted).hasStatus(204);
    }

    @Test
    void aDocumentIsRecordedWithSignatoriesAndProvisionsAndCorrectedAsOneRecord() {
        String alliance = api.newAlliance("treaty");
        JsonNode document = api.create("/api/v1/alliances/" + alliance + "/protocols",
                """
                        {"kind": "PROTOCOL", "titleEn": "Protocol on accession", "signedOn": "2026-12-01", "signedPlace": "Moscow",
                         "subject": "Accession", "verification": "VERIFIED",
                         "signatories": [{"state": "RU", "signedOn": "2026-12-01", "verification": "VERIFIED"}, {"state": "RS", "verification": "UNVERIFIED"}],
                         "provisions": [{"article": "Art. 1", "text": "The state accedes.", "verification": "VERIFIED"}], "sources": ["R12"]}""");
        String uri = "/api/v1/protocols/" + document.path("id").asLong();

        MvcTestResult corrected = api.write(HttpMethod.PATCH, uri,
                """
                        {"inForceOn": "2027-01-01", "signatories": [{"state": "RU", "signedOn": "2026-12-01", "ratifiedOn": "2026-12-20", "verification": "VERIFIED"}]}""",
                api.etag(uri));
        MvcTestResult twice = api.write(HttpMethod.PATCH, uri,
                "{\"signatories\": [{\"state\": \"RU\", \"verification\": \"VERIFIED\"}, {\"state\": \"RUS\", \"verification\": \"VERIFIED\"}]}",
                "\"1\"");

        assertThat(Api.texts(document.path("signatories"), "iso2")).containsExactlyInAnyOrder("RU", "RS");
        assertThat(corrected).hasStatus(200).hasHeader(HttpHeaders.ETAG, "\"1\"");
        JsonNode after = api.get(uri);
        assertThat(Api.texts(after.path("signatories"), "iso2")).containsExactly("RU");
        assertThat(after.path("signatories").get(0).path("ratifiedOn").asString()).isEqualTo("2026-12-20");
        assertThat(after.path("provisions").get(0).path("text").asString()).isEqualTo("The state accedes.");
        assertThat(twice).hasStatus(422);
        assertThat(api.write(HttpMethod.DELETE, uri, null, "\"1\"")).hasStatus(204);
    }

    @Test
    void anEventIsRecordedWithParticipantsAndStages() {
        String alliance = api.newAlliance("events");
        JsonNode exercise = api.create("/api/v1/alliances/" + alliance + "/events",
                """
                        {"kind": "EXERCISE", "title": "Interaction-2027", "startDate": "2027-09-01", "endDate": "2027-09-07",
                         "description": "A joint exercise.", "verification": "VERIFIED", "participants": [{"state": "BY", "role": "Host"}], "sources": ["R12"]}""");
        String uri = "/api/v1/events/" + exercise.path("id").asLong();
        JsonNode stage = api.create("/api/v1/alliances/" + alliance + "/events",
                """
                        {"kind": "EXERCISE", "title": "Interaction-2027, stage 1", "startDate": "2027-09-01", "description": "Stage one.", "verification": "VERIFIED",
                         "parentId": %d, "sources": ["R12"]}"""
                    .formatted(exercise.path("id").asLong()));

        MvcTestResult moreParticipants = api.write(HttpMethod.PATCH, uri,
                "{\"participants\": [{\"state\": \"BY\", \"role\": \"Host\"}, {\"state\": \"KZ\", \"role\": \"A company\"}]}",
                api.etag(uri));
        MvcTestResult undated = api.write(HttpMethod.PATCH, uri, "{\"startDate\": null}", "\"1\"");
        MvcTestResult withStages = api.write(HttpMethod.DELETE, uri, null, "\"1\"");

        assertThat(stage.path("parentId").asLong()).isEqualTo(exercise.path("id").asLong());
        assertThat(moreParticipants).hasStatus(200).hasHeader(HttpHeaders.ETAG, "\"1\"");
        assertThat(Api.texts(api.get(uri).path("participants"), "iso2")).containsExactlyInAnyOrder("BY", "KZ");
        assertThat(undated).hasStatus(422);
        assertThat(withStages).hasStatus(409);
        assertThat(Api.body(withStages).path("type").asString()).endsWith(":event-has-stages");
    }

}
