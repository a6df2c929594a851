package org.allianceregistry.api;

import static org.allianceregistry.api.Api.texts;
import static org.assertj.core.api.Assertions.assertThat;

import org.allianceregistry.RegistryIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;

/** NATO and the Warsaw Pact, the registry's reference alliances, read through the API. */
@RegistryIntegrationTest
class ReferenceAlliancesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
    }

    @ParameterizedTest(name = "NATO on {0}: {1} members")
    @CsvSource({ "1949-04-03, 0", "1949-04-04, 12", "1952-02-17, 12", "1952-02-18, 14", "1955-05-05, 14",
            "1955-05-06, 15", "1982-05-29, 15", "1982-05-30, 16", "1999-03-11, 16", "1999-03-12, 19", "2004-03-28, 19",
            "2004-03-29, 26", "2009-03-31, 26", "2009-04-01, 28", "2017-06-04, 28", "2017-06-05, 29", "2020-03-26, 29",
            "2020-03-27, 30", "2023-04-03, 30", "2023-04-04, 31", "2024-03-06, 31", "2024-03-07, 32" })
    void natoGrowsAtEachEnlargement(String date, int count) {
        assertThat(api.members("nato", date)).hasSize(count);
    }

    @Test
    void natoFoundersAreSignatoriesUntilTheTreatyEntersIntoForce() {
        assertThat(texts(api.members("nato", "1949-08-23"), "status")).hasSize(12).containsOnly("SIGNATORY");
        assertThat(texts(api.members("nato", "1949-08-24"), "status")).hasSize(12).containsOnly("ACTIVE");
    }

    @ParameterizedTest(name = "Warsaw Pact on {0}: {1}")
    @CsvSource(delimiter = ';', textBlock = """
            1955-05-13; ''
            1955-05-14; ALB BGR CSK DDR HUN POL ROU SUN
            1968-09-12; ALB BGR CSK DDR HUN POL ROU SUN
            1968-09-13; BGR CSK DDR HUN POL ROU SUN
            1990-09-23; BGR CSK DDR HUN POL ROU SUN
            1990-09-24; BGR CSK HUN POL ROU SUN
            1991-06-30; BGR CSK HUN POL ROU SUN
            1991-07-01; ''
            """)
    void theWarsawPactLostAlbaniaAndTheGdrAndThenDissolved(String date, String expected) {
        assertThat(texts(api.members("warsaw-pact", date), "iso3"))
            .containsExactlyInAnyOrder(expected.isBlank() ? new String[0] : expected.split(" "));
    }

    @Test
    void theWarsawPactRecordsItsDissolutionAndFormerStatesCarryBothCodes() {
        JsonNode pact = api.get("/api/v1/alliances/warsaw-pact");
        JsonNode soviets = api.get("/api/v1/states/sun");

        assertThat(pact.path("dissolvedOn").asString()).isEqualTo("1991-07-01");
        assertThat(pact.path("foundingTreaty").path("inForceOn").asString()).isEqualTo("1955-06-05");
        assertThat(soviets.path("iso2").asString()).isEqualTo("SU");
        assertThat(soviets.path("formerCode").asString()).isEqualTo("SUHH");
        assertThat(soviets.path("historic").asBoolean()).isTrue();
    }

    @Test
    void aStateListsItsMembershipsAcrossAlliances() {
        JsonNode hungary = api.get("/api/v1/states/HU/memberships").path("content");

        assertThat(texts(hungary, "allianceCode")).containsExactly("warsaw-pact", "nato");
        assertThat(texts(hungary, "iso2")).containsOnly("HU");
    }

}
