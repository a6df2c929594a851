package org.allianceregistry.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceregistry.RegistryIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Who may do what: reads are public, every write needs an editor (401 without credentials
 * or with wrong ones, 403 for an account without the editor role, 429 after too many
 * wrong ones from one address), answers are problem responses, and nothing is written on
 * the way.
 */
@RegistryIntegrationTest
class SecurityIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
    }

    @ParameterizedTest(name = "{0} {1} without credentials -> 401")
    @CsvSource({ "POST, /api/v1/alliances", "POST, /api/v1/alliances/csto/memberships",
            "POST, /api/v1/alliances/csto/withdrawals", "POST, /api/v1/alliances/csto/chairmanships",
            "POST, /api/v1/alliances/csto/protocols", "POST, /api/v1/alliances/csto/events", "POST, /api/v1/states",
            "POST, /api/v1/sources", "PUT, /api/v1/memberships/1", "PATCH, /api/v1/memberships/1",
            "DELETE, /api/v1/memberships/1", "PUT, /api/v1/alliances/csto", "DELETE, /api/v1/sources/R12",
            "PATCH, /api/v1/withdrawals/1", "DELETE, /api/v1/chairmanships/1" })
    void everyWriteNeedsCredentials(String method, String uri) {
        MvcTestResult result = mvc.method(HttpMethod.valueOf(method))
            .uri(uri)
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                    "{\"state\": \"RS\", \"startDate\": \"2027-01-01\", \"verification\": \"VERIFIED\", \"sources\": [\"R12\"]}")
            .exchange();

        assertThat(result).hasStatus(401)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
            .hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Alliance Registry editors\", charset=\"UTF-8\"");
        assertThat(Api.body(result).path("type").asString())
            .isEqualTo("urn:alliance-registry:problem:authentication-required");
    }

    @Test
    void aScriptedRequestSuchAsSwaggerUisGetsThe401ProblemWithoutTheChallengeThatRaisesTheBrowsersDialog() {
        String wrong = "Basic " + java.util.Base64.getEncoder().encodeToString("editor:wrong".getBytes());
        MvcTestResult scripted = mvc.post()
            .uri("/api/v1/sources")
            .header("X-Requested-With", "XMLHttpRequest")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{}")
            .exchange();
        MvcTestResult scriptedWrongCredentials = mvc.delete()
            .uri("/api/v1/sources/R12")
            .header("X-Requested-With", "XMLHttpRequest")
            .header(HttpHeaders.AUTHORIZATION, wrong)
            .exchange();
        MvcTestResult curl = mvc.post()
            .uri("/api/v1/sources")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{}")
            .exchange();

        for (MvcTestResult result : java.util.List.of(scripted, scriptedWrongCredentials)) {
            assertThat(result).hasStatus(401).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).isNull();
            assertThat(Api.body(result).path("type").asString())
                .isEqualTo("urn:alliance-registry:problem:authentication-required");
        }
        assertThat(curl).hasStatus(401)
            .hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Alliance Registry editors\", charset=\"UTF-8\"");
        assertThat(String.join(",", curl.getResponse().getHeaders(HttpHeaders.VARY))).contains("X-Requested-With");
    }

    @Test
    void swaggerUiSendsEveryRequestMarkedAsScripted() throws Exception {
        MvcTestResult initializer = mvc.get().uri("/swagger-ui/swagger-initializer.js").exchange();

        assertThat(initializer).hasStatusOk();
        assertThat(initializer.getResponse().getContentAsString())
            .contains("window.ui = SwaggerUIBundle({\n    requestInterceptor: (request) => { "
                    + "request.headers['X-Requested-With'] = 'XMLHttpRequest'; return request; },")
            .contains("/v3/api-docs");
    }

    @Test
    void wrongCredentialsAre401AndWriteNothing() {
        MvcTestResult result = mvc.post()
            .uri("/api/v1/alliances/csto/memberships")
            .header(HttpHeaders.AUTHORIZATION, Api.basic("editor", "guess"))
            .contentType(MediaType.APPLICATION_JSON)
            .header("X-Request-Id", "guess-1")
            .content(
                    "{\"state\": \"RS\", \"startDate\": \"2027-01-01\", \"verification\": \"VERIFIED\", \"sources\": [\"R12\"]}")
            .exchange();

        assertThat(result).hasStatus(401).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Api.body(result).path("correlationId").asString()).isEqualTo("guess-1");
        assertThat(api.get("/api/v1/alliances/csto/memberships?state=RS").path("content")).isEmpty();
    }

    @Test
    void afterTenWrongCredentialsFromOneAddressItsCredentialsAreNotCheckedForAWhile() {
        RequestPostProcessor guesser = request -> {
            request.setRemoteAddr("203.0.113.9");
            return request;
        };
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(membershipOfSerbia(Api.basic("editor", "guess " + attempt), guesser)).as("attempt %d", attempt)
                .hasStatus(401);
        }

        MvcTestResult refused = membershipOfSerbia(Api.EDITOR, guesser);
        MvcTestResult read = mvc.get().uri("/api/v1/alliances/csto").with(guesser).exchange();
        MvcTestResult elsewhere = mvc.post()
            .uri("/api/v1/alliances/csto/memberships")
            .header(HttpHeaders.AUTHORIZATION, Api.EDITOR)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"state\": \"RS\"}")
            .exchange();

        assertThat(refused).hasStatus(429).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Api.body(refused).path("type").asString())
            .isEqualTo("urn:alliance-registry:problem:too-many-failed-logins");
        assertThat(Long.parseLong(refused.getResponse().getHeader(HttpHeaders.RETRY_AFTER))).isBetween(1L, 900L);
        assertThat(api.get("/api/v1/alliances/csto/memberships?state=RS").path("content")).isEmpty();
        assertThat(read).hasStatus(200);
        assertThat(elsewhere).as("an editor at another address is authenticated, then told what the body lacks")
            .hasStatus(400);
    }

    private MvcTestResult membershipOfSerbia(String authorization, RequestPostProcessor from) {
        return mvc.post()
            .uri("/api/v1/alliances/csto/memberships")
            .header(HttpHeaders.AUTHORIZATION, authorization)
            .with(from)
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                    "{\"state\": \"RS\", \"startDate\": \"2027-01-01\", \"verification\": \"VERIFIED\", \"sources\": [\"R12\"]}")
            .exchange();
    }

    @Test
    void anAccountWithoutTheEditorRoleIs403() {
        MvcTestResult result = mvc.post()
            .uri("/api/v1/alliances/csto/memberships")
            .header(HttpHeaders.AUTHORIZATION, Api.READER)
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                    "{\"state\": \"RS\", \"startDate\": \"2027-01-01\", \"verification\": \"VERIFIED\", \"sources\": [\"R12\"]}")
            .exchange();

        assertThat(result).hasStatus(403).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Api.body(result).path("type").asString()).isEqualTo("urn:alliance-registry:problem:forbidden");
        assertThat(api.get("/api/v1/alliances/csto/memberships?state=RS").path("content")).isEmpty();
    }

    @Test
    void readsArePublicCacheableAndCarryTheStandardSecurityHeaders() {
        MvcTestResult result = mvc.get().uri("/api/v1/alliances/csto").exchange();

        assertThat(result).hasStatus(200)
            .hasHeader("X-Content-Type-Options", "nosniff")
            .hasHeader("X-Frame-Options", "DENY");
        assertThat(result.getResponse().getHeaders(HttpHeaders.CACHE_CONTROL))
            .noneMatch(value -> value.contains("no-store"));
        assertThat(result.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(mvc.get().uri("/api/v1/changes")).hasStatus(200);
        assertThat(mvc.get().uri("/v3/api-docs")).hasStatus(200);
    }

    @Test
    void theEditorsWritesAreNotStatefulSessions() {
        String alliance = api.newAlliance("stateless");

        MvcTestResult result = api.write(HttpMethod.POST, "/api/v1/alliances/" + alliance + "/memberships",
                "{\"state\": \"RS\", \"startDate\": \"2027-01-01\", \"verification\": \"VERIFIED\", \"sources\": [\"R12\"]}",
                null);

        assertThat(result).hasStatus(201);
        assertThat(result.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void corsAllowsReadsFromAnyOriginAndWritesFromNoneByDefault() {
        MvcTestResult read = mvc.get()
            .uri("/api/v1/alliances/csto")
            .header(HttpHeaders.ORIGIN, "https://example.org")
            .exchange();
        MvcTestResult writePreflight = mvc.options()
            .uri("/api/v1/alliances/csto/memberships")
            .header(HttpHeaders.ORIGIN, "https://example.org")
            .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
            .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
            .exchange();

        assertThat(read).hasStatus(200).hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        assertThat(writePreflight.getResponse().getStatus()).isEqualTo(403);
        assertThat(writePreflight.getResponse().getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isNull();
    }

    @Test
    void aReadsCorsHeadersDoNotDependOnOriginAndAWritePreflightVariesByIt() {
        String uri = "/api/v1/alliances/csto/members?asOf=2013-01-01";
        MvcTestResult withoutOrigin = mvc.get().uri(uri).exchange();
        MvcTestResult withOrigin = mvc.get().uri(uri).header(HttpHeaders.ORIGIN, "https://example.org").exchange();
        MvcTestResult notModified = mvc.get()
            .uri(uri)
            .header(HttpHeaders.ORIGIN, "https://example.org")
            .header(HttpHeaders.IF_NONE_MATCH, withoutOrigin.getResponse().getHeader(HttpHeaders.ETAG))
            .exchange();
        MvcTestResult writePreflight = mvc.options()
            .uri("/api/v1/alliances/csto/memberships")
            .header(HttpHeaders.ORIGIN, "https://example.org")
            .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
            .exchange();

        for (MvcTestResult read : java.util.List.of(withoutOrigin, withOrigin, notModified)) {
            assertThat(read.getResponse().getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo("*");
            assertThat(read.getResponse().getHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS)).contains("ETag");
            assertThat(read.getResponse().getHeaders(HttpHeaders.VARY))
                .containsExactly("Accept, Accept-Language, Accept-Encoding");
        }
        assertThat(notModified.getResponse().getStatus()).isEqualTo(304);
        assertThat(String.join(",", writePreflight.getResponse().getHeaders(HttpHeaders.VARY))).contains("Origin");
    }

    @Test
    void publicActuatorEndpointsNeedNoCredentials() {
        // Actuator may not be on the class path; either way these paths are never refused
        // for want of credentials.
        for (String uri : new String[] { "/actuator/health", "/actuator/health/liveness", "/actuator/info",
                "/actuator/prometheus" }) {
            assertThat(mvc.get().uri(uri).exchange().getResponse().getStatus()).as(uri).isNotIn(401, 403);
        }
    }

    @Test
    void theOpenApiDescriptionDeclaresBasicAuthOnEveryWriteAndNoneOnReads() {
        JsonNode docs = api.get("/v3/api-docs");

        assertThat(docs.path("components").path("securitySchemes").path("basicAuth").path("scheme").asString())
            .isEqualTo("basic");
        docs.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            boolean secured = operation.getValue().path("security").toString().contains("basicAuth");
            assertThat(secured).as(operation.getKey() + " " + path.getKey())
                .isEqualTo(!operation.getKey().equals("get"));
        }));
    }

}
