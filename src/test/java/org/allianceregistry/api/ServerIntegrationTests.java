package org.allianceregistry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.allianceregistry.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The registry behind a real servlet container, spoken to over HTTP, as curl and scripts
 * do.
 */
@RegistryIntegrationTest
class ServerIntegrationTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesReadsWithEtagsOverHttp() throws Exception {
        HttpResponse<String> first = get("/api/v1/alliances/csto/members?asOf=2025-01-01", null);
        HttpResponse<String> again = get("/api/v1/alliances/csto/members?asOf=2025-01-01",
                first.headers().firstValue("ETag").orElseThrow());

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"iso3\":\"ARM\"");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void answersProblemsForPathsNoHandlerServes() throws Exception {
        HttpResponse<String> missing = get("/api/v1/no/such/thing", null);
        String badEncoding = raw("GET /api/v1/states/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type"))
            .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(badEncoding).startsWith("HTTP/1.1 400").doesNotContain("Exception", "Tomcat", "<html");
    }

    @Test
    void servesSwaggerUiAndTheOpenApiDescription() throws Exception {
        assertThat(get("/swagger-ui/index.html", null).statusCode()).isEqualTo(200);
        assertThat(get("/v3/api-docs", null).body()).contains("\"openapi\":\"3.1");
    }

    private String raw(String request) throws IOException {
        return Api.raw(port, request);
    }

    private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
