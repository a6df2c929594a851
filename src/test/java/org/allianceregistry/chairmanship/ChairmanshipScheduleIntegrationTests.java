package org.allianceregistry.chairmanship;

import static org.allianceregistry.chairmanship.RotationApi.CSTO;
import static org.allianceregistry.chairmanship.RotationApi.NATO;
import static org.allianceregistry.chairmanship.RotationApi.entry;
import static org.allianceregistry.chairmanship.RotationApi.texts;
import static org.allianceregistry.chairmanship.RotationApi.years;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.allianceregistry.FixedClockConfiguration;
import org.allianceregistry.RegistryIntegrationTest;
import org.allianceregistry.shared.Language;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;

/**
 * The schedule as JSON: recorded and projected terms, the frozen-member policy, the rule,
 * today's chair and the bounds.
 */
@RegistryIntegrationTest
class ChairmanshipScheduleIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RotationScheduleService chairmanships;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    RotationApi api;

    @BeforeEach
    void setUp() {
        api = new RotationApi(mvc);
    }

    @Test
    void listsTheRecordedTermsThenTheNextTenYearsOfProjectionsInOneChronologicalList() {
        JsonNode page = api.json(CSTO);
        JsonNode content = page.path("content");

        assertThat(page.propertyNames()).containsExactly("content", "page");
        assertThat(years(content)).isEqualTo(IntStream.rangeClosed(2007, 2036).boxed().toList());
        content.forEach(entry -> {
            boolean projected = entry.path("chairYear").asInt() > 2026;
            assertThat(entry.path("projected").asBoolean()).as("chair year %s", entry.path("chairYear"))
                .isEqualTo(projected);
            assertThat(entry.path("ruleStep").isNull()).isEqualTo(!projected);
            assertThat(entry.path("id").isNull()).isEqualTo(projected);
            assertThat(entry.path("sources")).isNotEmpty();
            assertThat(entry.path("iso2").asString()).hasSize(2);
            assertThat(entry.path("iso3").asString()).hasSize(3);
        });
        assertThat(page.path("page").path("totalElements").asInt()).isEqualTo(30);
    }

    @Test
    void projectsTajikistanIn2027AndArmeniaIn2028WithItsFrozenParticipationFlagged() {
        JsonNode content = api.json(CSTO + "?from=2027&to=2029").path("content");

        JsonNode tajikistan = entry(content, 2027);
        assertThat(tajikistan.path("iso3").asString()).isEqualTo("TJK");
        assertThat(tajikistan.path("startDate").asString()).isEqualTo("2027-01-01");
        assertThat(tajikistan.path("endDate").asString()).isEqualTo("2028-01-01");
        assertThat(tajikistan.path("verification").asString()).isEqualTo("UNVERIFIED");
        assertThat(tajikistan.path("ruleStep").path("after").asString()).isEqualTo("RUS");
        assertThat(tajikistan.path("ruleStep").path("afterChairYear").asInt()).isEqualTo(2026);
        assertThat(tajikistan.path("ruleStep").path("order").asString()).isEqualTo("RUSSIAN_ALPHABETICAL");
        assertThat(tajikistan.path("participationFrozenSince").isNull()).isTrue();

        JsonNode armenia = entry(content, 2028);
        assertThat(armenia.path("iso3").asString()).isEqualTo("ARM");
        assertThat(armenia.path("participationFrozenSince").asString()).isEqualTo("2024-02-22");
        assertThat(armenia.path("ruleStep").path("frozenPolicy").asString()).isEqualTo("KEEP");
        assertThat(armenia.path("ruleStep").path("kept").path("restriction").asString())
            .isEqualTo("PARTICIPATION_FROZEN");
        assertThat(texts(armenia.path("ruleStep").path("skipped"), "iso3")).containsExactly("UZB");
        assertThat(armenia.path("ruleStep").path("skipped").get(0).path("restriction").asString())
            .isEqualTo("SUSPENDED");
        assertThat(armenia.path("ruleStep").path("text").asString())
            .contains("Uzbekistan skipped (suspended since 2012-12-19")
            .contains("Armenia keeps its turn")
            .contains("frozenPolicy=KEEP");

        assertThat(entry(content, 2029).path("iso3").asString()).isEqualTo("BLR");
    }

    @Test
    void skipsTheFrozenMemberWhenTheRequestAsksTo() {
        JsonNode content = api.json(CSTO + "?from=2027&to=2035&frozenPolicy=skip").path("content");

        assertThat(texts(content, "iso3")).containsExactly("TJK", "BLR", "KAZ", "KGZ", "RUS", "TJK", "BLR", "KAZ",
                "KGZ");
        JsonNode belarus = entry(content, 2028);
        assertThat(texts(belarus.path("ruleStep").path("skipped"), "iso3")).containsExactly("UZB", "ARM");
        assertThat(texts(belarus.path("ruleStep").path("skipped"), "restriction")).containsExactly("SUSPENDED",
                "PARTICIPATION_FROZEN");
        assertThat(belarus.path("ruleStep").path("frozenPolicy").asString()).isEqualTo("SKIP");
        assertThat(belarus.path("participationFrozenSince").isNull()).isTrue();
    }

    @Test
    void neverProjectsASuspendedMember() {
        JsonNode content = api.json(CSTO + "?from=2027&to=2076").path("content");

        assertThat(content).hasSize(50);
        assertThat(texts(content, "iso3")).doesNotContain("UZB").contains("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK");
    }

    @Test
    void showsTheHandOverTheConventionImpliesForTheTermInOffice() {
        JsonNode russia = entry(api.json(CSTO + "?from=2026&to=2027").path("content"), 2026);

        assertThat(russia.path("projected").asBoolean()).isFalse();
        assertThat(russia.path("endDate").isNull()).isTrue();
        assertThat(russia.path("expectedEndDate").asString()).isEqualTo("2027-01-01");
    }

    @Test
    void marksTheRecordedExceptionsToTheRuleWithTheirReasons() {
        JsonNode content = api.json(CSTO + "?from=2007&to=2012").path("content");

        assertThat(entry(content, 2008).path("ruleException").asString()).contains("skipping Kazakhstan");
        assertThat(entry(content, 2010).path("ruleException").asString()).contains("Interim chair");
        assertThat(entry(content, 2011).path("ruleException").isNull()).isTrue();
    }

    @Test
    void namesStatesInTheLanguageOfAcceptLanguage() {
        JsonNode content = api.json(CSTO + "?from=2027&to=2028", HttpHeaders.ACCEPT_LANGUAGE, "ru").path("content");

        assertThat(texts(content, "name")).containsExactly("Таджикистан", "Армения");
    }

    @Test
    void pagesTheJsonListOnRequest() {
        JsonNode page = api.json(CSTO + "?from=2007&to=2036&size=5&page=1");

        assertThat(years(page.path("content"))).containsExactly(2012, 2013, 2014, 2015, 2016);
        assertThat(page.path("page").path("totalElements").asInt()).isEqualTo(30);
        assertThat(page.path("page").path("totalPages").asInt()).isEqualTo(6);
    }

    @Test
    void answersAnEmptyScheduleForAnAllianceWithoutARotatingChairAndPointsToTheStatement() {
        var result = api.get(NATO);
        JsonNode rule = api.json(NATO + "/rotation");

        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.content").asArray().isEmpty();
        assertThat(result.getResponse().getHeader(HttpHeaders.LINK))
            .isEqualTo("</api/v1/alliances/nato/chairmanships/rotation>; rel=\"describedby\"");
        assertThat(rule.path("rotating").asBoolean()).isFalse();
        assertThat(rule.path("description").asString()).startsWith("NATO has no rotating chair");
        assertThat(rule.path("order")).isEmpty();
        assertThat(api.json("/api/v1/alliances/warsaw-pact/chairmanships").path("content")).isEmpty();
    }

    @Test
    void describesTheRotationRuleAsDataWithTodaysOrderFromTheMembershipHistory() {
        JsonNode rule = api.json(CSTO + "/rotation");

        assertThat(rule.path("rotating").asBoolean()).isTrue();
        assertThat(rule.path("orderBasis").asString()).isEqualTo("RUSSIAN_ALPHABETICAL");
        assertThat(rule.path("termYears").asInt()).isEqualTo(1);
        assertThat(rule.path("suspendedPolicy").asString()).isEqualTo("SKIP");
        assertThat(rule.path("frozenPolicy").asString()).isEqualTo("KEEP");
        assertThat(texts(rule.path("handOverConventions"), "kind")).containsExactly("COUNCIL_SESSION",
                "FIRST_OF_JANUARY");
        assertThat(texts(rule.path("handOverConventions"), "fromChairYear")).containsExactly("2007", "2024");
        assertThat(rule.path("orderOn").asString()).isEqualTo(FixedClockConfiguration.TODAY);
        assertThat(texts(rule.path("order"), "iso3")).containsExactly("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK", "UZB");
        assertThat(texts(rule.path("order"), "keepsTurn")).containsExactly("true", "true", "true", "true", "true",
                "true", "false");
        assertThat(rule.path("order").get(0).path("restriction").asString()).isEqualTo("PARTICIPATION_FROZEN");
        assertThat(rule.path("order").get(6).path("restriction").asString()).isEqualTo("SUSPENDED");
        assertThat(texts(rule.path("sources"), "code")).contains("R59", "R60", "R104");
    }

    @Test
    void answersTodaysChair() {
        JsonNode current = api.json(CSTO + "/current");

        assertThat(current.path("iso3").asString()).isEqualTo("RUS");
        assertThat(current.path("chairYear").asInt()).isEqualTo(2026);
        assertThat(current.path("projected").asBoolean()).isFalse();
    }

    @Test
    void answersA404ProblemWhenNoOneChairs() {
        JsonNode problem = api.problem(NATO + "/current", 404);

        assertThat(problem.path("type").asString()).isEqualTo("urn:alliance-registry:problem:no-current-chair");
        assertThat(problem.path("detail").asString()).startsWith("NATO has no rotating chair");
    }

    @Test
    void findsTheChairOfOtherDaysFromTheRecordOrTheRule() {
        assertThat(chairOn(LocalDate.of(2009, 12, 31))).isEqualTo("2010 RUS recorded");
        assertThat(chairOn(LocalDate.of(2012, 12, 19))).isEqualTo("2013 KGZ recorded");
        assertThat(chairOn(LocalDate.of(2027, 6, 1))).isEqualTo("2027 TJK projected");
        assertThat(chairOn(LocalDate.of(2028, 1, 1))).isEqualTo("2028 ARM projected");
        // Kyrgyzstan's 2007-08 term has no recorded end and Armenia's next one no
        // recorded start.
        assertThatExceptionOfType(NoCurrentChairException.class).isThrownBy(() -> chairOn(LocalDate.of(2008, 8, 1)))
            .withMessageContaining("2008-08-01");
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource({ "?from=2030&to=2020, from", "?from=2000&to=2050, to", "?from=1800, from", "?to=2201, to",
            "?from=twenty, from", "?to=2030.5, to", "?format=xml, format", "?frozenPolicy=MAYBE, frozenPolicy",
            "?size=0, size", "?page=-1, page" })
    void rejectsBadParametersWithA400ProblemNamingThem(String query, String parameter) {
        JsonNode problem = api.problem(CSTO + query, 400);

        assertThat(texts(problem.path("errors"), "field")).contains(parameter);
        assertThat(problem.path("detail").asString()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ CSTO + "?from=2026&to=2026", CSTO + "?from=2007&to=2056", CSTO + "?format=ics", CSTO + "/current",
            CSTO + "/rotation", NATO })
    void aScheduleCostsTheSameFewStatementsWhateverItsLength(String uri) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        assertThat(api.get(uri)).hasStatusOk();

        // The registry's budget is 7 per read; the read cache in front of /api/v1 takes
        // one for the revision.
        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(6);
    }

    @Test
    void documentsTheFeedsInTheOpenApiDescription() {
        JsonNode docs = api.json("/v3/api-docs");
        JsonNode schedule = docs.path("paths").path("/api/v1/alliances/{code}/chairmanships").path("get");

        assertThat(schedule.path("summary").asString()).isNotBlank();
        assertThat(schedule.path("description").asString()).contains("at most 50").contains("If-None-Match");
        assertThat(schedule.path("responses").path("200").path("content").propertyNames()).contains("application/json",
                "text/csv", "text/calendar");
        schedule.path("parameters")
            .forEach(parameter -> assertThat(parameter.path("description").asString())
                .as(parameter.path("name").asString())
                .isNotBlank());
        assertThat(docs.path("paths")
            .path("/api/v1/alliances/{code}/chairmanships/current")
            .path("get")
            .path("summary")
            .asString()).isNotBlank();
        assertThat(docs.path("paths")
            .path("/api/v1/alliances/{code}/chairmanships/rotation")
            .path("get")
            .path("summary")
            .asString()).isNotBlank();
    }

    private String chairOn(LocalDate day) {
        ChairmanshipResponse chair = chairmanships.current("csto", null, day, Language.EN).entries().get(0);
        return chair.chairYear() + " " + chair.iso3() + (chair.projected() ? " projected" : " recorded");
    }

}
