package org.allianceregistry.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.allianceregistry.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alliances say how well their sources support them: the curated three as the fact sheet
 * does, a new one as its editor states.
 */
@RegistryIntegrationTest
class AllianceVerificationIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Test
    void theCuratedAlliancesAreVerified() {
        JsonNode list = body(mvc.get().uri("/api/v1/alliances?size=250").exchange());

        for (String code : new String[] { "csto", "nato", "warsaw-pact" }) {
            assertThat(body(mvc.get().uri("/api/v1/alliances/" + code).exchange()).path("verification").asString())
                .as(code)
                .isEqualTo("VERIFIED");
            list.path("content")
                .forEach(summary -> assertThat(!code.equals(summary.path("code").asString())
                        || "VERIFIED".equals(summary.path("verification").asString()))
                    .as("%s in the list", code)
                    .isTrue());
        }
    }

    @Test
    void aNewAllianceStatesItsVerificationAndKeepsIt() {
        String body = """
                {"code": "verified-pact", "acronymEn": "VP", "nameEn": "Verified Pact", "nameRu": "Пакт", "nameAr": "حلف",
                 "kind": "COLLECTIVE_DEFENCE_ALLIANCE", %s"sources": ["R12"]}""";

        MvcTestResult unstated = post(body.formatted(""));
        MvcTestResult stated = post(body.formatted("\"verification\": \"SINGLE_SOURCE\", "));

        assertThat(unstated).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(body(unstated).path("errors").findValuesAsString("field")).containsExactly("verification");
        assertThat(stated).hasStatus(HttpStatus.CREATED);
        assertThat(body(stated).path("verification").asString()).isEqualTo("SINGLE_SOURCE");
        mvc.delete()
            .uri("/api/v1/alliances/verified-pact")
            .header(HttpHeaders.AUTHORIZATION, editor())
            .header(HttpHeaders.IF_MATCH, "\"0\"")
            .exchange();
    }

    private MvcTestResult post(String json) {
        return mvc.post()
            .uri("/api/v1/alliances")
            .header(HttpHeaders.AUTHORIZATION, editor())
            .contentType("application/json")
            .content(json)
            .exchange();
    }

    private static JsonNode body(MvcTestResult result) {
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }

    private static String editor() {
        return "Basic " + Base64.getEncoder().encodeToString("editor:editor-secret".getBytes(StandardCharsets.UTF_8));
    }

}
