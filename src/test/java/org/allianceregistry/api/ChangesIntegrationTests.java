package org.allianceregistry.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceregistry.RegistryIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;

/**
 * Every change is in the audit trail, oldest first, with who, when, what, before and
 * after; a cursor reads on.
 */
@RegistryIntegrationTest
class ChangesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
    }

    @Test
    void admittingSuspendingAndLiftingAreThreeChangesInOrder() {
        String alliance = api.newAlliance("audit");
        String cursor = last();
        long membership = api.admit(alliance, "RS", "2027-01-01").path("id").asLong();
        long suspension = api.create("/api/v1/alliances/" + alliance + "/withdrawals",
                """
                        {"state": "RS", "kind": "SUSPENSION", "effectiveDate": "2027-06-01", "reason": "Suspended.", "verification": "VERIFIED", "sources": ["R12"]}""")
            .path("id")
            .asLong();
        api.write(HttpMethod.PATCH, "/api/v1/withdrawals/" + suspension, "{\"liftedOn\": \"2028-01-01\"}", "\"0\"");

        JsonNode changes = api.get("/api/v1/changes?since=" + cursor).path("content");

        assertThat(Api.texts(changes, "action")).containsExactly("CREATE", "CREATE", "UPDATE");
        assertThat(Api.texts(changes, "entityType")).containsExactly("membership", "withdrawal", "withdrawal");
        assertThat(Api.texts(changes, "editor")).containsOnly("editor");
        assertThat(changes.get(0).path("entityId").asLong()).isEqualTo(membership);
        assertThat(changes.get(0).path("entityKey").asString()).isEqualTo(alliance + "/RS/2027-01-01");
        assertThat(changes.get(0).path("before").isNull()).isTrue();
        assertThat(changes.get(0).path("after").path("iso3").asString()).isEqualTo("SRB");
        assertThat(changes.get(2).path("before").path("liftedOn").isNull()).isTrue();
        assertThat(changes.get(2).path("after").path("liftedOn").asString()).isEqualTo("2028-01-01");
        assertThat(changes.get(2).path("revision").asLong()).isGreaterThan(changes.get(0).path("revision").asLong());
        assertThat(changes.get(0).path("changedAt").asString()).isEqualTo("2026-03-01T12:00:00Z");
    }

    @Test
    void aMirrorReadsOnFromTheCursorOnePageAtATime() {
        String alliance = api.newAlliance("mirror");
        String cursor = last();
        api.admit(alliance, "RS", "2027-01-01");
        api.admit(alliance, "ME", "2027-01-01");

        JsonNode first = api.get("/api/v1/changes?size=1&since=" + cursor);
        JsonNode second = api.get("/api/v1/changes?size=1&since=" + first.path("next").asString());
        JsonNode none = api.get("/api/v1/changes?size=1&since=" + second.path("next").asString());

        assertThat(first.path("hasMore").asBoolean()).isTrue();
        assertThat(first.path("content").get(0).path("after").path("iso2").asString()).isEqualTo("RS");
        assertThat(second.path("content").get(0).path("after").path("iso2").asString()).isEqualTo("ME");
        assertThat(second.path("hasMore").asBoolean()).isFalse();
        assertThat(none.path("content")).isEmpty();
        assertThat(none.path("next").asString()).isEqualTo(second.path("next").asString());
    }

    @Test
    void changesAreFoundByTimeTooAndABadCursorIs400() {
        assertThat(api.get("/api/v1/changes?since=2026-03-01T12:00:00Z").path("content")).isNotNull();
        assertThat(api.get("/api/v1/changes?since=2999-01-01").path("content")).isEmpty();
        assertThat(mvc.get().uri("/api/v1/changes?since=yesterday")).hasStatus(400)
            .bodyJson()
            .extractingPath("$.errors[0].field")
            .isEqualTo("since");
        assertThat(mvc.get().uri("/api/v1/changes?size=0")).hasStatus(400);
    }

    @Test
    void aDeletionKeepsTheRecordAsItWas() {
        String alliance = api.newAlliance("gone");
        long membership = api.admit(alliance, "RS", "2027-01-01").path("id").asLong();
        String cursor = last();

        api.write(HttpMethod.DELETE, "/api/v1/memberships/" + membership, null, "\"0\"");

        JsonNode deletion = api.get("/api/v1/changes?since=" + cursor).path("content").get(0);
        assertThat(deletion.path("action").asString()).isEqualTo("DELETE");
        assertThat(deletion.path("before").path("startDate").asString()).isEqualTo("2027-01-01");
        assertThat(deletion.path("after").isNull()).isTrue();
    }

    private String last() {
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
