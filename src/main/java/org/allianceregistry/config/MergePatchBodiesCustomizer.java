package org.allianceregistry.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Documents every PATCH body as what the server reads: a JSON Merge Patch (RFC 7396) of
 * the record's editable form, the body the same path's PUT takes (see
 * {@code web.JsonMergePatch}). It is an open object, not the PUT record, because a client
 * (or a generated one) must send only the members it changes, and a member sent as
 * {@code null} clears it; its member names are those of the PUT body
 * ({@code propertyNames}), as the server refuses any other with a 400 naming it.
 */
@Component
class MergePatchBodiesCustomizer implements OpenApiCustomizer {

    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null || openApi.getComponents() == null
                || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        for (PathItem path : openApi.getPaths().values()) {
            Operation patch = path.getPatch();
            String record = path.getPut() == null ? null : jsonBodyReference(path.getPut().getRequestBody());
            Schema<?> editable = record == null ? null : schemas.get(record.substring(SCHEMAS.length()));
            if (patch == null || patch.getRequestBody() == null || patch.getRequestBody().getContent() == null
                    || editable == null || editable.getProperties() == null) {
                continue;
            }
            RequestBody body = patch.getRequestBody();
            body.setRequired(true);
            if (body.getDescription() == null) {
                body.setDescription("The members to change");
            }
            body.getContent().values().forEach(mediaType -> document(mediaType, record, editable));
        }
    }

    private static void document(MediaType mediaType, String record, Schema<?> editable) {
        List<String> members = new ArrayList<>(editable.getProperties().keySet());
        List<String> required = editable.getRequired() == null ? List.of() : editable.getRequired();
        Object example = mediaType.getExample() != null ? mediaType.getExample()
                : mediaType.getSchema() != null && mediaType.getSchema().getExample() != null
                        ? mediaType.getSchema().getExample() : oneMemberOf(editable, required);
        StringSchema names = new StringSchema();
        names.setEnum(members);
        Schema<Object> patch = new ObjectSchema().additionalProperties(true).propertyNames(names);
        patch.setDescription("A JSON Merge Patch (RFC 7396) of the record's editable form, the body PUT takes ("
                + record.substring(SCHEMAS.length()) + "): only the members to change, each as in that body; null "
                + "clears a member (one PUT requires cannot be cleared: 400); arrays such as sources are replaced "
                + "whole; a member PUT does not take is a 400 naming it. Members: " + String.join(", ", members)
                + (required.isEmpty() ? "." : " (required in PUT: " + String.join(", ", required) + ")."));
        patch.addExtension("x-merge-patch-of", record);
        mediaType.setSchema(patch);
        if (example != null) {
            mediaType.setExample(example);
        }
    }

    /**
     * A patch of one member, with the example the PUT body (or that member) gives, one
     * that PUT does not require if there is one: a change of part of the record.
     */
    private static @Nullable Object oneMemberOf(Schema<?> editable, List<String> required) {
        Map<String, Object> examples = new LinkedHashMap<>();
        if (editable.getExample() instanceof Map<?, ?> record) {
            record.forEach((name, value) -> examples.put(String.valueOf(name), value));
        }
        editable.getProperties().forEach((name, property) -> {
            if (property.getExample() != null) {
                examples.putIfAbsent(name, property.getExample());
            }
        });
        examples.values().removeIf(java.util.Objects::isNull);
        if (examples.isEmpty()) {
            return null;
        }
        String member = examples.keySet()
            .stream()
            .filter(name -> !required.contains(name))
            .findFirst()
            .orElse(examples.keySet().iterator().next());
        return Map.of(member, examples.get(member));
    }

    private static @Nullable String jsonBodyReference(@Nullable RequestBody body) {
        if (body == null || body.getContent() == null) {
            return null;
        }
        MediaType json = body.getContent().get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
        String reference = json == null || json.getSchema() == null ? null : json.getSchema().get$ref();
        return reference != null && reference.startsWith(SCHEMAS) ? reference : null;
    }

}
