package org.allianceregistry.event;

import static org.allianceregistry.JsonApi.find;
import static org.allianceregistry.JsonApi.texts;
import static org.assertj.core.api.Assertions.assertThat;

import org.allianceregistry.JsonApi;
import org.allianceregistry.RegistryIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;

/**
 * Facts that were only in notes are fields: force sizes carry the qualifier the sources
 * give, and the deployments the seed article names are dated, cited events of kind
 * DEPLOYMENT.
 */
@RegistryIntegrationTest
class ForceSizesAndDeploymentsIntegrationTests {

    private static final String EVENTS = "/api/v1/alliances/csto/events";

    @Autowired
    MockMvcTester mvc;

    JsonApi api;

    @BeforeEach
    void setUp() {
        api = new JsonApi(mvc);
    }

    @ParameterizedTest(name = "{0}: {2} {1}")
    @CsvSource(delimiter = ';', textBlock = """
            Kazakhstan 2022: official strength of the contingent; 2030; EXACTLY
            Kazakhstan 2022: equipment of the contingent; 250; EXACTLY
            Interaction-2009; 7000; MORE_THAN
            Rubezh-2006; 2500; ABOUT
            Rubezh-2008; 4000; ABOUT
            CRRF strength: about 20,000 (2009); 20000; ABOUT
            CRRF strength: about 18,000 (CSTO figure); 18000; ABOUT
            Collective Peacekeeping Forces strength: about 3,600; 3600; ABOUT
            Collective Rapid Deployment Forces strength: about 5,000; 5000; ABOUT
            """)
    void aForceSizeCarriesTheQualifierOfItsSources(String title, int quantity, String qualifier) {
        JsonNode event = find(api.list(EVENTS), "title", title);

        assertThat(event.path("quantity").asInt()).isEqualTo(quantity);
        assertThat(event.path("quantityQualifier").asString()).isEqualTo(qualifier);
    }

    @Test
    void everyQuantityHasAQualifierAndNothingElseHasOne() {
        assertThat(api.list(EVENTS))
            .allSatisfy(e -> assertThat(e.path("quantityQualifier").isNull()).isEqualTo(e.path("quantity").isNull()));
    }

    @Test
    void theDeploymentsOfTheSeedArticleAreTheRussianBaseInArmeniaAndTheForcesInTajikistanAndKyrgyzstan() {
        JsonNode deployments = api.list(EVENTS + "?kind=DEPLOYMENT");

        assertThat(texts(deployments, "title")).containsExactly(
                "Rubezh-2008 stages 3 and 4: forces of the Russian 102nd military base",
                "Forces deployed in Tajikistan and Kyrgyzstan (seed article)");
        assertThat(deployments).allSatisfy(d -> {
            assertThat(d.path("verification").asString()).isEqualTo("SINGLE_SOURCE");
            assertThat(texts(d.path("sources"), "code")).containsExactly("ARTICLE-AR");
        });
    }

    @Test
    void theRussianBaseInArmeniaIsAttestedOnTheDaysOfRubezh2008StagesThreeAndFour() {
        JsonNode events = api.list(EVENTS);
        JsonNode base = find(events, "title", "Rubezh-2008 stages 3 and 4: forces of the Russian 102nd military base");
        JsonNode stages = find(events, "title", "Rubezh-2008 stages 3 and 4");

        assertThat(base.path("kind").asString()).isEqualTo("DEPLOYMENT");
        assertThat(base.path("parentId").asLong()).isEqualTo(stages.path("id").asLong());
        assertThat(base.path("startDate").asString()).isEqualTo("2008-08-18");
        assertThat(base.path("endDate").asString()).isEqualTo("2008-08-22");
        assertThat(base.path("time").path("edtf").asString()).isEqualTo("2008-08-18/2008-08-22");
        assertThat(base.path("place").asString()).isEqualTo("Armenia");
        assertThat(texts(base.path("participants"), "iso3")).containsExactlyInAnyOrder("RUS", "ARM");
        assertThat(base.path("description").asString()).contains("not the start or end of their stationing");
    }

    @Test
    void theForcesInTajikistanAndKyrgyzstanAreUndatedAndSoPossiblyInAnyRange() {
        String title = "Forces deployed in Tajikistan and Kyrgyzstan (seed article)";
        JsonNode forces = find(api.list(EVENTS + "?from=2022-01-01&to=2022-12-31"), "title", title);

        assertThat(forces.path("datePrecision").asString()).isEqualTo("UNDATED");
        assertThat(forces.path("time").isNull()).isTrue();
        assertThat(forces.path("match").asString()).isEqualTo("POSSIBLE");
        assertThat(texts(forces.path("participants"), "iso3")).containsExactlyInAnyOrder("TJK", "KGZ");
        assertThat(texts(api.list(EVENTS + "?state=TJ&kind=DEPLOYMENT"), "title")).containsExactly(title);
    }

}
