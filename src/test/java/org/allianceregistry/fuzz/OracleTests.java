package org.allianceregistry.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allianceregistry.fuzz.ApiGenerators.Credentials;
import org.allianceregistry.fuzz.ApiGenerators.Plan;
import org.allianceregistry.fuzz.Oracle.Check;
import org.allianceregistry.fuzz.Oracle.Failure;
import org.allianceregistry.fuzz.RegistryDatabase.Dump;
import org.junit.jupiter.api.Test;

/** The fuzz harness's oracle and dump diff on hand-made answers, without a server. */
class OracleTests {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void flagsServerErrorsButNotNotImplemented() {
        assertThat(checks("GET", 500, PROBLEM, problem(500))).containsExactly(Check.SERVER_ERROR);
        assertThat(checks("GET", 501, PROBLEM, problem(501))).isEmpty();
        assertThat(checks("GET", 505, PROBLEM, problem(505))).isEmpty();
    }

    @Test
    void flagsErrorsThatAreNotCompleteProblems() {
        assertThat(checks("POST", 403, "", "Invalid CORS request")).containsExactly(Check.NOT_A_PROBLEM);
        assertThat(checks("GET", 404, "", "")).containsExactly(Check.NOT_A_PROBLEM);
        assertThat(checks("GET", 400, PROBLEM, "{\"type\":\"t\",\"title\":\"x\",\"status\":400}"))
            .containsExactly(Check.INVALID_PROBLEM);
        assertThat(checks("GET", 400, PROBLEM, problem(404))).containsExactly(Check.INVALID_PROBLEM);
        assertThat(checks("GET", 400, PROBLEM + ";charset=UTF-8", problem(400))).isEmpty();
    }

    @Test
    void readsOnlyTheContentTypeOfAHeadAnswer() {
        assertThat(check("HEAD", response(404, PROBLEM, "", false))).isEmpty();
        assertThat(check("HEAD", response(404, "", "", false))).extracting(Failure::check)
            .containsExactly(Check.NOT_A_PROBLEM);
    }

    @Test
    void flagsStackTracesClassNamesAndSqlButNotProse() {
        assertThat(checks("GET", 200, "application/json", "{\"x\":\"java.lang.IllegalStateException: no\"}"))
            .contains(Check.LEAK);
        assertThat(checks("GET", 200, "text/plain", "failed\n\tat org.example.Thing.run(Thing.java:12)"))
            .contains(Check.LEAK);
        assertThat(checks("GET", 200, "text/plain", "select m1_0.id from memberships m1_0")).contains(Check.LEAK);
        assertThat(checks("GET", 200, "text/plain", "SELECT id FROM alliances")).contains(Check.LEAK);
        assertThat(checks("GET", 200, "text/plain", "violates uq_alliances_code")).contains(Check.LEAK);
        assertThat(checks("GET", 200, "application/json", "{\"ruleException\":\"Exception to the rotation rule: …\"}"))
            .isEmpty();
        assertThat(
                checks("GET", 500, PROBLEM, problem(500).replace("detail\":\"d", "detail\":\"Internal Server Error")))
            .containsExactly(Check.SERVER_ERROR);
    }

    @Test
    void leavesStoredContentAlone() {
        Dump stored = new Dump(Map.of("sources", List.of("note=36:see java.util.Locale#getDisplayCountry ")));
        RawHttp.Response answer = response(200, "application/json",
                "{\"document\":\"java.util.Locale#getDisplayCountry\"}", true);

        List<Failure> failures = Oracle.check(plan("GET", Credentials.NONE), request("GET"), answer,
                Oracle.storedMatches(stored));

        assertThat(failures).isEmpty();
    }

    @Test
    void flagsAWriteAnsweredWithoutTheEditor() {
        assertThat(check("POST", response(201, "application/json", "{}", true), Credentials.READER))
            .extracting(Failure::check)
            .containsExactly(Check.WRITE_WITHOUT_CREDENTIALS);
        assertThat(check("POST", response(201, "application/json", "{}", true), Credentials.EDITOR)).isEmpty();
        assertThat(check("OPTIONS", response(200, "", "", true), Credentials.NONE)).isEmpty();
    }

    @Test
    void showsTheColumnsARowChanged() {
        Dump before = new Dump(Map.of("alliances", List.of("id=1:7 name=4:CSTO note=NULL ")));
        Dump after = new Dump(
                Map.of("alliances", List.of("id=1:7 name=5:CSTO2 note=NULL ", "id=1:8 name=1:x note=3:a b ")));

        String diff = after.diffFrom(before, 10);

        assertThat(diff).contains("~ alliances id=7: name: CSTO -> CSTO2").contains("+ alliances: id=1:8");
    }

    private static List<Check> checks(String method, int status, String type, String body) {
        return check(method, response(status, type, body, true)).stream().map(Failure::check).toList();
    }

    private static List<Failure> check(String method, RawHttp.Response response) {
        return check(method, response, Credentials.NONE);
    }

    private static List<Failure> check(String method, RawHttp.Response response, Credentials credentials) {
        return Oracle.check(plan(method, credentials), request(method), response, Set.of());
    }

    private static Plan plan(String method, Credentials credentials) {
        return new Plan(method, "/api/v1/alliances", credentials, context -> request(method));
    }

    private static RawHttp.Request request(String method) {
        return new RawHttp.Request(method, "/api/v1/alliances", List.of(), new byte[0], false);
    }

    private static RawHttp.Response response(int status, String type, String body, boolean bodyAllowed) {
        List<Map.Entry<String, String>> headers = type.isEmpty() ? List.of() : List.of(Map.entry("Content-Type", type));
        return new RawHttp.Response(status, "HTTP/1.1 " + status + " ", headers, body.getBytes(StandardCharsets.UTF_8),
                bodyAllowed);
    }

    private static String problem(int status) {
        return "{\"type\":\"urn:x\",\"title\":\"t\",\"status\":" + status + ",\"detail\":\"d\"}";
    }

}
