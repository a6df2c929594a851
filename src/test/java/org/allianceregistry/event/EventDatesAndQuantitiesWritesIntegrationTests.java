package org.allianceregistry.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceregistry.JsonApi;
import org.allianceregistry.RegistryIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * An editor records an event's dates with their precision and bounds, a quantity with its
 * qualifier, and always says how well the sources support it.
 */
@RegistryIntegrationTest
class EventDatesAndQuantitiesWritesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    JsonApi api;

    String events;

    @BeforeEach
    void setUp() {
        api = new JsonApi(mvc);
        events = "/api/v1/alliances/" + api.newAlliance("event-dates") + "/events";
    }

    @Test
    void anEventWithoutItsVerificationIsA400NamingTheField() {
        MvcTestResult result = api.write(HttpMethod.POST, events,
                """
                        {"kind": "SUMMIT", "title": "Summit", "startDate": "2027-05-01", "description": "A summit.", "sources": ["R12"]}""",
                null);

        assertThat(result).hasStatus(400);
        assertThat(JsonApi.body(result).path("type").asString()).endsWith(":validation-failed");
        assertThat(JsonApi.body(result).path("errors").get(0).path("field").asString()).isEqualTo("verification");
    }

    @Test
    void aNullParticipantIsA400NamingIt() {
        MvcTestResult result = api.write(HttpMethod.POST, events, """
                {"kind": "SUMMIT", "title": "Summit", "startDate": "2027-05-01", "description": "A summit.",
                 "verification": "VERIFIED", "participants": [null], "sources": ["R12"]}""", null);

        assertThat(result).hasStatus(400);
        assertThat(JsonApi.body(result).path("errors").get(0).path("field").asString()).isEqualTo("participants[0]");
    }

    @Test
    void theVerificationStatedIsTheOneRecorded() {
        JsonNode event = api.create(events, """
                {"kind": "STATEMENT", "title": "Statement", "startDate": "2027-05-01", "description": "Said.",
                 "verification": "UNVERIFIED", "sources": ["R12"]}""");

        assertThat(event.path("verification").asString()).isEqualTo("UNVERIFIED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            a quantity without qualifier; "quantity": 500, "quantityUnit": "troops"
            a qualifier without quantity; "quantityQualifier": "ABOUT"
            """)
    void aQuantityAndItsQualifierComeTogether(String name, String fields) {
        MvcTestResult result = api.write(HttpMethod.POST, events, """
                {"kind": "EXERCISE", "title": "Drill", "startDate": "2027-05-01", "description": "A drill.",
                 "verification": "VERIFIED", "sources": ["R12"], %s}""".formatted(fields), null);

        assertThat(result).hasStatus(422);
        assertThat(JsonApi.body(result).path("type").asString()).endsWith(":quantity-qualifier-mismatch");
        assertThat(JsonApi.body(result).path("errors").get(0).path("field").asString()).isEqualTo("quantityQualifier");
    }

    @Test
    void aForceSizeKeepsItsQualifier() {
        JsonNode event = api.create(events,
                """
                        {"kind": "FORCE_STRENGTH", "title": "Strength", "startDate": "2027-01-01", "datePrecision": "YEAR",
                         "description": "Up to 5,000.", "quantity": 5000, "quantityUnit": "personnel", "quantityQualifier": "UP_TO",
                         "verification": "SINGLE_SOURCE", "sources": ["R12"]}""");

        assertThat(event.path("quantity").asInt()).isEqualTo(5000);
        assertThat(event.path("quantityQualifier").asString()).isEqualTo("UP_TO");
    }

    @Test
    void aStartKnownToTheMonthWithBoundsIsHeldAsTheMonthNarrowedByThem() {
        JsonNode event = api.create(events,
                """
                        {"kind": "DECISION", "title": "Decision", "startDate": "2027-07-15", "datePrecision": "MONTH",
                         "startLatest": "2027-07-20", "description": "Decided in July, by the 20th.", "verification": "VERIFIED", "sources": ["R12"]}""");
        String uri = "/api/v1/events/" + event.path("id").asLong();

        assertThat(event.path("startDate").asString()).isEqualTo("2027-07-01");
        assertThat(event.path("datePrecision").asString()).isEqualTo("MONTH");
        assertThat(event.path("time").path("start").path("latest").asString()).isEqualTo("2027-07-20");
        assertThat(event.path("time").path("start").path("edtf").asString()).isEqualTo("2027-07-01/2027-07-20");
        String etag = api.etag(uri);
        MvcTestResult same = api.write(HttpMethod.PATCH, uri, "{\"startDate\": \"2027-07-03\"}", etag);
        assertThat(same).hasStatus(200).hasHeader(HttpHeaders.ETAG, "\"0\"");
        assertThat(api.list(events + "?from=2027-07-21&to=2027-07-31&includeUndated=false")).isEmpty();
        assertThat(api.list(events + "?from=2027-07-20&to=2027-07-31").get(0).path("match").asString())
            .isEqualTo("POSSIBLE");
    }

    @Test
    void aLastDayKnownToTheMonthEndsTheLegacyEndDateOnTheLastDayItCanBe() {
        JsonNode event = api.create(events,
                """
                        {"kind": "OPERATION", "title": "Operation", "startDate": "2027-03-10", "endDate": "2027-04-01", "endPrecision": "MONTH",
                         "description": "Ended in April.", "verification": "VERIFIED", "sources": ["R12"]}""");

        assertThat(event.path("endDate").asString()).isEqualTo("2027-04-30");
        assertThat(event.path("time").path("lastDay").path("edtf").asString()).isEqualTo("2027-04");
        assertThat(event.path("time").path("end").path("firstPossibleDay").asString()).isEqualTo("2027-04-02");
        assertThat(event.path("time").path("end").path("lastPossibleDay").asString()).isEqualTo("2027-05-01");
        assertThat(event.path("time").path("endStatus").asString()).isEqualTo("ENDED_ON_UNCERTAIN_DAY");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';',
            textBlock = """
                    "startDate": "2027-07-15", "datePrecision": "MONTH", "startEarliest": "2027-06-30"; startEarliest
                    "startDate": "2027-07-15", "datePrecision": "MONTH", "startEarliest": "2027-07-20", "startLatest": "2027-07-10"; startLatest
                    "startDate": "2027-07-15", "startLatest": "2027-07-16"; startLatest
                    "startDate": "2027-07-15", "endDate": "2027-01-01", "endPrecision": "YEAR", "endLatest": "2028-01-01"; endLatest
                    """)
    void boundsOutsideTheirDateAreA422NamingTheBound(String dates, String field) {
        MvcTestResult result = api.write(HttpMethod.POST, events,
                """
                        {"kind": "OTHER", "title": "Other", %s, "description": "x", "verification": "VERIFIED", "sources": ["R12"]}"""
                    .formatted(dates),
                null);

        assertThat(result).hasStatus(422);
        assertThat(JsonApi.body(result).path("type").asString()).endsWith(":date-bounds-outside");
        assertThat(JsonApi.body(result).path("errors").get(0).path("field").asString()).isEqualTo(field);
    }

    @Test
    void aLastDayThatCannotFollowTheStartIsA422() {
        MvcTestResult result = api.write(HttpMethod.POST, events, """
                {"kind": "OTHER", "title": "Backwards", "startDate": "2027-07-01", "datePrecision": "MONTH",
                 "endDate": "2027-06-30", "description": "x", "verification": "VERIFIED", "sources": ["R12"]}""", null);
        MvcTestResult sameMonth = api.write(HttpMethod.POST, events, """
                {"kind": "OTHER", "title": "Within", "startDate": "2027-07-01", "datePrecision": "MONTH",
                 "endDate": "2027-07-02", "description": "x", "verification": "VERIFIED", "sources": ["R12"]}""", null);

        assertThat(result).hasStatus(422);
        assertThat(JsonApi.body(result).path("type").asString()).endsWith(":end-before-start");
        assertThat(sameMonth).hasStatus(201);
    }

}
