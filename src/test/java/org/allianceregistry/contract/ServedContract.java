package org.allianceregistry.contract;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.PathType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenAPI 3.1 description, as the service serves it, that judges responses: the
 * operation is found by method and path template, then the response's status must be
 * documented (exactly, as a range such as {@code 4XX}, or as {@code default}), its media
 * type must be one the status documents, and a JSON body must follow that media type's
 * schema (JSON Schema 2020-12 in OpenAPI 3.1's dialect, {@code $ref}s resolved in the
 * same document, formats asserted). A request no operation answers (an unknown path, a
 * method the path does not offer) must get a problem.
 */
public final class ServedContract {

    /** The IRI the description is known by, so that its {@code $ref}s resolve into it. */
    private static final String DOCUMENT = "urn:alliance-registry:served-description";

    private static final String PROBLEM_SCHEMA = "/components/schemas/ProblemDetail";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Pattern VARIABLE = Pattern.compile("\\{[^/}]+}");

    private final JsonNode description;

    private final SchemaRegistry registry;

    private final List<PathTemplate> templates;

    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private ServedContract(String json) {
        this.description = JSON.readTree(json);
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_POINTER)
            .build();
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                builder -> builder.schemaRegistryConfig(config).schemas(Map.of(DOCUMENT, json)));
        List<PathTemplate> found = new ArrayList<>();
        description.path("paths").propertyNames().forEach(path -> found.add(PathTemplate.of(path)));
        // A literal segment wins over a variable, as in Spring's own matching.
        found.sort(Comparator.comparingInt(PathTemplate::variables));
        this.templates = List.copyOf(found);
    }

    /** The contract {@code json} (an OpenAPI 3.1 description) states. */
    public static ServedContract of(String json) {
        return new ServedContract(json);
    }

    /** Every way {@code response} breaks the contract; empty if it keeps it. */
    public List<ContractViolation> check(ObservedResponse response) {
        String method = "HEAD".equals(response.method()) ? "get" : response.method().toLowerCase();
        Optional<PathTemplate> template = templates.stream().filter(t -> t.matches(response.path())).findFirst();
        JsonNode operation = template.map(t -> description.path("paths").path(t.path()).path(method))
            .filter(JsonNode::isObject)
            .orElse(null);
        if (operation == null) {
            return noOperation(response);
        }
        String operationId = operation.path("operationId").asString(method + " " + template.get().path());
        List<ContractViolation> violations = new ArrayList<>();
        String status = documentedStatus(operation.path("responses"), response.status());
        if (status == null) {
            violations.add(new ContractViolation(operationId, response.status(), "",
                    "status not documented (documented: " + operation.path("responses").propertyNames() + ")"));
            return violations;
        }
        String pointer = "/paths/" + escape(template.get().path()) + "/" + method + "/responses/" + status;
        checkContent(response, operationId, description.at(pointer), pointer, violations);
        return violations;
    }

    /** A response to a request no operation answers must be a problem. */
    private List<ContractViolation> noOperation(ObservedResponse response) {
        String request = response.method() + " " + response.path() + " (no operation)";
        List<ContractViolation> violations = new ArrayList<>();
        if (response.status() < 400) {
            violations.add(new ContractViolation(request, response.status(), "",
                    "a success for a request the description has no operation for"));
            return violations;
        }
        if (response.body().length == 0) {
            return violations;
        }
        MediaType type = mediaType(response.contentType());
        if (type == null || !MediaType.APPLICATION_PROBLEM_JSON.equalsTypeAndSubtype(type)) {
            violations.add(new ContractViolation(request, response.status(), "",
                    "media type " + response.contentType() + " where a problem (application/problem+json) is due"));
            return violations;
        }
        validate(request, response, PROBLEM_SCHEMA, violations);
        return violations;
    }

    private void checkContent(ObservedResponse response, String operationId, JsonNode documented, String pointer,
            List<ContractViolation> violations) {
        JsonNode content = documented.path("content");
        boolean head = "HEAD".equals(response.method());
        if (!content.isObject() || content.isEmpty()) {
            if (response.body().length > 0 && !head) {
                violations.add(new ContractViolation(operationId, response.status(), "",
                        "a body (" + response.contentType() + ") where the description documents none"));
            }
            return;
        }
        if (head) {
            return;
        }
        if (response.body().length == 0) {
            violations.add(new ContractViolation(operationId, response.status(), "",
                    "no body where the description documents " + content.propertyNames()));
            return;
        }
        MediaType type = mediaType(response.contentType());
        String key = type == null ? null
                : content.propertyNames()
                    .stream()
                    .filter(documentedType -> includes(documentedType, type))
                    .findFirst()
                    .orElse(null);
        if (key == null) {
            violations.add(new ContractViolation(operationId, response.status(), "", "media type "
                    + response.contentType() + " not documented (documented: " + content.propertyNames() + ")"));
            return;
        }
        boolean json = "json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json");
        if (json && content.path(key).has("schema")) {
            validate(operationId, response, pointer + "/content/" + escape(key) + "/schema", violations);
        }
    }

    private void validate(String operationId, ObservedResponse response, String schemaPointer,
            List<ContractViolation> violations) {
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        }
        catch (JacksonException notJson) {
            violations.add(new ContractViolation(operationId, response.status(), "",
                    "the body is not JSON: " + notJson.getOriginalMessage()));
            return;
        }
        Schema schema = schemas.computeIfAbsent(schemaPointer,
                pointer -> registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + fragment(pointer))));
        for (Error error : schema.validate(body)) {
            violations.add(new ContractViolation(operationId, response.status(), error.getInstanceLocation().toString(),
                    error.getMessage()));
        }
    }

    private static String documentedStatus(JsonNode responses, int status) {
        String exact = String.valueOf(status);
        String range = exact.charAt(0) + "XX";
        for (String candidate : List.of(exact, range, "default")) {
            if (responses.has(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean includes(String documented, MediaType actual) {
        try {
            MediaType type = MediaType.parseMediaType(documented);
            return type.equalsTypeAndSubtype(actual)
                    || (type.isWildcardType() || type.isWildcardSubtype()) && type.includes(actual);
        }
        catch (InvalidMediaTypeException malformed) {
            return false;
        }
    }

    private static MediaType mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        try {
            return MediaType.parseMediaType(contentType);
        }
        catch (InvalidMediaTypeException malformed) {
            return null;
        }
    }

    /** A JSON pointer's reference token (RFC 6901). */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** A JSON pointer as a URI fragment (RFC 6901, section 6). */
    private static String fragment(String pointer) {
        return Arrays.stream(pointer.substring(1).split("/", -1))
            .map(token -> URLEncoder.encode(token, StandardCharsets.UTF_8).replace("+", "%20").replace("%7E", "~"))
            .collect(Collectors.joining("/", "/", ""));
    }

    /**
     * A path of the description ({@code /api/v1/alliances/{code}}) and what it matches.
     */
    private record PathTemplate(String path, Pattern pattern, int variables) {

        static PathTemplate of(String path) {
            Matcher variable = VARIABLE.matcher(path);
            StringBuilder regex = new StringBuilder();
            int count = 0;
            int last = 0;
            while (variable.find()) {
                regex.append(Pattern.quote(path.substring(last, variable.start()))).append("[^/]+");
                last = variable.end();
                count++;
            }
            regex.append(Pattern.quote(path.substring(last)));
            return new PathTemplate(path, Pattern.compile(regex.toString()), count);
        }

        boolean matches(String requestPath) {
            return pattern.matcher(requestPath).matches();
        }

    }

}
