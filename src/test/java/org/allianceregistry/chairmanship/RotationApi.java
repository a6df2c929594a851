package org.allianceregistry.chairmanship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Small helpers for the rotation tests: GET with headers, read the body as JSON, pick
 * entries.
 */
final class RotationApi {

    static final String CSTO = "/api/v1/alliances/csto/chairmanships";
    static final String NATO = "/api/v1/alliances/nato/chairmanships";

    private final MockMvcTester mvc;

    private final JsonMapper json = JsonMapper.builder().build();

    RotationApi(MockMvcTester mvc) {
        this.mvc = mvc;
    }

    /** GET with header name/value pairs. */
    MvcTestResult get(String uri, String... headers) {
        MockMvcTester.MockMvcRequestBuilder request = mvc.get().uri(uri);
        for (int i = 0; i < headers.length; i += 2) {
            request = request.header(headers[i], headers[i + 1]);
        }
        return request.exchange();
    }

    /** GET that must answer 200, as JSON. */
    JsonNode json(String uri, String... headers) {
        MvcTestResult result = get(uri, headers);
        assertThat(result).as(uri).hasStatus(HttpStatus.OK);
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    /** GET that must answer {@code status} with a problem, as JSON. */
    JsonNode problem(String uri, int status, String... headers) {
        MvcTestResult result = get(uri, headers);
        assertThat(result).as(uri).hasStatus(status);
        assertThat(result.getResponse().getContentType()).as(uri).isEqualTo("application/problem+json");
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    static JsonNode entry(JsonNode content, int chairYear) {
        for (JsonNode entry : content) {
            if (entry.path("chairYear").asInt() == chairYear) {
                return entry;
            }
        }
        throw new AssertionError("no entry for chair year " + chairYear + " in " + content);
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.path(field).asString()));
        return texts;
    }

    static List<Integer> years(JsonNode content) {
        List<Integer> years = new ArrayList<>();
        content.forEach(node -> years.add(node.path("chairYear").asInt()));
        return years;
    }

}
