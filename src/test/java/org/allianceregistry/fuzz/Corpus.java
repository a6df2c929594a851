package org.allianceregistry.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.allianceregistry.fuzz.ApiGenerators.Credentials;
import org.allianceregistry.fuzz.ApiGenerators.Plan;

/**
 * The seed corpus: requests sent before the generated ones in every run, whatever the
 * seed, because they once broke the server (the failures listed when the harness was
 * written) or probe a rule directly. The generators reach each of them too; the corpus
 * keeps them from depending on the seed.
 */
final class Corpus {

    private static final String ADMIT = "{\"state\": \"RS\", \"startDate\": \"2031-01-01\", \"sources\": [\"R12\"]}";

    private Corpus() {
    }

    static List<Plan> unauthenticated() {
        return List.of(get("/api/v1/alliances/{alliance}/members", "/api/v1/alliances/csto/members?asOf=%ZZ"),
                get("/api/v1/alliances/{alliance}/members", "/api/v1/alliances/csto/members?asOf=-999999999-01-01"),
                get("/api/v1/alliances/{alliance}/members", "/api/v1/alliances/csto/members?asOf=%2B999999999-12-31"),
                get("/api/v1/alliances/{alliance}/members", "/api/v1/alliances/csto/members?asOf=0000-01-01"),
                get("/api/v1/alliances/{alliance}/withdrawals", "/api/v1/alliances/csto/withdrawals?kind=,SUSPENSION"),
                get("/error", "/error"),
                plan("GET", "/actuator/prometheus", "/actuator/prometheus", Credentials.NONE,
                        List.of(Map.entry("Accept", "")), ""),
                plan("GET", "/actuator/health", "/actuator/health", Credentials.NONE,
                        List.of(Map.entry("Content-Type", "*/*")), ""),
                plan("GET", "/{unknown}", "/api/v1/nothing", Credentials.NONE, List.of(Map.entry("Accept", "foo")), ""),
                plan("POST", "/api/v1/alliances/{alliance}/memberships", "/api/v1/alliances/csto/memberships",
                        Credentials.NONE,
                        List.of(Map.entry("Origin", "http://evil.example"),
                                Map.entry("Content-Type", "application/json")),
                        ADMIT),
                plan("GET", "/api/v1/states/{state}", "/api/v1/states/AM", Credentials.NONE,
                        List.of(Map.entry("Accept", "application/json"), Map.entry("Accept", "text/csv"),
                                Map.entry("Accept-Language", "ru"), Map.entry("Accept-Language", "ar")),
                        ""),
                plan("POST", "/api/v1/alliances/{alliance}/memberships", "/api/v1/alliances/csto/memberships",
                        Credentials.READER,
                        List.of(Map.entry("Content-Type", "application/json"), Map.entry("Content-Type", "text/plain")),
                        ADMIT));
    }

    static List<Plan> editor() {
        return List.of(
                plan("POST", "/api/v1/alliances/{alliance}/memberships", "/api/v1/alliances/csto/memberships",
                        Credentials.EDITOR, List.of(Map.entry("Content-Type", "*/*")), ADMIT),
                plan("POST", "/api/v1/sources", "/api/v1/sources", Credentials.EDITOR,
                        List.of(Map.entry("Origin", "http://evil.example"),
                                Map.entry("Content-Type", "application/json")),
                        "{\"title\": \"Cross-origin\", \"url\": \"https://example.org/cors\"}"),
                plan("PATCH", "/api/v1/memberships/{membership}", "/api/v1/memberships/1", Credentials.EDITOR, List
                    .of(Map.entry("Content-Type", "application/merge-patch+json"), Map.entry("If-Match", "\"0\"")),
                        "{\"note\": \"Corrected by the fuzz corpus.\"}"));
    }

    private static Plan get(String template, String target) {
        return plan("GET", template, target, Credentials.NONE, List.of(), "");
    }

    private static Plan plan(String method, String template, String target, Credentials credentials,
            List<Map.Entry<String, String>> headers, String body) {
        return new Plan(method, template, credentials, context -> {
            List<Map.Entry<String, String>> all = new ArrayList<>();
            all.add(Map.entry("X-Request-Id", context.requestId()));
            if (credentials == Credentials.EDITOR) {
                all.add(Map.entry("Authorization", ApiFuzzIT.basic(context.editor(), context.editorPassword())));
            }
            else if (credentials == Credentials.READER) {
                all.add(Map.entry("Authorization", ApiFuzzIT.basic(context.reader(), context.readerPassword())));
            }
            all.addAll(headers);
            return new RawHttp.Request(method, target, all, body.getBytes(StandardCharsets.UTF_8), false);
        });
    }

}
