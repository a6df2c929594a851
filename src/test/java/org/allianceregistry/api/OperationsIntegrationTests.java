package org.allianceregistry.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceregistry.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What operators rely on: health groups, build and git info, Prometheus metrics,
 * correlation ids.
 */
@RegistryIntegrationTest
class OperationsIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    HealthEndpointGroups healthGroups;

    @Test
    void onlyHealthInfoAndPrometheusAreExposed() {
        JsonNode links = json(mvc.get().uri("/actuator").exchange()).path("_links");

        assertThat(links.propertyNames()).allMatch(name -> name.equals("self") || name.startsWith("health")
                || name.equals("info") || name.equals("prometheus"));
        assertThat(links.propertyNames()).contains("health", "info", "prometheus");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/actuator/env", "/actuator/beans", "/actuator/metrics", "/actuator/loggers",
            "/actuator/configprops", "/actuator/heapdump", "/actuator/shutdown", "/actuator/mappings" })
    void otherEndpointsAreNotExposed(String uri) {
        assertThat(mvc.get().uri(uri).exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
    void healthAndItsProbesAreUpWithoutDetails(String uri) {
        JsonNode health = json(mvc.get().uri(uri).exchange());

        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.has("components")).as("components of %s", uri).isFalse();
        assertThat(health.has("details")).as("details of %s", uri).isFalse();
    }

    @Test
    void readinessDependsOnTheDatabaseAndLivenessDoesNot() {
        assertThat(healthGroups.get("readiness").isMember("db")).isTrue();
        assertThat(healthGroups.get("readiness").isMember("readinessState")).isTrue();
        assertThat(healthGroups.get("liveness").isMember("db")).isFalse();
    }

    @Test
    void infoNamesTheBuildAndTheCommit() {
        JsonNode info = json(mvc.get().uri("/actuator/info").exchange());

        assertThat(info.path("build").path("artifact").asString()).isEqualTo("alliance-registry");
        assertThat(info.path("build").path("version").asString()).isNotBlank();
        // A build outside a git checkout (a source archive, the Docker build) has no git
        // details, by design.
        if (new ClassPathResource("git.properties").exists()) {
            assertThat(info.path("git").path("commit").path("id").asString()).isNotBlank();
        }
    }

    @Test
    void prometheusCountsRequestsPerEndpoint() {
        mvc.get().uri("/api/v1/alliances/csto").exchange();
        mvc.get().uri("/api/v1/alliances/nato").exchange();

        MvcTestResult scrape = mvc.get().uri("/actuator/prometheus").exchange();

        assertThat(scrape).hasStatus(HttpStatus.OK)
            .bodyText()
            .containsPattern(
                    "http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/alliances/\\{code\\}\"[^}]*} [0-9.]+")
            .contains("hikaricp_connections_max");
    }

    @Test
    void aProblemCarriesTheCorrelationIdTheClientSent() {
        MvcTestResult result = mvc.get()
            .uri("/api/v1/alliances/no-such-alliance")
            .header("X-Request-Id", "trace-42")
            .exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasHeader("X-Request-Id", "trace-42");
        assertThat(json(result).path("correlationId").asString()).isEqualTo("trace-42");
    }

    @Test
    void aRequestWithoutAnIdGetsANewOne() {
        MvcTestResult result = mvc.get().uri("/api/v1/alliances/no-such-alliance").exchange();

        String id = result.getResponse().getHeader("X-Request-Id");
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(json(result).path("correlationId").asString()).isEqualTo(id);
    }

    @Test
    void anIdThatCouldForgeLogLinesIsReplaced() {
        MvcTestResult result = mvc.get().uri("/api/v1/alliances").header("X-Request-Id", "x\nERROR forged").exchange();

        assertThat(result).hasStatus(HttpStatus.OK);
        assertThat(result.getResponse().getHeader("X-Request-Id")).matches("[0-9a-f-]{36}");
    }

    private static JsonNode json(MvcTestResult result) {
        return JsonMapper.builder().build().readTree(result.getResponse().getContentAsByteArray());
    }

}
