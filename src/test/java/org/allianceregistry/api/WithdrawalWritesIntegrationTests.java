package org.allianceregistry.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceregistry.RegistryIntegrationTest;
import org.allianceregistry.membership.MembershipPeriodsChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * Withdrawals end a period, suspensions and freezes restrict it; each needs a period in
 * force on its effective date.
 */
@RegistryIntegrationTest
@RecordApplicationEvents
class WithdrawalWritesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationEvents events;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
    }

    @Test
    void aWithdrawalEndsThePeriodOnItsEffectiveDate() {
        String alliance = api.newAlliance("leave");
        long membership = api.admit(alliance, "RS", "2027-01-01").path("id").asLong();

        JsonNode act = api.create("/api/v1/alliances/" + alliance + "/withdrawals",
                """
                        {"state": "SRB", "kind": "WITHDRAWAL", "noticeDate": "2029-01-01", "effectiveDate": "2030-01-01", "verification": "VERIFIED",
                         "reason": "Serbia denounced the treaty.", "sources": ["R12"]}""");

        assertThat(act.path("endsMembership").asBoolean()).isTrue();
        JsonNode period = api.get("/api/v1/memberships/" + membership);
        assertThat(period.path("endDate").asString()).isEqualTo("2030-01-01");
        assertThat(period.path("endKind").asString()).isEqualTo("WITHDRAWAL");
        assertThat(api.members(alliance, "2029-12-31")).hasSize(1);
        assertThat(api.members(alliance, "2030-01-01")).isEmpty();
    }

    @Test
    void aSuspensionRestrictsThePeriodUntilItIsLiftedWithIfMatch() {
        String alliance = api.newAlliance("suspend");
        api.admit(alliance, "RS", "2027-01-01");
        JsonNode suspension = api.create("/api/v1/alliances/" + alliance + "/withdrawals",
                """
                        {"state": "RS", "kind": "SUSPENSION", "effectiveDate": "2027-06-01", "reason": "Suspended by the council.", "verification": "VERIFIED",
                         "sources": ["R12"]}""");
        String uri = "/api/v1/withdrawals/" + suspension.path("id").asLong();

        assertThat(Api.find(api.members(alliance, "2027-07-01"), "iso2", "RS").path("status").asString())
            .isEqualTo("SUSPENDED");

        MvcTestResult lifted = api.write(HttpMethod.PATCH, uri, "{\"liftedOn\": \"2028-01-01\"}", api.etag(uri));

        assertThat(lifted).hasStatus(200).hasHeader(HttpHeaders.ETAG, "\"1\"");
        assertThat(Api.find(api.members(alliance, "2027-12-31"), "iso2", "RS").path("status").asString())
            .isEqualTo("SUSPENDED");
        assertThat(Api.find(api.members(alliance, "2028-01-01"), "iso2", "RS").path("status").asString())
            .isEqualTo("ACTIVE");
    }

    @Test
    void aFrozenParticipationLeavesTheMemberActive() {
        String alliance = api.newAlliance("freeze");
        api.admit(alliance, "RS", "2027-01-01");

        api.create("/api/v1/alliances/" + alliance + "/withdrawals",
                """
                        {"state": "RS", "kind": "PARTICIPATION_FROZEN", "effectiveDate": "2028-02-22", "reason": "Frozen.", "verification": "VERIFIED", "sources": ["R12"]}""");

        JsonNode member = Api.find(api.members(alliance, "2028-03-01"), "iso2", "RS");
        assertThat(member.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(member.path("participationFrozenSince").asString()).isEqualTo("2028-02-22");
    }

    @Test
    void anActNeedsAPeriodInForceOnItsEffectiveDate() {
        String alliance = api.newAlliance("noperiod");
        api.admit(alliance, "RS", "2027-01-01");

        MvcTestResult before = api.write(HttpMethod.POST, "/api/v1/alliances/" + alliance + "/withdrawals",
                """
                        {"state": "RS", "kind": "SUSPENSION", "effectiveDate": "2026-06-01", "reason": "Too early.", "verification": "VERIFIED", "sources": ["R12"]}""",
                null);
        MvcTestResult otherState = api.write(HttpMethod.POST, "/api/v1/alliances/" + alliance + "/withdrawals",
                """
                        {"state": "ME", "kind": "WITHDRAWAL", "effectiveDate": "2028-06-01", "reason": "Never joined.", "verification": "VERIFIED", "sources": ["R12"]}""",
                null);

        assertThat(before).hasStatus(409);
        assertThat(Api.body(before).path("type").asString()).endsWith(":membership-not-in-force");
        assertThat(otherState).hasStatus(409);
        assertThat(api.get("/api/v1/alliances/" + alliance + "/withdrawals").path("content")).isEmpty();
    }

    @Test
    void anEffectiveDateBeforeTheNoticeBreaksTheRuleOnItsFace() {
        String alliance = api.newAlliance("backwards");
        api.admit(alliance, "RS", "2027-01-01");

        MvcTestResult result = api.write(HttpMethod.POST, "/api/v1/alliances/" + alliance + "/withdrawals",
                """
                        {"state": "RS", "kind": "WITHDRAWAL", "noticeDate": "2030-06-01", "effectiveDate": "2030-01-01", "verification": "VERIFIED",
                         "reason": "Backwards.", "sources": ["R12"]}""",
                null);

        assertThat(result).hasStatus(422);
        assertThat(Api.body(result).path("errors").get(0).path("field").asString()).isEqualTo("effectiveDate");
        assertThat(api.get("/api/v1/alliances/" + alliance + "/memberships")
            .path("content")
            .get(0)
            .path("endDate")
            .isNull()).isTrue();
    }

    @Test
    void deletingAWithdrawalReopensThePeriod() {
        String alliance = api.newAlliance("undo");
        long membership = api.admit(alliance, "RS", "2027-01-01").path("id").asLong();
        long act = api.create("/api/v1/alliances/" + alliance + "/withdrawals",
                """
                        {"state": "RS", "kind": "NON_RENEWAL", "effectiveDate": "2030-01-01", "reason": "Not renewed.", "verification": "VERIFIED", "sources": ["R12"]}""")
            .path("id")
            .asLong();

        assertThat(api.write(HttpMethod.DELETE, "/api/v1/withdrawals/" + act, null, "\"0\"")).hasStatus(204);

        assertThat(api.get("/api/v1/memberships/" + membership).path("endDate").isNull()).isTrue();
        assertThat(api.members(alliance, "2031-01-01")).hasSize(1);
    }

    @Test
    void aSecondSuspensionInForceIsAConflict() {
        String alliance = api.newAlliance("twice");
        api.admit(alliance, "RS", "2027-01-01");
        String body = """
                {"state": "RS", "kind": "SUSPENSION", "effectiveDate": "%s", "reason": "Suspended.", "verification": "VERIFIED", "sources": ["R12"]}""";
        api.create("/api/v1/alliances/" + alliance + "/withdrawals", body.formatted("2027-06-01"));

        assertThat(api.write(HttpMethod.POST, "/api/v1/alliances/" + alliance + "/withdrawals",
                body.formatted("2027-09-01"), null))
            .hasStatus(409);
    }

    @Test
    void everyChangeToAnActIsPublishedInItsTransaction() {
        String alliance = api.newAlliance("publish");
        api.admit(alliance, "RS", "2027-01-01");
        events.clear();

        long id = api.create("/api/v1/alliances/" + alliance + "/withdrawals", """
                {"state": "RS", "kind": "SUSPENSION", "effectiveDate": "2028-01-01", "verification": "VERIFIED",
                 "reason": "Suspended.", "sources": ["R12"]}""").path("id").asLong();
        String uri = "/api/v1/withdrawals/" + id;
        assertThat(api.write(HttpMethod.PATCH, uri, "{\"liftedOn\": \"2029-01-01\"}", "\"0\"")).hasStatus(200);
        assertThat(api.write(HttpMethod.DELETE, uri, null, "\"1\"")).hasStatus(204);

        assertThat(events.stream(MembershipPeriodsChanged.class)).hasSize(3)
            .allSatisfy(changed -> assertThat(changed.alliance().getCode() + "/" + changed.state().getIso3())
                .isEqualTo(alliance + "/SRB"));
    }

}
