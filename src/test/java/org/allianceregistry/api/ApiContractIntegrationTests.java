package org.allianceregistry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.allianceregistry.RegistryIntegrationTest;
import org.allianceregistry.shared.ProblemType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contract scripts rely on: codes, languages, page shape, problem responses and the
 * OpenAPI description.
 */
@RegistryIntegrationTest
class ApiContractIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
    }

    @ParameterizedTest
    @CsvSource({ "am", "AM", "arm", "ARM", "aRm" })
    void statesAreFoundByAlpha2OrAlpha3CodeInAnyCase(String code) {
        JsonNode armenia = api.get("/api/v1/states/" + code);

        assertThat(armenia.path("iso2").asString()).isEqualTo("AM");
        assertThat(armenia.path("iso3").asString()).isEqualTo("ARM");
        assertThat(armenia.path("isoNumeric").asString()).isEqualTo("051");
    }

    @Test
    void theRegistryKnowsEveryIso3166StateAndTheFormerMembers() {
        JsonNode page = api.get("/api/v1/states?size=1");
        JsonNode namibia = api.get("/api/v1/states/NA");

        assertThat(page.path("page").path("totalElements").asInt()).isEqualTo(249 + 3);
        assertThat(namibia.path("iso3").asString()).isEqualTo("NAM");
        assertThat(namibia.path("names").path("ru").asString()).isNotBlank();
        assertThat(namibia.path("names").path("ar").asString()).isNotBlank();
    }

    @Test
    void namesFollowAcceptLanguageWithEnglishByDefault() {
        assertThat(name("/api/v1/alliances/csto", null)).isEqualTo("Collective Security Treaty Organization");
        assertThat(name("/api/v1/alliances/csto", "ru")).isEqualTo("Организация Договора о коллективной безопасности");
        assertThat(name("/api/v1/alliances/csto", "ar-SY,ar;q=0.9")).isEqualTo("منظمة معاهدة الأمن الجماعي");
        assertThat(name("/api/v1/alliances/csto", "fr")).isEqualTo("Collective Security Treaty Organization");
        assertThat(name("/api/v1/states/by", "ru")).isEqualTo("Беларусь");
    }

    @Test
    void everyStateInAResponseCarriesBothCodes() {
        JsonNode members = api.members("nato", "2026-01-01");

        members.forEach(member -> {
            assertThat(member.path("iso2").asString()).hasSize(2);
            assertThat(member.path("iso3").asString()).hasSize(3);
        });
    }

    @Test
    void listsShareOnePageShape() {
        for (String uri : List.of("/api/v1/alliances", "/api/v1/states?size=5&page=2", "/api/v1/sources?size=3",
                "/api/v1/alliances/csto/members", "/api/v1/alliances/csto/memberships",
                "/api/v1/alliances/csto/withdrawals", "/api/v1/alliances/csto/chairmanships",
                "/api/v1/alliances/csto/protocols", "/api/v1/alliances/csto/events", "/api/v1/states/uz/memberships")) {
            JsonNode body = api.get(uri);
            assertThat(fieldNames(body)).as(uri).containsExactly("content", "page");
            assertThat(fieldNames(body.path("page"))).as(uri)
                .containsExactlyInAnyOrder("size", "number", "totalElements", "totalPages");
        }
    }

    @Test
    void pagesDoNotOverlapAndFollowTheRequestedSort() {
        JsonNode first = api.get("/api/v1/alliances/nato/members?asOf=2025-01-01&size=10&sort=iso3").path("content");
        JsonNode second = api.get("/api/v1/alliances/nato/members?asOf=2025-01-01&size=10&page=1&sort=iso3")
            .path("content");
        JsonNode descending = api.get("/api/v1/alliances/nato/members?asOf=2025-01-01&size=1&sort=iso3,desc")
            .path("content");

        assertThat(Api.texts(first, "iso3")).isSorted().doesNotContainAnyElementsOf(Api.texts(second, "iso3"));
        assertThat(Api.texts(first, "iso3").get(9)).isLessThan(Api.texts(second, "iso3").get(0));
        assertThat(descending.get(0).path("iso3").asString()).isEqualTo("USA");
    }

    @ParameterizedTest(name = "{0} -> {1} naming {2}")
    @CsvSource({ "/api/v1/alliances/csto/members?asOf=2024-02-30, 400, asOf",
            "/api/v1/alliances/csto/members?asOf=yesterday, 400, asOf",
            "/api/v1/alliances/csto/members?sort=population, 400, sort",
            "/api/v1/alliances/csto/members?sort=name;drop, 400, sort",
            "/api/v1/alliances/csto/members?size=-1, 400, size",
            "/api/v1/alliances/csto/members?size=100000, 400, size",
            "/api/v1/alliances/csto/members?page=-2, 400, page", "/api/v1/alliances/csto/members?page=x, 400, page",
            "/api/v1/alliances/csto/events?from=2022-02-01&to=2022-01-01, 400, from",
            "/api/v1/alliances/csto/events?kind=PARADE, 400, kind",
            "/api/v1/alliances/csto/chairmanships?from=1800, 400, from",
            "/api/v1/alliances/csto/chairmanships?to=twenty, 400, to", "/api/v1/protocols/first, 400, id" })
    void badParametersAnswer400ProblemsNamingTheParameter(String uri, int status, String parameter) {
        JsonNode problem = problem(mvc.get().uri(uri).exchange(), status);

        assertThat(Api.texts(problem.path("errors"), "field")).contains(parameter);
    }

    @ParameterizedTest(name = "{0} -> 404")
    @CsvSource({ "/api/v1/alliances/seato", "/api/v1/alliances/CSTO", "/api/v1/alliances/seato/members",
            "/api/v1/states/XK", "/api/v1/states/ARME", "/api/v1/states/QQ/memberships", "/api/v1/protocols/999999",
            "/api/v1/sources/R99999", "/api/v1/nothing-here" })
    void unknownThingsAnswer404Problems(String uri) {
        JsonNode problem = problem(mvc.get().uri(uri).exchange(), 404);

        assertThat(problem.path("detail").asString()).isNotBlank();
    }

    @Test
    void aWrongMethodAnswers405AndAWrongMediaType415Or406() {
        // Writes need an editor; an editor's request with a method the resource lacks is
        // 405.
        problem(mvc.put()
            .uri("/api/v1/alliances")
            .header(HttpHeaders.AUTHORIZATION, Api.EDITOR)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{}")
            .exchange(), 405);
        problem(mvc.delete()
            .uri("/api/v1/alliances/csto/members")
            .header(HttpHeaders.AUTHORIZATION, Api.EDITOR)
            .exchange(), 405);
        problem(mvc.post()
            .uri("/api/v1/alliances")
            .header(HttpHeaders.AUTHORIZATION, Api.EDITOR)
            .contentType(MediaType.TEXT_PLAIN)
            .content("csto")
            .exchange(), 415);
        problem(mvc.get().uri("/api/v1/alliances/csto").accept(MediaType.IMAGE_PNG).exchange(), 406);
    }

    @Test
    void problemsNeverRevealInternals() {
        for (String uri : List.of("/api/v1/alliances/csto/members?asOf=%00",
                "/api/v1/alliances/csto/members?sort=memberState.nameEn", "/api/v1/states/' OR 1=1 --",
                "/api/v1/protocols/99999999999999999999")) {
            MvcTestResult result = mvc.get().uri(uri).exchange();
            String body = new String(result.getResponse().getContentAsByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(result.getResponse().getStatus()).as(uri).isBetween(400, 499);
            assertThat(body).as(uri).doesNotContain("Exception", "org.", "java.", "select ", "SQL", "\tat ");
        }
    }

    @Test
    void theOpenApiDescriptionIs31AndDocumentsEveryOperation() {
        JsonNode docs = api.get("/v3/api-docs");

        assertThat(docs.path("openapi").asString()).startsWith("3.1");
        assertThat(docs.path("info").path("description").asString()).contains("exclusive", "SUSPENDED",
                "Accept-Language");
        List<String> undocumented = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : docs.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode op = operation.getValue();
                String name = operation.getKey() + " " + path.getKey();
                if (op.path("summary").asString().isBlank()) {
                    undocumented.add(name + ": summary");
                }
                op.path("parameters").forEach(p -> {
                    if (p.path("description").asString().isBlank()) {
                        undocumented.add(name + ": parameter " + p.path("name").asString());
                    }
                });
                JsonNode responses = op.path("responses");
                JsonNode ok = responses.has("201") ? responses.path("201").path("content")
                        : responses.path("200").path("content");
                if (!responses.has("204") && (ok.isMissingNode() || ok.isEmpty())) {
                    undocumented.add(name + ": 200 or 201 response");
                }
            }
        }
        assertThat(undocumented).isEmpty();
        assertThat(docs.path("paths").properties().stream().map(Map.Entry::getKey).toList())
            .allMatch(p -> p.startsWith("/api/v1"));
    }

    @Test
    void everyOperationHasAUniqueIdFitForAMethodName() {
        JsonNode docs = api.get("/v3/api-docs");
        List<String> ids = new ArrayList<>();

        docs.path("paths")
            .forEach(path -> path.properties()
                .forEach(operation -> ids.add(operation.getValue().path("operationId").asString())));

        assertThat(ids).hasSizeGreaterThan(50).doesNotHaveDuplicates().allMatch(id -> id.matches("^[a-z][a-zA-Z]+$"));
        assertThat(ids).contains("listAlliances", "getAlliance", "createAlliance", "replaceAlliance", "patchAlliance",
                "deleteAlliance", "listMembersOnDate", "getChairmanshipSchedule");
    }

    @Test
    void everyReadIsPublicAndDocumentsItsConditionalNegotiationAndParameterStatuses() {
        JsonNode docs = api.get("/v3/api-docs");
        List<String> gaps = new ArrayList<>();

        docs.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String name = operation.getKey() + " " + path.getKey();
            JsonNode op = operation.getValue();
            JsonNode responses = op.path("responses");
            if (operation.getKey().equals("get")) {
                if (!op.path("security").isArray() || !op.path("security").isEmpty()) {
                    gaps.add(name + ": security []");
                }
                List<String> expected = new ArrayList<>(List.of("200", "304", "400", "406", "503"));
                if (op.path("parameters").valueStream().anyMatch(p -> p.path("in").asString().equals("path"))) {
                    expected.add("404");
                }
                expected.stream().filter(status -> !responses.has(status)).forEach(s -> gaps.add(name + ": " + s));
            }
            boolean answersWithABody = responses.properties()
                .stream()
                .anyMatch(response -> response.getKey().startsWith("2")
                        && !response.getValue().path("content").isEmpty());
            if (answersWithABody && !responses.has("406")) {
                gaps.add(name + ": 406");
            }
            responses.properties()
                .stream()
                .filter(response -> response.getKey().matches("[45]\\d\\d"))
                .filter(response -> !response.getValue()
                    .path("content")
                    .path("application/problem+json")
                    .path("schema")
                    .path("$ref")
                    .asString()
                    .equals("#/components/schemas/ProblemDetail"))
                .forEach(response -> gaps.add(name + ": " + response.getKey() + " typed by ProblemDetail"));
        }));

        assertThat(gaps).isEmpty();
    }

    @Test
    void theProblemSchemaHasEveryMemberAProblemCarries() {
        JsonNode problem = api.get("/v3/api-docs").path("components").path("schemas").path("ProblemDetail");

        assertThat(fieldNames(problem.path("properties"))).containsExactlyInAnyOrder("type", "title", "status",
                "detail", "instance", "errors", "correlationId");
        assertThat(fieldNames(problem.path("properties").path("errors").path("items").path("properties")))
            .containsExactly("field", "message");
    }

    @Test
    void theAuditsBeforeAndAfterAreOpenJsonObjects() {
        JsonNode schemas = api.get("/v3/api-docs").path("components").path("schemas");

        assertThat(schemas.has("JsonNode")).isFalse();
        assertThat(schemas.path("JsonObject").path("type").asString()).isEqualTo("object");
        assertThat(schemas.path("JsonObject").path("additionalProperties").asBoolean()).isTrue();
        assertThat(schemas.path("ChangeResponse").path("properties").path("before").path("anyOf").toString())
            .contains("#/components/schemas/JsonObject", "null");
    }

    /**
     * A PATCH body is a merge patch of what the same path's PUT takes: an open object (a
     * client sends only what it changes; a typed PUT record would send every member, null
     * clearing it) whose member names are the PUT body's.
     */
    @Test
    void everyPatchBodyIsAMergePatchNamingTheMembersOfThePutBody() {
        JsonNode docs = api.get("/v3/api-docs");
        List<String> patches = new ArrayList<>();

        docs.path("paths").properties().forEach(path -> {
            JsonNode patch = path.getValue().path("patch");
            if (patch.isMissingNode()) {
                return;
            }
            patches.add(path.getKey());
            String put = path.getValue()
                .path("put")
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema")
                .path("$ref")
                .asString();
            JsonNode record = docs.at(put.substring(1));
            assertThat(patch.path("requestBody").path("required").asBoolean()).as(path.getKey()).isTrue();
            assertThat(fieldNames(patch.path("requestBody").path("content")))
                .containsExactlyInAnyOrder("application/merge-patch+json", "application/json");
            patch.path("requestBody").path("content").forEach(mediaType -> {
                JsonNode schema = mediaType.path("schema");
                assertThat(schema.path("type").asString()).as(path.getKey()).isEqualTo("object");
                assertThat(schema.path("additionalProperties").asBoolean()).as(path.getKey()).isTrue();
                assertThat(schema.path("x-merge-patch-of").asString()).as(path.getKey()).isEqualTo(put);
                assertThat(schema.path("propertyNames").path("enum").valueStream().map(JsonNode::asString))
                    .as(path.getKey())
                    .containsExactlyElementsOf(fieldNames(record.path("properties")));
                assertThat(schema.path("description").asString()).contains("RFC 7396", "null clears");
            });
        });
        assertThat(patches).contains("/api/v1/memberships/{id}", "/api/v1/alliances/{code}").hasSize(8);
    }

    @Test
    void aPatchMemberThePutBodyDoesNotTakeIsA400NamingIt() {
        String uri = "/api/v1/alliances/" + api.newAlliance("patch");

        MvcTestResult patched = api.write(HttpMethod.PATCH, uri, "{\"nameEn\": \"Renamed\", \"motto\": \"x\"}",
                api.etag(uri));

        assertThat(Api.texts(problem(patched, 400).path("errors"), "field")).containsExactly("motto");
    }

    @Test
    void theLicenceHasAnSpdxIdentifierAndThereIsAContact() {
        JsonNode info = api.get("/v3/api-docs").path("info");

        assertThat(info.path("license").path("identifier").asString()).startsWith("LicenseRef-");
        assertThat(info.path("contact").path("email").asString()).contains("@");
    }

    /**
     * Swagger UI's Try it out without a browser: every GET, with each path and query
     * parameter filled with its example (an array's items as repeated parameters, the
     * style form and explode the description declares), answers 2xx. A research dataset
     * is imported by an editor from its producer's files, which the registry does not
     * ship: until then its reads answer the documented 404 dataset-not-imported.
     */
    @Test
    void everyReadAnswers2xxWithTheExamplesSwaggerUiFillsIn() {
        JsonNode docs = api.get("/v3/api-docs");
        List<String> failures = new ArrayList<>();

        docs.path("paths").properties().forEach(path -> {
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode()) {
                return;
            }
            String uri = path.getKey();
            List<String> query = new ArrayList<>();
            for (JsonNode parameter : get.path("parameters")) {
                JsonNode example = parameter.path("example");
                String name = parameter.path("name").asString();
                if (example.isMissingNode() || example.isNull()) {
                    continue;
                }
                switch (parameter.path("in").asString()) {
                    case "path" -> uri = uri.replace("{" + name + "}", example.asString());
                    case "query" -> {
                        assertThat(parameter.path("schema").path("type").asString().equals("array"))
                            .as("%s %s: an array's example is an array", path.getKey(), name)
                            .isEqualTo(example.isArray());
                        (example.isArray() ? example.valueStream().map(JsonNode::asString).toList()
                                : List.of(example.asString()))
                            .forEach(value -> query.add(name + "=" + value));
                    }
                    default -> {
                    }
                }
            }
            String request = uri + (query.isEmpty() ? "" : "?" + String.join("&", query));
            MvcTestResult result = mvc.get().uri(request).exchange();
            int status = result.getResponse().getStatus();
            boolean notImported = status == 404 && uri.startsWith("/api/v1/datasets/")
                    && new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8)
                        .contains(ProblemType.DATASET_NOT_IMPORTED.uri().toString());
            if ((status < 200 || status > 299) && !notImported) {
                failures.add(request + " -> " + status);
            }
        });

        assertThat(failures).isEmpty();
    }

    @ParameterizedTest(name = "Accept: {0} -> 406")
    @CsvSource({ "application/yaml", "application/x-yaml", "application/xml", "application/cbor",
            "application/x-jackson-smile", "text/plain", "text/csv" })
    void onlyTheDocumentedMediaTypesAreProduced(String accept) {
        problem(mvc.get().uri("/api/v1/alliances/csto").header(HttpHeaders.ACCEPT, accept).exchange(), 406);
    }

    @Test
    void aResourceIsNeverLabelledAProblem() {
        MvcTestResult read = mvc.get()
            .uri("/api/v1/alliances/csto")
            .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
            .exchange();
        MvcTestResult preferringYaml = mvc.get()
            .uri("/api/v1/alliances/csto")
            .header(HttpHeaders.ACCEPT, "application/yaml, application/json;q=0.1")
            .exchange();

        assertThat(read).hasStatus(HttpStatus.OK);
        assertThat(read.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        assertThat(preferringYaml.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        problem(mvc.get()
            .uri("/api/v1/alliances/seato")
            .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
            .exchange(), 404);
    }

    @Test
    void anUnknownQueryParameterIsA400NamingItOnEveryRead() {
        JsonNode docs = api.get("/v3/api-docs");
        List<String> lenient = new ArrayList<>();

        docs.path("paths").properties().forEach(path -> {
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode()) {
                return;
            }
            String uri = path.getKey();
            for (JsonNode parameter : get.path("parameters")) {
                if (parameter.path("in").asString().equals("path")) {
                    uri = uri.replace("{" + parameter.path("name").asString() + "}",
                            parameter.path("example").asString());
                }
            }
            MvcTestResult result = mvc.get().uri(uri + "?asof=2020-01-01").exchange();
            if (result.getResponse().getStatus() != 400) {
                lenient.add(uri + " -> " + result.getResponse().getStatus());
                return;
            }
            JsonNode problem = problem(result, 400);
            assertThat(problem.path("type").asString()).isEqualTo(ProblemType.INVALID_PARAMETER.uri().toString());
            assertThat(Api.texts(problem.path("errors"), "field")).as(uri).containsExactly("asof");
        });

        assertThat(lenient).isEmpty();
    }

    @Test
    void declaredParametersOfAParameterObjectAndRepeatedArraysAreAccepted() {
        assertThat(mvc.get().uri("/api/v1/alliances?page=0&size=5&sort=code,desc").exchange()).hasStatus(HttpStatus.OK);
        assertThat(mvc.get().uri("/api/v1/alliances/csto/events?kind=SUMMIT&kind=EXERCISE&from=2020-01-01").exchange())
            .hasStatus(HttpStatus.OK);
        problem(mvc.get().uri("/api/v1/changes?since=0&page=1").exchange(), 400);
    }

    @Test
    void everyResponseSchemaHasExamples() {
        JsonNode schemas = api.get("/v3/api-docs").path("components").path("schemas");

        for (String schema : List.of("MemberOnDateResponse", "MembershipResponse", "ChairmanshipResponse",
                "AllianceResponse", "WithdrawalResponse", "TreatyProtocolResponse", "AllianceEventResponse",
                "MemberStateResponse")) {
            JsonNode properties = schemas.path(schema).path("properties");
            assertThat(properties.path("iso2").path("example").isMissingNode()
                    && properties.path("code").path("example").isMissingNode()
                    && properties.path("id").path("example").isMissingNode())
                .as(schema)
                .isFalse();
        }
    }

    @Test
    void swaggerUiIsServed() {
        MvcTestResult redirect = mvc.get().uri("/swagger-ui.html").exchange();
        assertThat(redirect.getResponse().getStatus()).isIn(200, 302);
        String location = redirect.getResponse().getHeader(HttpHeaders.LOCATION);

        assertThat(mvc.get().uri(location != null ? location : "/swagger-ui/index.html").exchange())
            .hasStatus(HttpStatus.OK);
    }

    private String name(String uri, String language) {
        var request = mvc.get().uri(uri);
        if (language != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatus(HttpStatus.OK);
        return JsonMapper.builder()
            .build()
            .readTree(result.getResponse().getContentAsByteArray())
            .path("name")
            .asString();
    }

    private static JsonNode problem(MvcTestResult result, int status) {
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = JsonMapper.builder().build().readTree(result.getResponse().getContentAsByteArray());
        assertThat(problem.path("type").asString()).startsWith("urn:alliance-registry:problem:");
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isNotBlank();
        return problem;
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).toList();
    }

    @Test
    void everyProblemTypeOfTheCatalogueIsInTheOpenApiDescription() {
        JsonNode docs = api.get("/v3/api-docs");
        String description = docs.path("info").path("description").asString();
        List<String> documentedTypes = new ArrayList<>();
        docs.path("components")
            .path("schemas")
            .path("ProblemDetail")
            .path("properties")
            .path("type")
            .path("enum")
            .forEach(type -> documentedTypes.add(type.asString()));

        for (ProblemType type : ProblemType.values()) {
            assertThat(description).as(type.name()).contains("`" + type.slug() + "`");
            assertThat(documentedTypes).as(type.name()).contains(type.uri().toString());
        }
    }

    @Test
    void everyChangeOfARecordDocumentsItsRequiredIfMatchHeader() {
        JsonNode docs = api.get("/v3/api-docs");
        List<String> changes = new ArrayList<>();

        docs.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            // A research dataset is replaced whole by its producer's files (the same
            // files
            // change nothing): no version of it is read and edited.
            if (List.of("put", "patch", "delete").contains(operation.getKey())
                    && !path.getKey().startsWith("/api/v1/datasets/")) {
                changes.add(operation.getKey() + " " + path.getKey());
                assertThat(operation.getValue().path("parameters").valueStream())
                    .as(operation.getKey() + " " + path.getKey())
                    .anySatisfy(parameter -> {
                        assertThat(parameter.path("name").asString()).isEqualTo("If-Match");
                        assertThat(parameter.path("in").asString()).isEqualTo("header");
                        assertThat(parameter.path("required").asBoolean()).isTrue();
                    });
            }
        }));
        assertThat(changes).hasSizeGreaterThan(20);
    }

    @Test
    void nullableFieldsAreTypedNullableAndEveryFieldOfAResponseIsRequired() {
        JsonNode membership = api.get("/v3/api-docs").path("components").path("schemas").path("MembershipResponse");

        assertThat(membership.path("properties").path("endDate").path("type").valueStream().map(JsonNode::asString))
            .containsExactlyInAnyOrder("string", "null");
        assertThat(membership.path("properties").path("endKind").path("enum").valueStream()).anyMatch(JsonNode::isNull);
        assertThat(membership.path("required").valueStream().map(JsonNode::asString))
            .contains("id", "startDate", "withdrawals", "sources")
            .contains("endDate", "endKind", "note");
    }

}
