package org.allianceregistry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.allianceregistry.RegistryApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service as a new user runs it: the production configuration (application.yml only,
 * not the tests' in-memory database) on an H2 file database in a fresh data directory,
 * over real HTTP. An editor admits a state, records its suspension, corrects it with
 * If-Match and corrects a curated seed record; after a restart, without editor
 * credentials, everything is still there, the seeds have neither overwritten nor
 * duplicated the correction, and writes are disabled.
 */
class RestartPersistenceTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String EDITOR = Api.basic("restart-editor", "a long passphrase for the restart test");

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    @Test
    void editsSurviveARestartAndSeedsNeverOverwriteThem() throws Exception {
        long membership;
        long suspension;
        long spain;
        try (ConfigurableApplicationContext first = start("--registry.editor.username=restart-editor",
                "--registry.editor.password=a long passphrase for the restart test")) {
            String base = base(first);
            membership = send(base, "POST", "/api/v1/alliances/csto/memberships", null,
                    "{\"state\": \"RS\", \"startDate\": \"2027-01-01\", \"verification\": \"VERIFIED\", \"sources\": [\"R12\"]}",
                    201)
                .path("id")
                .asLong();
            suspension = send(base, "POST", "/api/v1/alliances/csto/withdrawals", null,
                    """
                            {"state": "RS", "kind": "SUSPENSION", "effectiveDate": "2027-06-01", "reason": "Suspended.", "verification": "VERIFIED", "sources": ["R12"]}""",
                    201)
                .path("id")
                .asLong();
            send(base, "PATCH", "/api/v1/withdrawals/" + suspension, "\"0\"", "{\"liftedOn\": \"2028-01-01\"}", 200);
            spain = send(base, "GET", "/api/v1/alliances/nato/memberships?state=ES", null, null, 200).path("content")
                .get(0)
                .path("id")
                .asLong();
            send(base, "PATCH", "/api/v1/memberships/" + spain, "\"0\"", "{\"note\": \"Corrected by an editor.\"}",
                    200);
            assertThat(changes(base)).containsExactly("CREATE membership", "CREATE withdrawal", "UPDATE withdrawal",
                    "UPDATE membership");
        }

        try (ConfigurableApplicationContext second = start("--registry.editor.username=",
                "--registry.editor.password=")) {
            String base = base(second);
            JsonNode serbia = send(base, "GET", "/api/v1/memberships/" + membership, null, null, 200);
            JsonNode lifted = send(base, "GET", "/api/v1/withdrawals/" + suspension, null, null, 200);
            JsonNode spainsPeriods = send(base, "GET", "/api/v1/alliances/nato/memberships?state=ES", null, null, 200)
                .path("content");
            HttpResponse<String> write = request(base, "POST", "/api/v1/alliances/csto/memberships", null,
                    "{\"state\": \"ME\", \"startDate\": \"2027-01-01\", \"verification\": \"VERIFIED\", \"sources\": [\"R12\"]}");

            assertThat(serbia.path("iso3").asString()).isEqualTo("SRB");
            assertThat(lifted.path("liftedOn").asString()).isEqualTo("2028-01-01");
            assertThat(spainsPeriods).hasSize(1);
            assertThat(spainsPeriods.get(0).path("id").asLong()).isEqualTo(spain);
            assertThat(spainsPeriods.get(0).path("note").asString()).isEqualTo("Corrected by an editor.");
            assertThat(changes(base)).containsExactly("CREATE membership", "CREATE withdrawal", "UPDATE withdrawal",
                    "UPDATE membership");
            assertThat(write.statusCode()).isEqualTo(401);
            assertThat(write.headers().firstValue("WWW-Authenticate")).isEmpty();
            assertThat(JSON.readTree(write.body()).path("type").asString())
                .isEqualTo("urn:alliance-registry:problem:writes-disabled");
        }
    }

    private ConfigurableApplicationContext start(String... editor) {
        List<String> args = new ArrayList<>(List.of(
                // Only the production configuration: not the tests'
                // application.properties with its in-memory database.
                "--spring.config.location=classpath:/application.yml",
                "--registry.data-dir=" + dataDir.toAbsolutePath(), "--server.port=0",
                "--springdoc.api-docs.enabled=false", "--logging.level.root=warn"));
        args.addAll(List.of(editor));
        return new SpringApplicationBuilder(RegistryApplication.class).run(args.toArray(String[]::new));
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    private List<String> changes(String base) throws IOException, InterruptedException {
        List<String> changes = new ArrayList<>();
        send(base, "GET", "/api/v1/changes", null, null, 200).path("content")
            .forEach(change -> changes
                .add(change.path("action").asString() + " " + change.path("entityType").asString()));
        return changes;
    }

    private JsonNode send(String base, String method, String path, String ifMatch, String body, int status)
            throws IOException, InterruptedException {
        HttpResponse<String> response = request(base, method, path, ifMatch, body);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> request(String base, String method, String path, String ifMatch, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
            .method(method,
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type",
                    method.equals("PATCH") ? "application/merge-patch+json" : "application/json");
        }
        if (!method.equals("GET")) {
            request.header("Authorization", EDITOR);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
