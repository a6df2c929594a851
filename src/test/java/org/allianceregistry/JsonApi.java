package org.allianceregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry's API as a feature's integration tests read it (and, as the test editor,
 * write it): requests through {@link MockMvcTester}, answers as JSON.
 */
public final class JsonApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String EDITOR = "Basic "
            + Base64.getEncoder().encodeToString("editor:editor-secret".getBytes(StandardCharsets.UTF_8));

    private final MockMvcTester mvc;

    public JsonApi(MockMvcTester mvc) {
        this.mvc = mvc;
    }

    /** GETs {@code uri}, requires 200 and returns the body. */
    public JsonNode get(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).as("GET %s: %s", uri, text(result)).hasStatus(200);
        return body(result);
    }

    /** The content of the list at {@code uri}, asked for in one page of 250. */
    public JsonNode list(String uri) {
        JsonNode page = get(uri + (uri.contains("?") ? "&" : "?") + "size=250");
        assertThat(page.path("page").path("totalPages").asInt()).as("pages of %s", uri).isLessThanOrEqualTo(1);
        return page.path("content");
    }

    public MvcTestResult exchange(String uri) {
        return mvc.get().uri(uri).exchange();
    }

    /** An editor's write of {@code json} (or none) with an If-Match (or none). */
    public MvcTestResult write(HttpMethod method, String uri, String json, String ifMatch) {
        var request = mvc.method(method).uri(uri).header(HttpHeaders.AUTHORIZATION, EDITOR);
        if (json != null) {
            request.contentType(method == HttpMethod.PATCH ? "application/merge-patch+json" : "application/json")
                .content(json);
        }
        if (ifMatch != null) {
            request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.exchange();
    }

    /** POSTs {@code json} as the editor, requires 201 and returns the body. */
    public JsonNode create(String uri, String json) {
        MvcTestResult result = write(HttpMethod.POST, uri, json, null);
        assertThat(result).as("POST %s: %s", uri, text(result)).hasStatus(201);
        return body(result);
    }

    /** The ETag of the record at {@code uri}. */
    public String etag(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).as("GET %s", uri).hasStatus(200);
        return result.getResponse().getHeader(HttpHeaders.ETAG);
    }

    /**
     * A new alliance for one test to write to, so that no test touches the curated data.
     */
    public String newAlliance(String prefix) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        create("/api/v1/alliances", """
                {"code": "%s", "acronymEn": "TST", "nameEn": "Test alliance %s", "nameRu": "Тестовый союз",
                 "nameAr": "حلف اختبار", "kind": "COLLECTIVE_DEFENCE_ALLIANCE", "treatySignedOn": "2020-01-01",
                 "treatyInForceOn": "2020-01-01", "verification": "UNVERIFIED", "sources": ["R12"]}""".formatted(code,
                code));
        return code;
    }

    public static JsonNode body(MvcTestResult result) {
        byte[] content = result.getResponse().getContentAsByteArray();
        return content.length == 0 ? JSON.missingNode() : JSON.readTree(content);
    }

    public static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asString()));
        return values;
    }

    /** The one element of {@code array} whose {@code field} is {@code value}. */
    public static JsonNode find(JsonNode array, String field, String value) {
        List<JsonNode> found = new ArrayList<>();
        array.forEach(node -> {
            if (value.equals(node.path(field).asString())) {
                found.add(node);
            }
        });
        assertThat(found).as("elements with %s = %s", field, value).hasSize(1);
        return found.get(0);
    }

    private static String text(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

}
