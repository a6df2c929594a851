package org.allianceregistry.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceregistry.RegistryIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * A chair stays an ACTIVE member on the first day of its term when the membership changes
 * afterwards: an act or a period edit that would leave a recorded term's chair suspended
 * or outside the alliance on that day is refused, and nothing of it is written. The
 * refusals run against the seeded CSTO (Kazakhstan chairs 2024 from 2024-01-01, Russia
 * 2026 from 2026-01-01), so they leave its data as it was.
 */
@RegistryIntegrationTest
class ChairEligibilityIntegrationTests {

    private static final String CSTO_ACTS = "/api/v1/alliances/csto/withdrawals";

    private static final String ACT = """
            {"state": "%s", "kind": "%s", "effectiveDate": "%s", "reason": "Test act.", "verification": "VERIFIED", "sources": ["R12"]}""";

    @Autowired
    MockMvcTester mvc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
    }

    @Test
    void aSuspensionBeforeATermBeginsIsRefusedAndNothingIsWritten() {
        JsonNode actsBefore = api.get(CSTO_ACTS + "?size=250").path("content");
        String cursor = lastChange();

        MvcTestResult result = api.write(HttpMethod.POST, CSTO_ACTS, ACT.formatted("KZ", "SUSPENSION", "2023-06-01"),
                null);

        assertThat(result).hasStatus(409);
        JsonNode problem = Api.body(result);
        assertThat(problem.path("type").asString()).endsWith(":chair-not-in-good-standing");
        assertThat(problem.path("detail").asString()).startsWith("KAZ chairs csto in 2024 (term from 2024-01-01")
            .contains("SUSPENDED");
        assertThat(api.get(CSTO_ACTS + "?size=250").path("content")).isEqualTo(actsBefore);
        assertThat(api.get("/api/v1/changes?since=" + cursor).path("content")).isEmpty();
    }

    @Test
    void aWithdrawalBeforeATermBeginsIsRefused() {
        JsonNode periodsBefore = api.get("/api/v1/alliances/csto/memberships?state=RU");
        String cursor = lastChange();

        MvcTestResult result = api.write(HttpMethod.POST, CSTO_ACTS, ACT.formatted("RU", "WITHDRAWAL", "2025-06-01"),
                null);

        assertThat(result).hasStatus(409);
        JsonNode problem = Api.body(result);
        assertThat(problem.path("type").asString()).endsWith(":chair-not-a-member");
        assertThat(problem.path("detail").asString()).startsWith("RUS chairs csto in 2026 (term from 2026-01-01");
        assertThat(api.get("/api/v1/alliances/csto/memberships?state=RU")).isEqualTo(periodsBefore);
        assertThat(api.get("/api/v1/changes?since=" + cursor).path("content")).isEmpty();
    }

    @Test
    void anActThatTouchesNoTermIsRecorded() {
        String alliance = api.newAlliance("eligible");
        api.admit(alliance, "RS", "2027-01-01");
        api.admit(alliance, "ME", "2027-01-01");
        api.create("/api/v1/alliances/" + alliance + "/chairmanships",
                """
                        {"state": "RS", "chairYear": 2028, "startDate": "2028-01-01", "endDate": "2029-01-01", "sources": ["R12"]}""");

        MvcTestResult afterTheTerm = api.write(HttpMethod.POST, "/api/v1/alliances/" + alliance + "/withdrawals",
                ACT.formatted("RS", "SUSPENSION", "2028-06-01"), null);
        MvcTestResult noChair = api.write(HttpMethod.POST, "/api/v1/alliances/" + alliance + "/withdrawals",
                ACT.formatted("ME", "WITHDRAWAL", "2027-06-01"), null);

        assertThat(afterTheTerm).hasStatus(201);
        assertThat(noChair).hasStatus(201);
    }

    @Test
    void aSuspensionCorrectedToBeginBeforeATermIsRefused() {
        String alliance = api.newAlliance("eligible");
        api.admit(alliance, "RS", "2027-01-01");
        api.create("/api/v1/alliances/" + alliance + "/chairmanships",
                """
                        {"state": "RS", "chairYear": 2028, "startDate": "2028-01-01", "endDate": "2029-01-01", "sources": ["R12"]}""");
        long act = api
            .create("/api/v1/alliances/" + alliance + "/withdrawals", ACT.formatted("RS", "SUSPENSION", "2028-06-01"))
            .path("id")
            .asLong();

        MvcTestResult moved = api.write(HttpMethod.PATCH, "/api/v1/withdrawals/" + act,
                "{\"effectiveDate\": \"2027-06-01\"}", "\"0\"");

        assertThat(moved).hasStatus(409);
        assertThat(Api.body(moved).path("type").asString()).endsWith(":chair-not-in-good-standing");
        assertThat(api.get("/api/v1/withdrawals/" + act).path("effectiveDate").asString()).isEqualTo("2028-06-01");
    }

    @Test
    void deletingThePeriodUnderATermIsRefused() {
        String alliance = api.newAlliance("eligible");
        long period = api.admit(alliance, "RS", "2027-01-01").path("id").asLong();
        api.create("/api/v1/alliances/" + alliance + "/chairmanships", """
                {"state": "RS", "chairYear": 2028, "startDate": "2028-01-01", "sources": ["R12"]}""");

        MvcTestResult deleted = api.write(HttpMethod.DELETE, "/api/v1/memberships/" + period, null, "\"0\"");

        assertThat(deleted).hasStatus(409);
        assertThat(Api.body(deleted).path("type").asString()).endsWith(":chair-not-a-member");
        assertThat(Api.body(deleted).path("detail").asString()).startsWith("SRB chairs " + alliance + " in 2028");
    }

    private String lastChange() {
        String since = "0";
        while (true) {
            JsonNode page = api.get("/api/v1/changes?size=250&since=" + since);
            since = page.path("next").asString();
            if (!page.path("hasMore").asBoolean()) {
                return since;
            }
        }
    }

}
