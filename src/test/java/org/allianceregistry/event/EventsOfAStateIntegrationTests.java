package org.allianceregistry.event;

import static org.allianceregistry.JsonApi.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.allianceregistry.JsonApi;
import org.allianceregistry.RegistryIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * {@code events?state=AM}: the events a state takes part in, named by any form of its ISO
 * 3166-1 code, alone or with the other filters.
 */
@RegistryIntegrationTest
class EventsOfAStateIntegrationTests {

    private static final String EVENTS = "/api/v1/alliances/csto/events";

    @Autowired
    MockMvcTester mvc;

    JsonApi api;

    @BeforeEach
    void setUp() {
        api = new JsonApi(mvc);
    }

    @Test
    void theEventsOfArmeniaAreExactlyThoseWithArmeniaAmongTheParticipants() {
        List<String> expected = new ArrayList<>();
        api.list(EVENTS).forEach(e -> {
            if (texts(e.path("participants"), "iso3").contains("ARM")) {
                expected.add(e.path("title").asString());
            }
        });

        JsonNode armenia = api.list(EVENTS + "?state=AM");

        assertThat(texts(armenia, "title")).containsExactlyElementsOf(expected)
            .contains("Armenia: participation declared frozen",
                    "CSTO collective operation in Kazakhstan (January 2022)",
                    "Rubezh-2008 stages 3 and 4: forces of the Russian 102nd military base")
            .doesNotContain("Interaction-2009");
        assertThat(expected).hasSizeGreaterThan(20);
    }

    @ParameterizedTest
    @ValueSource(strings = { "AM", "am", "ARM", "arm", "Arm" })
    void anyFormOfTheCodeNamesTheSameState(String code) {
        assertThat(texts(api.list(EVENTS + "?state=" + code), "id"))
            .containsExactlyElementsOf(texts(api.list(EVENTS + "?state=AM"), "id"));
    }

    @Test
    void theStateCombinesWithKindAndRange() {
        JsonNode kazakhstan2022 = api.list(EVENTS + "?state=kz&from=2022-01-01&to=2022-01-31&includeUndated=false");
        JsonNode armenianDeployments = api.list(EVENTS + "?state=ARM&kind=DEPLOYMENT");

        assertThat(texts(kazakhstan2022, "title")).contains("CSTO collective operation in Kazakhstan (January 2022)",
                "Kazakhstan 2022: request for CSTO assistance");
        assertThat(kazakhstan2022).allSatisfy(e -> {
            assertThat(texts(e.path("participants"), "iso3")).contains("KAZ");
            assertThat(e.path("match").asString()).isIn("CERTAIN", "POSSIBLE");
        });
        assertThat(texts(armenianDeployments, "title"))
            .containsExactly("Rubezh-2008 stages 3 and 4: forces of the Russian 102nd military base");
    }

    @Test
    void aStateThatTookPartInNothingHasNoEvents() {
        assertThat(api.list(EVENTS + "?state=NZ")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "QQ", "XYZ", "A", "ARME", "1" })
    void anUnknownCodeIsTheSameNotFoundProblemAsTheOtherStateParameters(String code) {
        MvcTestResult events = api.exchange(EVENTS + "?state=" + code);
        MvcTestResult memberships = api.exchange("/api/v1/alliances/csto/memberships?state=" + code);

        assertThat(events).hasStatus(404).hasContentType("application/problem+json");
        assertThat(JsonApi.body(events).path("type").asString()).endsWith(":state-not-found");
        assertThat(memberships.getResponse().getStatus()).isEqualTo(404);
    }

}
