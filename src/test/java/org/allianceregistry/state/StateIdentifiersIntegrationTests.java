package org.allianceregistry.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceregistry.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The identifiers of the curated states and alliances: the COW crosswalk with its
 * validity dates (from the COW State System Membership List v2016), look-ups by COW
 * number on a day, Wikidata items as shared/facts/identifiers.md cites them, and the
 * alliances' ATOP and COW numbers.
 */
@RegistryIntegrationTest
class StateIdentifiersIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Test
    void cowCode365IsTheSovietUnionIn1990AndRussiaAfter1991() {
        JsonNode in1990 = get("/api/v1/states?cowCode=365&asOf=1990-01-01");
        JsonNode in2008 = get("/api/v1/states?cowCode=365&asOf=2008-08-08");
        JsonNode ever = get("/api/v1/states?cowCode=365");

        assertThat(in1990.path("content").findValuesAsString("iso3")).containsExactly("SUN");
        assertThat(in1990.path("page").path("totalElements").asInt()).isEqualTo(1);
        assertThat(in2008.path("content").findValuesAsString("iso3")).containsExactly("RUS");
        assertThat(ever.path("content").findValuesAsString("iso3")).containsExactlyInAnyOrder("SUN", "RUS");
    }

    @Test
    void germanyAndCzechoslovakiaFollowTheirCowNumbers() {
        assertThat(iso3s("/api/v1/states?cowCode=260&asOf=1980-01-01")).containsExactly("DEU");
        assertThat(iso3s("/api/v1/states?cowCode=265&asOf=1980-01-01")).containsExactly("DDR");
        assertThat(iso3s("/api/v1/states?cowCode=255&asOf=2000-01-01")).containsExactly("DEU");
        assertThat(iso3s("/api/v1/states?cowCode=255&asOf=1930-01-01")).isEmpty();
        assertThat(iso3s("/api/v1/states?cowCode=315&asOf=1980-01-01")).containsExactly("CSK");
        assertThat(iso3s("/api/v1/states?cowCode=316&asOf=2000-01-01")).containsExactly("CZE");
        assertThat(iso3s("/api/v1/states?cowCode=317&asOf=2000-01-01")).containsExactly("SVK");
        assertThat(iso3s("/api/v1/states?cowCode=345")).isEmpty();
        JsonNode germany = get("/api/v1/states/DE");
        assertThat(germany.path("cowCode").asInt()).isEqualTo(255);
        assertThat(germany.path("cowCodes").findValuesAsString("cowCode")).containsExactly("260", "255");
        assertThat(germany.path("cowCodes").get(0).path("validTo").asString()).isEqualTo("1990-10-02");
        assertThat(germany.path("cowCodes").get(0).path("source").asString()).isEqualTo("COW-STATES-2016");
        assertThat(germany.path("wikidataId").isNull()).isTrue();
    }

    @Test
    void asOfNeedsACowCode() {
        assertThat(mvc.get().uri("/api/v1/states?asOf=1990-01-01")).hasStatus(400);
    }

    @Test
    void statesAndAlliancesCarryTheirIdentifiersAsCited() {
        JsonNode russia = get("/api/v1/states/RU");
        JsonNode ussr = get("/api/v1/states/SUN");
        JsonNode csto = get("/api/v1/alliances/csto");
        JsonNode nato = get("/api/v1/alliances/nato");
        JsonNode warsawPact = get("/api/v1/alliances/warsaw-pact");

        assertThat(russia.path("iso3").asString()).isEqualTo("RUS");
        assertThat(russia.path("cowCode").asInt()).isEqualTo(365);
        assertThat(russia.path("cowCodes").get(0).path("verification").asString()).isEqualTo("UNVERIFIED");
        assertThat(russia.path("wikidataId").asString()).isEqualTo("Q159");
        assertThat(russia.path("wikidataVerification").asString()).isEqualTo("SINGLE_SOURCE");
        assertThat(russia.path("wikidataSource").asString()).isEqualTo("https://www.wikidata.org/wiki/Q159");
        assertThat(ussr.path("wikidataId").asString()).isEqualTo("Q15180");
        assertThat(csto.path("wikidataId").asString()).isEqualTo("Q318693");
        assertThat(csto.path("atopId").asInt()).isEqualTo(4220);
        assertThat(JSON.convertValue(csto.path("cowIds"), int[].class)).containsExactly(350, 349);
        assertThat(nato.path("wikidataId").asString()).isEqualTo("Q7184");
        assertThat(JSON.convertValue(nato.path("cowIds"), int[].class)).containsExactly(227);
        assertThat(warsawPact.path("atopId").asInt()).isEqualTo(3285);
        assertThat(JSON.convertValue(warsawPact.path("cowIds"), int[].class)).containsExactly(243);
        assertThat(warsawPact.path("wikidataId").isNull()).isTrue();
    }

    private String[] iso3s(String uri) {
        return get(uri).path("content").findValuesAsString("iso3").toArray(String[]::new);
    }

    private JsonNode get(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).as("GET %s", uri).hasStatus(200);
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }

}
