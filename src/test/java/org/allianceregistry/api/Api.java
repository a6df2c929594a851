package org.allianceregistry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads (and, as the test editor, writes) the registry's API as a client would and hands
 * back JSON to assert on.
 */
final class Api {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /**
     * HTTP Basic credentials of the test editor and of the read-only test account (see
     * application.properties).
     */
    static final String EDITOR = basic("editor", "editor-secret");
    static final String READER = basic("reader", "reader-secret");

    private final MockMvcTester mvc;

    Api(MockMvcTester mvc) {
        this.mvc = mvc;
    }

    /** GETs {@code uri}, requires 200 and returns the body. */
    JsonNode get(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).as("GET %s", uri).hasStatus(HttpStatus.OK);
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }

    /** The members of {@code alliance} on {@code date}. */
    JsonNode members(String alliance, String date) {
        return get("/api/v1/alliances/" + alliance + "/members?size=250&asOf=" + date).path("content");
    }

    /**
     * Sends bytes no HTTP client library would send (a malformed escape, a repeated
     * header) to the server on {@code port} and returns the whole response.
     */
    static String raw(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * An editor's write: {@code method} on {@code uri} with a JSON body (or none) and an
     * If-Match (or none).
     */
    MvcTestResult write(HttpMethod method, String uri, String json, String ifMatch) {
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
    JsonNode create(String uri, String json) {
        MvcTestResult result = write(HttpMethod.POST, uri, json, null);
        assertThat(result)
            .as("POST %s: %s", uri, new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
            .hasStatus(HttpStatus.CREATED);
        return body(result);
    }

    /** The ETag of the record at {@code uri}. */
    String etag(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).as("GET %s", uri).hasStatus(HttpStatus.OK);
        return result.getResponse().getHeader(HttpHeaders.ETAG);
    }

    /**
     * A new alliance for one test to write to, so that tests never touch the curated data
     * others read.
     */
    String newAlliance(String prefix) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        create("/api/v1/alliances", """
                {"code": "%s", "acronymEn": "TST", "nameEn": "Test alliance %s", "nameRu": "Тестовый союз",
                 "nameAr": "حلف اختبار", "kind": "COLLECTIVE_DEFENCE_ALLIANCE", "treatySignedOn": "2020-01-01",
                 "treatyInForceOn": "2020-01-01", "verification": "UNVERIFIED", "sources": ["R12"]}""".formatted(code,
                code));
        return code;
    }

    /**
     * Admits {@code state} to {@code alliance} from {@code startDate}; returns the new
     * period.
     */
    JsonNode admit(String alliance, String state, String startDate) {
        return create("/api/v1/alliances/" + alliance + "/memberships",
                "{\"state\": \"%s\", \"startDate\": \"%s\", \"verification\": \"VERIFIED\", \"sources\": [\"R12\"]}"
                    .formatted(state, startDate));
    }

    static JsonNode body(MvcTestResult result) {
        byte[] content = result.getResponse().getContentAsByteArray();
        return content.length == 0 ? JSON.missingNode() : JSON.readTree(content);
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asString()));
        return values;
    }

    static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asString())) {
                return node;
            }
        }
        throw new AssertionError("no element with " + field + " = " + value + " in " + array);
    }

}
