package org.allianceregistry.event;

import static org.allianceregistry.JsonApi.find;
import static org.allianceregistry.JsonApi.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * A range query on the curated CSTO events lists every event that may meet the range: one
 * known only to the month or year is found for any range meeting that month or year, and
 * says whether it certainly or only possibly falls in; an undated one is never dropped.
 */
@RegistryIntegrationTest
class EventsInARangeIntegrationTests {

    private static final String EVENTS = "/api/v1/alliances/csto/events";

    private static final String KARABAKH = "2020 Nagorno-Karabakh war: 6,500 deaths";

    private static final String JULY_2025 = "Armenia: leaving more likely than unfreezing";

    @Autowired
    MockMvcTester mvc;

    JsonApi api;

    @BeforeEach
    void setUp() {
        api = new JsonApi(mvc);
    }

    @Test
    void theKarabakhWarKnownOnlyToTheYearIsPossiblyInSeptemberToNovember2020() {
        JsonNode events = api.list(EVENTS + "?from=2020-09-01&to=2020-11-30&includeUndated=false");

        JsonNode war = find(events, "title", KARABAKH);
        assertThat(war.path("match").asString()).isEqualTo("POSSIBLE");
        assertThat(war.path("datePrecision").asString()).isEqualTo("YEAR");
        assertThat(war.path("startDate").asString()).isEqualTo("2020-01-01");
        assertThat(war.path("endDate").isNull()).isTrue();
        assertThat(war.path("time").path("start").path("edtf").asString()).isEqualTo("2020");
        assertThat(war.path("time").path("lastDay").path("edtf").asString()).isEqualTo("2020");
        assertThat(war.path("time").path("end").path("lastPossibleDay").asString()).isEqualTo("2021-01-01");
        assertThat(war.path("time").path("endStatus").asString()).isEqualTo("ENDED_ON_UNCERTAIN_DAY");
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource(textBlock = """
            2025-07-20, 2025-07-31, POSSIBLE
            2025-07-01, 2025-07-31, CERTAIN
            2025-06-01, 2025-12-31, CERTAIN
            2025-07-31, 2025-07-31, POSSIBLE
            """)
    void aStatementDatedJuly2025IsFoundInLateJulyAndCertainlyInTheWholeMonth(String from, String to, String match) {
        JsonNode statement = find(api.list(EVENTS + "?from=" + from + "&to=" + to), "title", JULY_2025);

        assertThat(statement.path("match").asString()).isEqualTo(match);
        assertThat(statement.path("datePrecision").asString()).isEqualTo("MONTH");
        assertThat(statement.path("time").path("start").path("edtf").asString()).isEqualTo("2025-07");
    }

    @Test
    void aStatementDatedJuly2025IsNotFoundInAugust() {
        assertThat(texts(api.list(EVENTS + "?from=2025-08-01&to=2025-08-31"), "title")).doesNotContain(JULY_2025);
    }

    @Test
    void theKazakhstanOperationEndsInclusivelyInEndDateAndExclusivelyInTime() {
        JsonNode operation = find(api.list(EVENTS + "?kind=OPERATION&from=2022-01-20&to=2022-01-20"), "kind",
                "OPERATION");

        assertThat(operation.path("match").asString()).isEqualTo("CERTAIN");
        assertThat(operation.path("endDate").asString()).isEqualTo("2022-01-20");
        assertThat(operation.path("time").path("lastDay").path("date").asString()).isEqualTo("2022-01-20");
        assertThat(operation.path("time").path("end").path("date").asString()).isEqualTo("2022-01-21");
        assertThat(operation.path("time").path("end").path("precision").asString()).isEqualTo("DAY");
        assertThat(operation.path("time").path("endStatus").asString()).isEqualTo("ENDED");
        assertThat(operation.path("time").path("edtf").asString()).isEqualTo("2022-01-05/2022-01-20");
        assertThat(texts(api.list(EVENTS + "?kind=OPERATION&from=2022-01-21&includeUndated=false"), "kind"))
            .doesNotContain("OPERATION");
    }

    @Test
    void theAdoptionOf2024UnResolutionIsBoundedByTheDayItWasReported() {
        String title = "UN General Assembly resolution on UN-CSTO cooperation (2024)";

        JsonNode resolution = find(api.list(EVENTS + "?from=2024-11-15&to=2024-11-30"), "title", title);

        assertThat(resolution.path("match").asString()).isEqualTo("POSSIBLE");
        assertThat(resolution.path("time").path("start").path("latest").asString()).isEqualTo("2024-11-19");
        assertThat(resolution.path("time").path("start").path("edtf").asString()).isEqualTo("2024-11-01/2024-11-19");
        assertThat(texts(api.list(EVENTS + "?from=2024-11-20&to=2024-11-30"), "title")).doesNotContain(title);
    }

    @Test
    void undatedEventsMayMeetAnyRangeAndAreListedAfterTheDatedOnesUnlessLeftOut() {
        JsonNode all = api.list(EVENTS);
        List<String> undated = new ArrayList<>();
        all.forEach(e -> {
            if (e.path("datePrecision").asString().equals("UNDATED")) {
                undated.add(e.path("title").asString());
            }
        });

        JsonNode inRange = api.list(EVENTS + "?from=1999-01-01&to=1999-12-31");
        JsonNode dated = api.list(EVENTS + "?from=1999-01-01&to=1999-12-31&includeUndated=false");

        assertThat(undated).contains("Forces deployed in Tajikistan and Kyrgyzstan (seed article)",
                "CRRF strength: about 18,000 (CSTO figure)");
        assertThat(texts(inRange, "title")).containsAll(undated);
        assertThat(inRange).filteredOn(e -> e.path("time").isNull())
            .allSatisfy(e -> assertThat(e.path("match").asString()).isEqualTo("POSSIBLE"));
        List<String> precisions = texts(inRange, "datePrecision");
        assertThat(precisions.subList(precisions.size() - undated.size(), precisions.size())).containsOnly("UNDATED");
        assertThat(texts(dated, "title")).doesNotContainAnyElementsOf(undated);
        assertThat(all).allSatisfy(e -> assertThat(e.path("match").isNull()).isTrue());
        assertThat(texts(api.list(EVENTS + "?includeUndated=false"), "title")).doesNotContainAnyElementsOf(undated);
    }

    /**
     * Every curated event, for ranges around the days where precision matters: listed
     * exactly when its first possible day is not after the range and its last possible
     * day not before it, with CERTAIN exactly when it meets the range however its
     * uncertain days fall (first day, last day, or both within the same month or year).
     */
    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource(textBlock = """
            2020-09-01, 2020-11-30
            2025-07-20, 2025-07-31
            2022-01-01, 2022-01-31
            2008-07-25, 2008-08-19
            2009-10-15, 2009-10-15
            2024-01-01, 2024-12-31
            1992-01-01, 2001-12-31
            """)
    void aRangeListsExactlyTheEventsThatMayMeetIt(String from, String to) {
        LocalDate first = LocalDate.parse(from);
        LocalDate last = LocalDate.parse(to);
        Map<String, String> expected = new HashMap<>();
        for (JsonNode event : api.list(EVENTS + "?includeUndated=false")) {
            JsonNode time = event.path("time");
            LocalDate firstStart = LocalDate.parse(time.path("start").path("firstPossibleDay").asString());
            LocalDate lastStart = LocalDate.parse(time.path("start").path("lastPossibleDay").asString());
            LocalDate firstEnd = LocalDate.parse(time.path("lastDay").path("firstPossibleDay").asString());
            LocalDate lastEnd = LocalDate.parse(time.path("lastDay").path("lastPossibleDay").asString());
            if (!firstStart.isAfter(last) && !lastEnd.isBefore(first)) {
                // the latest a start can be is before the latest last day, the earliest a
                // last day can be after the earliest start
                LocalDate latestStart = lastStart.isBefore(lastEnd) ? lastStart : lastEnd;
                LocalDate earliestEnd = firstEnd.isAfter(firstStart) ? firstEnd : firstStart;
                boolean certain = !latestStart.isAfter(last) && !earliestEnd.isBefore(first);
                expected.put(event.path("title").asString(), certain ? "CERTAIN" : "POSSIBLE");
            }
        }

        Map<String, String> listed = new HashMap<>();
        api.list(EVENTS + "?includeUndated=false&from=" + from + "&to=" + to)
            .forEach(e -> listed.put(e.path("title").asString(), e.path("match").asString()));

        assertThat(expected).isNotEmpty();
        assertThat(listed).isEqualTo(expected);
    }

}
