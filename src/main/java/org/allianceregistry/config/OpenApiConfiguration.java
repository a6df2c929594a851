package org.allianceregistry.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.allianceregistry.shared.PlausibleDate;
import org.allianceregistry.shared.ProblemType;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import tools.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    /** The name of the problem schema in the description's components. */
    public static final String PROBLEM_SCHEMA = "ProblemDetail";

    static final String LICENCE = "Data: see the sources cited by each record";

    /**
     * The repository has no licence file and the data's terms are those of the sources
     * each record cites (for research datasets, the producers' terms at
     * /api/v1/datasets). No SPDX list entry fits, so the identifier is SPDX's own form
     * for a licence not on its list (LicenseRef-); the name says where the terms are. An
     * identifier rather than a url: the service knows no public address of its own (a
     * relative url breaks the schema's format uri), and openapi-generator's parser asks
     * for the identifier.
     */
    static final String LICENCE_IDENTIFIER = "LicenseRef-cited-sources";

    static final String NOT_MODIFIED = "Not modified: If-None-Match names the ETag this response would carry "
            + "(or If-Modified-Since is not older than Last-Modified); no body";

    static final String DESCRIPTION = """
            The Alliance Registry is a source-cited registry of military-political alliances and of which states \
            belonged to them when: the Collective Security Treaty Organization (`csto`) in depth, NATO (`nato`) and \
            the Warsaw Pact (`warsaw-pact`) beside it. Every curated record carries the public sources it rests on \
            and how well they support it (`verification`: VERIFIED, SINGLE_SOURCE, UNVERIFIED).

            **Codes.** Alliances are named by lower-case code. States are named by ISO 3166-1 alpha-2 or alpha-3 code \
            in any case (`AM`, `arm`); former states (Soviet Union `SU`/`SUN`, Czechoslovakia `CS`/`CSK`, German \
            Democratic Republic `DD`/`DDR`) by the codes they held, and every state in a response carries `iso2` and `iso3`.

            **Dates.** All dates are ISO 8601 calendar dates (`YYYY-MM-DD`). Periods are half-open: a `startDate` is \
            the first day of a period and an `endDate` is the first day *after* it (exclusive). Azerbaijan, Georgia and \
            Uzbekistan were parties to the Collective Security Treaty through 20 April 1999 (the extension protocol runs \
            from 21 April): their memberships' `endDate` is 1999-04-21, so `members?asOf=1999-04-20` lists them and \
            `asOf=1999-04-21` does not. A membership's `time` gives its period as the sources know it (precision DAY, \
            MONTH or YEAR, bounds, EDTF; `end` exclusive, `lastDay` inclusive); where a day is not known, the legacy \
            `startDate` is the first day it can be and `endDate` the last, so an ended period never reads as current, \
            and `members?asOf=` lists a period that only possibly covers the day with `match: POSSIBLE`. A chairmanship term ends \
            on the day of the hand-over, when the next term starts. A null `endDate` means the period is still open; \
            a null `startDate` on a chairmanship term means the exact hand-over day is not verified (`dateNote` says \
            what is known).

            **Membership statuses on a date.** `SIGNATORY`: the state has signed but the founding treaty was not yet \
            in force. `ACTIVE`: a member with all rights. `SUSPENDED`: still a member, but its participation is \
            suspended by a decision of the alliance (Uzbekistan in the CSTO since 2012-12-19); a suspension is not a \
            withdrawal. A *frozen participation* is a member's own political posture, not a status in the alliance's \
            law: the member stays `ACTIVE` and carries `participationFrozenSince` (Armenia in the CSTO since 2024-02-22). \
            A *non-renewal* ends a membership because the state did not renew the treaty when its term expired \
            (Azerbaijan, Georgia and Uzbekistan in 1999); a *withdrawal* ends it by the state's own act.

            **Names** follow `Accept-Language` (`en`, `ru`, `ar`; English by default); full records carry all three.

            **Lists** that can grow are paged with `page` (from 0), `size` (1–250, default 50) and `sort` \
            (`property` or `property,desc`; each list names its properties) and answer one page shape: \
            `{"content": [...], "page": {"size", "number", "totalElements", "totalPages"}}`.

            **Media types.** Reads answer `application/json` (the chairmanship schedule also `text/csv` and \
            `text/calendar`, chosen by `format` or `Accept`); problems answer `application/problem+json`. An `Accept` \
            naming none of an operation's media types (YAML, XML, …) is a 406 `not-acceptable` problem. \
            `application/problem+json` is for problems only: a read asked for it alone answers its JSON as \
            `application/json`.

            **Parameters are strict.** A query parameter the operation does not declare is a 400 `invalid-parameter` \
            problem naming it under `errors` (a misspelt `asof` must not silently answer everything). An enumerated \
            value is read in any ASCII case (`kind=summit` is `SUMMIT`): its schema is a pattern, and \
            `x-case-insensitive-enum` lists the values. Array parameters (`kind`) are sent repeated \
            (`kind=SUMMIT&kind=EXERCISE`, style form, explode) or comma-separated in one value, never with an empty \
            element. Dates lie from %s to %s (a pattern with `format: date`, and \
            `x-minimum-date`/`x-maximum-date`), numbers within their `minimum` and `maximum`. A value outside is a 400 \
            naming the parameter.

            **Fields.** Every field of a response is always sent (`required`); one without a value is `null`, typed \
            `[T, "null"]`. A PATCH body is a JSON Merge Patch (RFC 7396) of the body the same path's PUT takes.

            **Errors** are RFC 9457 problem details (`application/problem+json`) with `type`, `title`, `status` and \
            `detail`; invalid parameters are listed under `errors` as `{field, message}`. Every problem \
            carries the request's `correlationId`, also answered in the `X-Request-Id` header (sent by the client or made \
            up by the registry). A 503 `service-unavailable` (the database cannot be reached) says in \
            `Retry-After` when to retry. The problem types, by status (each `type` is \
            `urn:alliance-registry:problem:` and the name):
            """
        .formatted(PlausibleDate.EARLIEST, PlausibleDate.LATEST);

    /**
     * The schema of the audit's before and after (merge-patch bodies:
     * {@link MergePatchBodiesCustomizer}).
     */
    public static final String JSON_OBJECT_SCHEMA = "JsonObject";

    static {
        // Jackson's tree is any JSON object on the wire, not a bean to export.
        SpringDocUtils.getConfig()
            .replaceWithSchema(JsonNode.class, new Schema<>().$ref("#/components/schemas/" + JSON_OBJECT_SCHEMA));
    }

    @Bean
    OpenAPI registryOpenApi() {
        return new OpenAPI().info(new Info().title("Alliance Registry API")
            .version("v1")
            .description(DESCRIPTION + catalogue())
            .contact(new Contact().name("Alliance Registry developers").email("dev@alliance-registry.local"))
            .license(new License().name(LICENCE).identifier(LICENCE_IDENTIFIER)));
    }

    /**
     * Documents what every operation may answer besides its success: reads are public
     * ({@code security: []}) and answer 304 to a conditional request, 400 for a bad or
     * unknown parameter, 404 for an unknown code or id in the path; an operation that
     * answers with a body answers 406 for an Accept it cannot serve; every operation may
     * answer 503 when the database cannot be reached. Every problem response is typed by
     * the {@value #PROBLEM_SCHEMA} schema.
     */
    @Bean
    OpenApiCustomizer statusResponsesCustomizer() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(path -> path.readOperationsMap().forEach((method, operation) -> {
                ApiResponses responses = operation.getResponses() != null ? operation.getResponses()
                        : new ApiResponses();
                operation.setResponses(responses);
                if (method == PathItem.HttpMethod.GET) {
                    operation.setSecurity(new ArrayList<>());
                    List<Parameter> parameters = operation.getParameters() != null ? operation.getParameters()
                            : List.of();
                    addIfAbsent(responses, "304", new ApiResponse().description(NOT_MODIFIED));
                    // Strict parameters: even an operation that takes none refuses an
                    // unknown one.
                    addIfAbsent(responses, "400", problem(
                            "A parameter is malformed, out of range or unknown (invalid-parameter, validation-failed); "
                                    + "the problem's errors name it"));
                    if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
                        addIfAbsent(responses, "404", problem("No record has the code or id in the path"));
                    }
                }
                if (answersWithABody(responses)) {
                    addIfAbsent(responses, "406", problem("Accept names no media type this operation produces"));
                }
                addIfAbsent(responses, "503", problem(
                        "The database cannot be reached (service-unavailable); Retry-After says when to retry"));
                responses.forEach((status, response) -> {
                    if (status.startsWith("4") || status.startsWith("5")) {
                        typeProblem(response);
                    }
                });
            }));
        };
    }

    private static boolean answersWithABody(ApiResponses responses) {
        return responses.entrySet()
            .stream()
            .anyMatch(response -> response.getKey().startsWith("2") && response.getValue().getContent() != null
                    && !response.getValue().getContent().isEmpty());
    }

    private static void addIfAbsent(ApiResponses responses, String status, ApiResponse response) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, response);
        }
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description);
    }

    /** Every problem response answers application/problem+json typed by the schema. */
    private static void typeProblem(ApiResponse response) {
        if (response.get$ref() != null) {
            return;
        }
        MediaType problem = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA));
        Content content = new Content();
        content.addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE, problem);
        response.setContent(content);
    }

    /**
     * The problem schema, with every type of the catalogue (added once springdoc has made
     * its own components).
     */
    @Bean
    OpenApiCustomizer problemSchemaCustomizer() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
            openApi.getComponents()
                .addSchemas(JSON_OBJECT_SCHEMA, new ObjectSchema().additionalProperties(true)
                    .description("A JSON object with any members: a record as its GET showed it (the audit's before "
                            + "and after)"));
        };
    }

    /**
     * Parameter examples Swagger UI can send as they are: an array parameter's example is
     * an array (sent as repeated parameters: style form, explode), a string parameter's a
     * string.
     */
    @Bean
    OpenApiCustomizer parameterExamplesCustomizer() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths()
                .values()
                .forEach(path -> path.readOperations()
                    .stream()
                    .filter(operation -> operation.getParameters() != null)
                    .flatMap(operation -> operation.getParameters().stream())
                    .filter(parameter -> parameter.getSchema() != null && parameter.getExample() != null)
                    .forEach(OpenApiConfiguration::exampleOfItsType));
        };
    }

    private static void exampleOfItsType(Parameter parameter) {
        Schema<?> schema = parameter.getSchema();
        Object example = parameter.getExample();
        if (isOf(schema, "array")) {
            if (!(example instanceof List<?>)) {
                parameter.setExample(Arrays.stream(String.valueOf(example).split(",")).map(String::strip).toList());
            }
            if ("query".equals(parameter.getIn())) {
                parameter.setStyle(Parameter.StyleEnum.FORM);
                parameter.setExplode(true);
            }
        }
        else if (isOf(schema, "string") && !(example instanceof String)) {
            parameter.setExample(String.valueOf(example));
        }
    }

    private static boolean isOf(Schema<?> schema, String type) {
        return type.equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains(type));
    }

    /** The problem types as a Markdown list, a line per status, from the catalogue. */
    static String catalogue() {
        Map<Integer, List<String>> byStatus = new TreeMap<>();
        for (ProblemType type : ProblemType.values()) {
            byStatus.computeIfAbsent(type.status(), status -> new ArrayList<>()).add("`" + type.slug() + "`");
        }
        StringBuilder list = new StringBuilder("\n");
        byStatus.forEach((status, types) -> list.append("- ")
            .append(status)
            .append(' ')
            .append(HttpStatus.valueOf(status).getReasonPhrase())
            .append(": ")
            .append(String.join(", ", types))
            .append('\n'));
        return list.toString();
    }

    private static Schema<?> problemSchema() {
        StringSchema type = new StringSchema();
        type.setFormat("uri");
        type.setEnum(Arrays.stream(ProblemType.values()).map(t -> t.uri().toString()).toList());
        return new ObjectSchema()
            .description("An RFC 9457 problem: type, title, status, detail, instance and, for invalid fields, "
                    + "errors [{field, message}]")
            .addProperty("type", type.example(ProblemType.MEMBERSHIP_OVERLAP.uri().toString()))
            .addProperty("title", new StringSchema().example(ProblemType.MEMBERSHIP_OVERLAP.title()))
            .addProperty("status", new IntegerSchema().example(409))
            .addProperty("detail", new StringSchema().description("This occurrence in plain words"))
            .addProperty("instance",
                    new StringSchema().description("The request's path").example("/api/v1/alliances/csto/memberships"))
            .addProperty("errors",
                    new ArraySchema()
                        .description("The invalid fields or parameters (400 validation-failed, invalid-parameter)")
                        .items(new ObjectSchema().addProperty("field", new StringSchema().example("asOf"))
                            .addProperty("message", new StringSchema().example("must be a date (YYYY-MM-DD)"))
                            .required(List.of("field", "message"))))
            .addProperty("correlationId",
                    new StringSchema()
                        .description("The request's id, also in the X-Request-Id header; quote it in a report")
                        .example("5b6fcbf2-8c8a-4d94-8e73-8865eaa910ec"))
            .required(List.of("type", "title", "status"));
    }

}
