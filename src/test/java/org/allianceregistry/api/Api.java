package org.allianceregistry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Reads the registry's API as a client would and hands back JSON to assert on. */
final class Api {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

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
