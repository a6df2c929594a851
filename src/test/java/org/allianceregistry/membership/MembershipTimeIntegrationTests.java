package org.allianceregistry.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.allianceregistry.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Membership periods and their acts in time as the sources know it: the curated CSTO
 * facts (fact sheet §1, §3, §4) under the one interval convention (start inclusive, end
 * exclusive), the status intervals of each period with their own time and sources, and
 * periods known only to the month, the year or within bounds, written and read back.
 */
@RegistryIntegrationTest
class MembershipTimeIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String EDITOR = "Basic "
            + Base64.getEncoder().encodeToString("editor:editor-secret".getBytes(StandardCharsets.UTF_8));

    @Autowired
    MockMvcTester mvc;

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource(delimiter = ';', textBlock = """
            1999-04-19; AZE GEO UZB
            1999-04-20; AZE GEO UZB
            1999-04-21; ''
            """)
    void theStatesThatDidNotRenewWerePartiesThroughTwentyAprilAndOutFromTheTwentyFirst(String day, String nonRenewing) {
        JsonNode members = get("/api/v1/alliances/csto/members?size=250&asOf=" + day).path("content");

        List<String> present = texts(members, "iso3");
        for (String iso3 : List.of("AZE", "GEO", "UZB")) {
            assertThat(present.contains(iso3)).as("%s on %s", iso3, day).isEqualTo(nonRenewing.contains(iso3));
        }
        assertThat(present).contains("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK");
        members.forEach(member -> assertThat(member.path("match").asString()).isEqualTo("CERTAIN"));
    }

    @Test
    void aNonRenewedPeriodEndsExclusivelyOnTheTwentyFirstAndItsLastDayIsTheTwentieth() {
        JsonNode georgia = get("/api/v1/alliances/csto/memberships?state=GE").path("content").get(0);
        JsonNode act = get("/api/v1/alliances/csto/withdrawals?kind=NON_RENEWAL").path("content");

        assertThat(georgia.path("startDate").asString()).isEqualTo("1993-12-09");
        assertThat(georgia.path("endDate").asString()).isEqualTo("1999-04-21");
        assertThat(georgia.path("time").path("end").path("date").asString()).isEqualTo("1999-04-21");
        assertThat(georgia.path("time").path("end").path("precision").asString()).isEqualTo("DAY");
        assertThat(georgia.path("time").path("lastDay").path("date").asString()).isEqualTo("1999-04-20");
        assertThat(georgia.path("time").path("endStatus").asString()).isEqualTo("ENDED");
        assertThat(georgia.path("time").path("edtf").asString()).isEqualTo("1993-12-09/1999-04-20");
        assertThat(georgia.path("verification").asString()).isEqualTo("VERIFIED");
        assertThat(georgia.path("statusIntervals")).isEmpty();
        assertThat(act.findValuesAsString("effectiveDate")).containsOnly("1999-04-21");
        act.forEach(a -> {
            assertThat(a.path("effective").path("date").asString()).isEqualTo("1999-04-21");
            assertThat(a.path("time").isNull()).isTrue();
        });
    }

    @Test
    void uzbekistansOpenPeriodCarriesItsSuspensionAsAStatusIntervalWithItsOwnTimeAndSources() {
        JsonNode periods = get("/api/v1/alliances/csto/memberships?state=UZ").path("content");
        JsonNode ofState = get("/api/v1/states/uzb/memberships").path("content");

        JsonNode second = periods.get(1);
        assertThat(second.path("endDate").isNull()).isTrue();
        assertThat(second.path("time").path("endStatus").asString()).isEqualTo("OPEN");
        assertThat(second.path("statusIntervals")).hasSize(1);
        JsonNode suspended = second.path("statusIntervals").get(0);
        assertThat(suspended.path("restriction").asString()).isEqualTo("SUSPENDED");
        assertThat(suspended.path("status").asString()).isEqualTo("SUSPENDED");
        assertThat(suspended.path("time").path("start").path("date").asString()).isEqualTo("2012-12-19");
        assertThat(suspended.path("time").path("endStatus").asString()).isEqualTo("OPEN");
        assertThat(suspended.path("notice").path("date").asString()).isEqualTo("2012-06-20");
        assertThat(suspended.path("verification").asString()).isEqualTo("VERIFIED");
        assertThat(suspended.path("sources").findValuesAsString("code")).contains("R22", "R24");
        assertThat(periods.get(0).path("statusIntervals")).isEmpty();
        assertThat(ofState.findValuesAsString("restriction")).containsExactly("SUSPENDED");
    }

    @Test
    void armeniasRefusalToFinanceIsATypedRestrictionBesideItsFrozenParticipation() {
        JsonNode armenia = get("/api/v1/alliances/csto/memberships?state=AM").path("content").get(0);
        JsonNode before = find(get("/api/v1/alliances/csto/members?asOf=2024-05-07").path("content"), "ARM");
        JsonNode after = find(get("/api/v1/alliances/csto/members?asOf=2024-05-08").path("content"), "ARM");
        JsonNode acts = get("/api/v1/alliances/csto/withdrawals?kind=FINANCING_REFUSED").path("content");

        JsonNode intervals = armenia.path("statusIntervals");
        assertThat(texts(intervals, "restriction")).containsExactly("PARTICIPATION_FROZEN", "FINANCING_REFUSED");
        JsonNode frozen = intervals.get(0);
        assertThat(frozen.path("time").path("start").path("date").asString()).isEqualTo("2024-02-22");
        assertThat(frozen.path("notice").isNull()).as("announced in an interview, never notified (§4, R37)").isTrue();
        JsonNode financing = intervals.get(1);
        assertThat(financing.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(financing.path("time").path("start").path("date").asString()).isEqualTo("2024-05-08");
        assertThat(financing.path("time").path("endStatus").asString()).isEqualTo("OPEN");
        assertThat(financing.path("notice").path("date").asString()).isEqualTo("2025-03-31");
        assertThat(financing.path("sources").findValuesAsString("code")).contains("R38", "R39", "R46");
        assertThat(before.path("financingRefusedSince").isNull()).isTrue();
        assertThat(texts(before.path("statusIntervals"), "restriction")).containsExactly("PARTICIPATION_FROZEN");
        assertThat(after.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(after.path("financingRefusedSince").asString()).isEqualTo("2024-05-08");
        assertThat(after.path("participationFrozenSince").asString()).isEqualTo("2024-02-22");
        assertThat(texts(after.path("statusIntervals"), "restriction")).containsExactly("PARTICIPATION_FROZEN",
                "FINANCING_REFUSED");
        assertThat(after.path("participationNotes").get(1).asString()).startsWith("Financing refused since 2024-05-08");
        assertThat(texts(acts, "iso3")).containsExactly("ARM");
        assertThat(acts.get(0).path("noticeDate").asString()).isEqualTo("2025-03-31");
        assertThat(acts.get(0).path("effectiveDate").asString()).isEqualTo("2024-05-08");
        assertThat(acts.get(0).path("endsMembership").asBoolean()).isFalse();
    }

    @Test
    void theCuratedPeriodsStateTheirVerificationAsTheFactSheetDoes() {
        JsonNode csto = get("/api/v1/alliances/csto/memberships?size=250").path("content");
        JsonNode albania = get("/api/v1/states/al/memberships").path("content");

        assertThat(texts(csto, "verification")).containsOnly("VERIFIED");
        JsonNode warsaw = find(albania, "ALB");
        assertThat(warsaw.path("allianceCode").asString()).isEqualTo("warsaw-pact");
        assertThat(warsaw.path("verification").asString())
            .as("the day of Albania's withdrawal rests on a single source [R207]")
            .isEqualTo("SINGLE_SOURCE");
    }

    @Test
    void aPeriodKnownOnlyToTheYearAndMonthIsPossiblyInForceWhereItsDatesAreUncertain() {
        String alliance = newAlliance();

        JsonNode period = create("/api/v1/alliances/" + alliance + "/memberships", """
                {"state": "RS", "startEdtf": "2031", "endEdtf": "2035-07", "endKind": "WITHDRAWAL",
                 "verification": "SINGLE_SOURCE", "sources": ["R12"]}""");

        assertThat(period.path("startDate").asString()).isEqualTo("2031-01-01");
        assertThat(period.path("endDate").asString()).as("the last day the exclusive end can be")
            .isEqualTo("2035-07-31");
        assertThat(period.path("verification").asString()).isEqualTo("SINGLE_SOURCE");
        JsonNode time = period.path("time");
        assertThat(time.path("start").path("precision").asString()).isEqualTo("YEAR");
        assertThat(time.path("start").path("wikidataPrecision").asInt()).isEqualTo(9);
        assertThat(time.path("end").path("precision").asString()).isEqualTo("MONTH");
        assertThat(time.path("endStatus").asString()).isEqualTo("ENDED_ON_UNCERTAIN_DAY");
        assertThat(time.path("edtf").asString()).isEqualTo("2031/2035-07");
        assertThat(matchOn(alliance, "2030-12-31")).isNull();
        assertThat(matchOn(alliance, "2031-06-01")).isEqualTo("POSSIBLE");
        assertThat(matchOn(alliance, "2032-01-01")).isEqualTo("CERTAIN");
        assertThat(matchOn(alliance, "2035-06-30")).isEqualTo("CERTAIN");
        assertThat(matchOn(alliance, "2035-07-15")).isEqualTo("POSSIBLE");
        assertThat(matchOn(alliance, "2035-07-31")).isNull();
    }

    @Test
    void aStartBetweenTwoDaysKeepsItsBoundsAndIsNotInForceBeforeTheFirst() {
        String alliance = newAlliance();

        JsonNode period = create("/api/v1/alliances/" + alliance + "/memberships",
                """
                        {"state": "RS", "startEdtf": "2031-07-21/2031-09-05", "verification": "UNVERIFIED", "sources": ["R12"]}""");

        JsonNode start = period.path("time").path("start");
        assertThat(start.path("earliest").asString()).isEqualTo("2031-07-21");
        assertThat(start.path("latest").asString()).isEqualTo("2031-09-05");
        assertThat(start.path("edtf").asString()).isEqualTo("2031-07-21/2031-09-05");
        assertThat(period.path("startDate").asString()).isEqualTo("2031-07-21");
        assertThat(matchOn(alliance, "2031-07-20")).isNull();
        assertThat(matchOn(alliance, "2031-08-01")).isEqualTo("POSSIBLE");
        assertThat(matchOn(alliance, "2031-09-05")).isEqualTo("CERTAIN");
    }

    @Test
    void periodsOfOneStateMayNotEvenPossiblyShareADay() {
        String alliance = newAlliance();
        create("/api/v1/alliances/" + alliance + "/memberships", """
                {"state": "RS", "startDate": "2031-01-01", "endEdtf": "2035", "endKind": "WITHDRAWAL",
                 "verification": "VERIFIED", "sources": ["R12"]}""");

        MvcTestResult possiblyOverlapping = write(HttpMethod.POST, "/api/v1/alliances/" + alliance + "/memberships", """
                {"state": "RS", "startDate": "2035-10-01", "verification": "VERIFIED", "sources": ["R12"]}""", null);
        MvcTestResult after = write(HttpMethod.POST, "/api/v1/alliances/" + alliance + "/memberships", """
                {"state": "RS", "startDate": "2036-01-01", "verification": "VERIFIED", "sources": ["R12"]}""", null);

        assertThat(possiblyOverlapping).hasStatus(HttpStatus.CONFLICT);
        assertThat(body(possiblyOverlapping).path("type").asString()).endsWith(":membership-overlap");
        assertThat(after).hasStatus(HttpStatus.CREATED);
    }

    @Test
    void theEditableFormHasTheEdtfWhereTheDayIsUnknownAndAPatchSwitchesForms() {
        String alliance = newAlliance();
        JsonNode period = create("/api/v1/alliances/" + alliance + "/memberships", """
                {"state": "RS", "startEdtf": "2031-03", "verification": "UNVERIFIED", "sources": ["R12"]}""");
        String uri = "/api/v1/memberships/" + period.path("id").asLong();

        MvcTestResult stale = write(HttpMethod.PATCH, uri, "{\"startDate\": \"2031-03-09\"}", "\"0\"");
        MvcTestResult switched = write(HttpMethod.PATCH, uri,
                "{\"startDate\": \"2031-03-09\", \"startEdtf\": null, \"verification\": \"VERIFIED\"}", "\"0\"");

        assertThat(stale).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(texts(body(stale).path("errors"), "field")).containsExactly("startDate");
        assertThat(switched).hasStatus(HttpStatus.OK);
        assertThat(body(switched).path("time").path("start").path("precision").asString()).isEqualTo("DAY");
        assertThat(body(switched).path("startDate").asString()).isEqualTo("2031-03-09");
        assertThat(body(switched).path("verification").asString()).isEqualTo("VERIFIED");
    }

    @Test
    void actsTakeTheirDatesAsEdtfAndAnEndingActKnownToTheYearEndsThePeriodOnAnUncertainDay() {
        String alliance = newAlliance();
        long period = create("/api/v1/alliances/" + alliance + "/memberships", """
                {"state": "RS", "startDate": "2031-01-01", "verification": "VERIFIED", "sources": ["R12"]}""")
            .path("id")
            .asLong();

        JsonNode suspension = create("/api/v1/alliances/" + alliance + "/withdrawals", """
                {"state": "RS", "kind": "SUSPENSION", "effectiveEdtf": "2033-06", "liftedEdtf": "2034",
                 "reason": "Suspended.", "verification": "SINGLE_SOURCE", "sources": ["R12"]}""");
        JsonNode withdrawal = create("/api/v1/alliances/" + alliance + "/withdrawals", """
                {"state": "RS", "kind": "WITHDRAWAL", "effectiveEdtf": "2036", "reason": "Left.",
                 "verification": "VERIFIED", "sources": ["R12"]}""");
        JsonNode ended = get("/api/v1/memberships/" + period);

        assertThat(suspension.path("effectiveDate").asString()).isEqualTo("2033-06-01");
        assertThat(suspension.path("liftedOn").asString()).isEqualTo("2034-12-31");
        assertThat(suspension.path("time").path("edtf").asString()).isEqualTo("2033-06/2034");
        assertThat(withdrawal.path("effectiveDate").asString()).isEqualTo("2036-12-31");
        assertThat(withdrawal.path("effective").path("precision").asString()).isEqualTo("YEAR");
        assertThat(ended.path("endDate").asString()).isEqualTo("2036-12-31");
        assertThat(ended.path("time").path("endStatus").asString()).isEqualTo("ENDED_ON_UNCERTAIN_DAY");
        assertThat(ended.path("statusIntervals").get(0).path("time").path("start").path("precision").asString())
            .isEqualTo("MONTH");
        JsonNode onDay = find(get("/api/v1/alliances/" + alliance + "/members?asOf=2033-06-15").path("content"), "SRB");
        assertThat(onDay.path("status").asString()).isEqualTo("SUSPENDED");
        assertThat(onDay.path("statusIntervals").get(0).path("restriction").asString()).isEqualTo("SUSPENDED");
        assertThat(find(get("/api/v1/alliances/" + alliance + "/members?asOf=2036-06-01").path("content"), "SRB")
            .path("match")
            .asString()).isEqualTo("POSSIBLE");
    }

    @ParameterizedTest(name = "{0} without verification")
    @CsvSource(delimiter = '|',
            textBlock = """
                    /memberships  | {"state": "RS", "startDate": "2031-01-01", "sources": ["R12"]}
                    /withdrawals  | {"state": "RS", "kind": "SUSPENSION", "effectiveDate": "2031-06-01", "reason": "Suspended.", "sources": ["R12"]}
                    """)
    void aWriteStatesItsVerificationRatherThanDefaultingToVerified(String path, String body) {
        String alliance = newAlliance();
        create("/api/v1/alliances/" + alliance + "/memberships", """
                {"state": "RS", "startDate": "2031-01-01", "verification": "UNVERIFIED", "sources": ["R12"]}""");
        String otherState = body.replace("\"RS\"", "\"ME\"");

        MvcTestResult refused = write(HttpMethod.POST, "/api/v1/alliances/" + alliance + path,
                path.contains("memberships") ? otherState : body, null);

        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(body(refused).path("type").asString()).endsWith(":validation-failed");
        assertThat(texts(body(refused).path("errors"), "field")).containsExactly("verification");
    }

    private String matchOn(String alliance, String day) {
        JsonNode members = get("/api/v1/alliances/" + alliance + "/members?asOf=" + day).path("content");
        return members.isEmpty() ? null : members.get(0).path("match").asString();
    }

    private String newAlliance() {
        String code = "time-" + UUID.randomUUID().toString().substring(0, 8);
        create("/api/v1/alliances", """
                {"code": "%s", "acronymEn": "TT", "nameEn": "Time test %s", "nameRu": "Тест", "nameAr": "اختبار",
                 "kind": "COLLECTIVE_DEFENCE_ALLIANCE", "verification": "UNVERIFIED", "sources": ["R12"]}"""
            .formatted(code, code));
        return code;
    }

    private JsonNode get(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).as("GET %s", uri).hasStatus(HttpStatus.OK);
        return body(result);
    }

    private JsonNode create(String uri, String json) {
        MvcTestResult result = write(HttpMethod.POST, uri, json, null);
        assertThat(result)
            .as("POST %s: %s", uri, new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
            .hasStatus(HttpStatus.CREATED);
        return body(result);
    }

    private MvcTestResult write(HttpMethod method, String uri, String json, String ifMatch) {
        var request = mvc.method(method)
            .uri(uri)
            .header(HttpHeaders.AUTHORIZATION, EDITOR)
            .contentType(method == HttpMethod.PATCH ? "application/merge-patch+json" : "application/json")
            .content(json);
        if (ifMatch != null) {
            request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.exchange();
    }

    private static JsonNode body(MvcTestResult result) {
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asString()));
        return values;
    }

    private static JsonNode find(JsonNode array, String iso3) {
        for (JsonNode node : array) {
            if (iso3.equals(node.path("iso3").asString())) {
                return node;
            }
        }
        throw new AssertionError("no " + iso3 + " in " + array);
    }

}
