package org.allianceregistry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.allianceregistry.RegistryIntegrationTest;
import org.allianceregistry.shared.PlausibleDate;
import org.allianceregistry.web.EnumParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;

/**
 * Query parameters are read as the served description declares them, every one of them:
 * enumerated values in any case (the description's pattern), arrays repeated or
 * comma-separated, dates within {@value PlausibleDate#EARLIEST} to
 * {@value PlausibleDate#LATEST} and numbers within their minimum and maximum, anything
 * else a 400 problem naming the parameter. Each request starts from the examples the
 * description gives and changes one parameter.
 */
@RegistryIntegrationTest
class ParameterRulesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    Api api;

    JsonNode docs;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        docs = api.get("/v3/api-docs");
    }

    @Test
    void everyEnumeratedParameterIsReadInAnyCaseAsItsPatternSays() {
        List<String> checked = new ArrayList<>();

        eachQueryParameter((read, parameter) -> {
            JsonNode schema = valueSchema(parameter);
            List<String> values = strings(schema.path(EnumParameters.VALUES_EXTENSION));
            if (values.isEmpty()) {
                return;
            }
            String name = parameter.path("name").asString();
            String canonical = values.get(values.size() - 1);
            MvcTestResult expected = get(read, name, canonical);
            for (String variant : List.of(canonical.toLowerCase(Locale.ROOT), mixedCase(canonical), " " + canonical)) {
                assertThat(Pattern.compile(schema.path("pattern").asString()).matcher(variant).matches())
                    .as("%s %s=%s matches the pattern", read.id(), name, variant)
                    .isTrue();
                MvcTestResult actual = get(read, name, variant);
                assertThat(actual.getResponse().getStatus()).as("%s %s=%s", read.id(), name, variant)
                    .isEqualTo(expected.getResponse().getStatus())
                    .isNotEqualTo(400);
                if (actual.getResponse().getStatus() == 200) {
                    assertThat(actual.getResponse().getContentAsByteArray())
                        .isEqualTo(expected.getResponse().getContentAsByteArray());
                }
            }
            checked.add(read.id() + " " + name);
        });

        assertThat(checked).contains("listEvents kind", "listDatasetAlliances obligation",
                "getChairmanshipSchedule frozenPolicy", "getCurrentChair format", "compareAllianceWithDatasets format");
    }

    @Test
    void aValueThatIsNoneOfThemInAnyCaseIsA400NamingTheParameterAndItsValues() {
        List<String> checked = new ArrayList<>();

        eachQueryParameter((read, parameter) -> {
            JsonNode schema = valueSchema(parameter);
            List<String> values = strings(schema.path(EnumParameters.VALUES_EXTENSION));
            if (values.isEmpty()) {
                return;
            }
            String name = parameter.path("name").asString();
            // A dotless ı for an i, or a Kelvin sign for a k: not ASCII, so not the
            // value.
            String lookAlike = values.get(0).replace('i', '\u0131').replace('I', '\u0131').replace('K', '\u212a');
            for (String wrong : List.of("bogus", values.get(0) + "s", lookAlike)) {
                if (wrong.equals(values.get(0))) {
                    continue;
                }
                assertThat(Pattern.compile(schema.path("pattern").asString()).matcher(wrong).matches()).isFalse();
                JsonNode problem = problem(get(read, name, wrong), name);
                assertThat(problem.path("errors").toString()).as(name).contains(values.get(0));
            }
            checked.add(read.id() + " " + name);
        });

        assertThat(checked).hasSizeGreaterThanOrEqualTo(9);
    }

    @Test
    void anArrayParameterIsReadRepeatedOrCommaSeparatedButNeverWithAnEmptyValue() {
        List<String> checked = new ArrayList<>();

        eachQueryParameter((read, parameter) -> {
            if (!parameter.path("schema").path("type").asString().equals("array")) {
                return;
            }
            assertThat(parameter.path("style").asString()).isEqualTo("form");
            assertThat(parameter.path("explode").asBoolean()).isTrue();
            String name = parameter.path("name").asString();
            List<String> values = strings(valueSchema(parameter).path(EnumParameters.VALUES_EXTENSION));
            String path = path(read);
            MvcTestResult repeated = mvc.get()
                .uri(path + "?" + name + "=" + values.get(0) + "&" + name + "=" + values.get(1))
                .exchange();
            MvcTestResult commas = mvc.get()
                .uri(path + "?" + name + "=" + values.get(0) + "," + values.get(1))
                .exchange();
            MvcTestResult first = mvc.get().uri(path + "?" + name + "=" + values.get(0)).exchange();

            assertThat(repeated.getResponse().getStatus()).isEqualTo(200);
            assertThat(commas.getResponse().getContentAsByteArray())
                .isEqualTo(repeated.getResponse().getContentAsByteArray());
            assertThat(first.getResponse().getContentAsByteArray())
                .isNotEqualTo(repeated.getResponse().getContentAsByteArray());
            problem(mvc.get().uri(path + "?" + name + "=" + values.get(0) + ",,").exchange(), name);
            problem(mvc.get().uri(path + "?" + name + "=" + values.get(0) + "&" + name + "=").exchange(), name);
            checked.add(read.id() + " " + name);
        });

        assertThat(checked).containsExactlyInAnyOrder("listEvents kind", "listProtocols kind", "listWithdrawals kind");
    }

    @Test
    void everyDateParameterIsBoundedAsItsSchemaSaysAndOutsideIsA400NamingIt() {
        List<String> checked = new ArrayList<>();

        eachQueryParameter((read, parameter) -> {
            JsonNode schema = parameter.path("schema");
            if (!schema.path("format").asString().equals("date")) {
                return;
            }
            String name = parameter.path("name").asString();
            Pattern pattern = Pattern.compile(schema.path("pattern").asString());
            assertThat(schema.path("x-minimum-date").asString()).isEqualTo(PlausibleDate.EARLIEST);
            assertThat(schema.path("x-maximum-date").asString()).isEqualTo(PlausibleDate.LATEST);
            assertThat(parameter.path("description").asString()).contains(PlausibleDate.EARLIEST, PlausibleDate.LATEST);

            for (String outside : List.of("1799-12-31", "2201-01-01", "0202-05-15", "9999-12-31")) {
                assertThat(pattern.matcher(outside).matches()).as(outside).isFalse();
                problem(get(read, name, outside), name);
            }
            for (String inside : List.of(PlausibleDate.EARLIEST, PlausibleDate.LATEST)) {
                assertThat(pattern.matcher(inside).matches()).as(inside).isTrue();
                assertThat(get(read, name, inside).getResponse().getStatus()).as("%s %s=%s", read.id(), name, inside)
                    .isNotEqualTo(400);
            }
            checked.add(read.id() + " " + name);
        });

        assertThat(checked).containsExactlyInAnyOrder("listMembersOnDate asOf", "listEvents from", "listEvents to",
                "listStates asOf", "listDatasetAlliances asOf", "listDatasetAllianceMembers asOf",
                "listProtocols signedFrom", "listProtocols signedTo", "getChairmanshipSchedule asOf",
                "listSecretariesGeneral asOf");
    }

    @Test
    void everyBoundedNumberParameterIsA400NamingItJustOutsideItsBounds() {
        List<String> checked = new ArrayList<>();

        eachQueryParameter((read, parameter) -> {
            JsonNode schema = parameter.path("schema");
            if (!schema.path("type").asString().equals("integer")) {
                return;
            }
            String name = parameter.path("name").asString();
            if (schema.has("minimum")) {
                problem(get(read, name, String.valueOf(schema.path("minimum").asLong() - 1)), name);
            }
            if (schema.has("maximum")) {
                problem(get(read, name, String.valueOf(schema.path("maximum").asLong() + 1)), name);
            }
            if (schema.has("minimum") || schema.has("maximum")) {
                checked.add(read.id() + " " + name);
            }
        });

        assertThat(checked).contains("getChairmanshipSchedule from", "getChairmanshipSchedule to",
                "listMembersOnDate size", "listChanges size");
    }

    /** Every query parameter of every read, with its read. */
    private void eachQueryParameter(BiConsumer<Read, JsonNode> check) {
        docs.path("paths").properties().forEach(path -> {
            JsonNode get = path.getValue().path("get");
            get.path("parameters")
                .valueStream()
                .filter(parameter -> parameter.path("in").asString().equals("query"))
                .forEach(parameter -> check.accept(new Read(path.getKey(), get), parameter));
        });
    }

    /** A GET operation of the description and its path template. */
    record Read(String template, JsonNode operation) {

        String id() {
            return operation.path("operationId").asString();
        }

    }

    /**
     * The read with every path parameter and every query parameter but the dates and
     * {@code name} at its example, and {@code name} at {@code value}.
     */
    /**
     * The read with {@code name=value} beside the other parameters' examples; where that
     * combination is refused (some parameters exclude others: the schedule's asOf and
     * from/to), with only the parameters the operation requires.
     */
    private MvcTestResult get(Read read, String name, String value) {
        MvcTestResult withExamples = get(read, name, value, true);
        return withExamples.getResponse().getStatus() == 400 ? get(read, name, value, false) : withExamples;
    }

    private MvcTestResult get(Read read, String name, String value, boolean withExamples) {
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode parameter : read.operation().path("parameters")) {
            String each = parameter.path("name").asString();
            JsonNode example = parameter.path("example");
            boolean date = parameter.path("schema").path("format").asString().equals("date");
            if (parameter.path("in").asString().equals("query") && !each.equals(name) && !date
                    && !example.isMissingNode() && (withExamples || parameter.path("required").asBoolean())) {
                query.put(each, example.isArray() ? example.get(0).asString() : example.asString());
            }
        }
        query.put(name, value);
        StringBuilder uri = new StringBuilder(path(read)).append('?');
        query.forEach((key, each) -> uri.append(key)
            .append('=')
            .append(UriUtils.encodeQueryParam(each, StandardCharsets.UTF_8))
            .append('&'));
        // A URI, not a template: the value is encoded once, here.
        return mvc.method(HttpMethod.GET).uri(URI.create(uri.substring(0, uri.length() - 1))).exchange();
    }

    /** The operation's path with its path parameters at their examples. */
    private static String path(Read read) {
        String path = read.template();
        for (JsonNode parameter : read.operation().path("parameters")) {
            if (parameter.path("in").asString().equals("path")) {
                path = path.replace("{" + parameter.path("name").asString() + "}",
                        parameter.path("example").asString());
            }
        }
        return path;
    }

    private static JsonNode problem(MvcTestResult result, String parameter) {
        assertThat(result.getResponse().getStatus())
            .as("%s?%s", result.getRequest().getRequestURI(), result.getRequest().getQueryString())
            .isEqualTo(400);
        JsonNode problem = Api.body(result);
        assertThat(Api.texts(problem.path("errors"), "field")).as(result.getRequest().getQueryString())
            .contains(parameter);
        return problem;
    }

    private static JsonNode valueSchema(JsonNode parameter) {
        JsonNode schema = parameter.path("schema");
        return schema.path("type").asString().equals("array") ? schema.path("items") : schema;
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static String mixedCase(String value) {
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            mixed.append(i % 2 == 0 ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return mixed.toString();
    }

}
