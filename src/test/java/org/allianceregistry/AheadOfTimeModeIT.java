package org.allianceregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar as the Docker image runs it: with the bean definitions and repository
 * implementations that Spring AOT generated at build time
 * ({@code -Dspring.aot.enabled=true}), where conditions and queries were settled by the
 * build rather than at startup. Reads, paging with count queries, a write, a problem and
 * gzip all work in that mode.
 */
class AheadOfTimeModeIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String EDITOR = "Basic " + Base64.getEncoder()
        .encodeToString("aot-editor:a long passphrase for the aot test".getBytes(StandardCharsets.UTF_8));

    private PackagedJar.Server server;

    @TempDir
    Path dataDir;

    @BeforeEach
    void startThePackagedJarInAotMode() throws Exception {
        server = PackagedJar.Server.start(PackagedJar.path(), dataDir, List.of("-Dspring.aot.enabled=true", "-Xmx256m"),
                List.of("--registry.editor.username=aot-editor",
                        "--registry.editor.password=a long passphrase for the aot test"));
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theAotProcessedApplicationServesReadsWritesAndProblems() throws Exception {
        JsonNode members = json(get("/api/v1/alliances/csto/members?asOf=2025-01-01", null), 200);
        JsonNode events = json(get("/api/v1/alliances/csto/events?size=2", null), 200);
        HttpResponse<String> admitted = server.send(HttpRequest
            .newBuilder(server.uri("/api/v1/alliances/csto/memberships"))
            .header("Authorization", EDITOR)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(
                    "{\"state\": \"RS\", \"startDate\": \"2027-01-01\", \"verification\": \"VERIFIED\", \"sources\": [\"R12\"]}")));
        JsonNode serbia = json(get("/api/v1/alliances/csto/memberships?state=srb", null), 200);
        HttpResponse<String> badDate = get("/api/v1/alliances/csto/members?asOf=2025-13-01", null);
        HttpResponse<String> gzip = get("/api/v1/states?size=50", "gzip");

        assertThat(server.log()).contains("Starting AOT-processed RegistryApplication");
        List<String> iso3 = new ArrayList<>();
        members.path("content").forEach(member -> iso3.add(member.path("iso3").asString()));
        assertThat(iso3).contains("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK");
        assertThat(events.path("content")).hasSize(2);
        assertThat(events.path("page").path("totalElements").asLong()).isGreaterThan(2);
        assertThat(admitted.statusCode()).as(admitted.body()).isEqualTo(201);
        assertThat(serbia.path("content")).hasSize(1);
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(badDate.body()).path("detail").asString()).contains("asOf");
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    private HttpResponse<String> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).GET();
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return server.send(request);
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

}
