package org.allianceregistry.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * PATCH as JSON Merge Patch (RFC 7396): the patch is merged into the record's current
 * editable form (the body its PUT takes), then that form is validated like any PUT body.
 * Absent members stay as they are; {@code null} clears a member; arrays (e.g.
 * {@code sources}) are replaced whole.
 */
@Component
public class JsonMergePatch {

    private final JsonMapper json;

    private final Validator validator;

    JsonMergePatch(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** The patch body, which must be there (a PATCH without one is 400). */
    public static JsonNode body(@org.jspecify.annotations.Nullable JsonNode patch) {
        if (patch == null || patch.isMissingNode() || patch.isNull()) {
            throw new InvalidParameterException("body",
                    "A PATCH needs a body: a JSON object with the fields to change.");
        }
        return patch;
    }

    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (!patch.isObject()) {
            throw new InvalidParameterException("body", "A merge patch must be a JSON object.");
        }
        JsonNode merged = merge(json.valueToTree(current), patch);
        T result;
        try {
            result = json.treeToValue(merged, type);
        }
        catch (JacksonException exception) {
            String field = ApiExceptionHandler.fieldOf(exception);
            throw new InvalidParameterException(field.isEmpty() ? "body" : field,
                    "Invalid value of " + (field.isEmpty() ? "the body" : "'" + field + "'") + ".");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(result);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return result;
    }

    private static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonMapper.builder().build().createObjectNode();
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            if (member.getValue().isNull()) {
                result.putNull(member.getKey());
            }
            else {
                result.set(member.getKey(), merge(result.path(member.getKey()), member.getValue()));
            }
        }
        return result;
    }

}
