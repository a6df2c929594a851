package org.allianceregistry.config;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import org.allianceregistry.shared.PlausibleDate;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;

/**
 * Documents the bounds {@link PlausibleDate} enforces on every date it annotates, query
 * parameter or body field: OpenAPI has no minimum for a date, so the schema carries a
 * pattern that, with {@code format: date}, admits exactly the days from
 * {@value PlausibleDate#EARLIEST} to {@value PlausibleDate#LATEST} (the years 1800 to
 * 2200, whole), the bounds as {@code x-minimum-date} and {@code x-maximum-date}, and the
 * same in words. A date outside them is a 400 problem naming the parameter or field.
 */
@Component
class DateBoundsCustomizer implements ParameterCustomizer, PropertyCustomizer, OpenApiCustomizer {

    private static final String MINIMUM = "x-minimum-date";

    /** The years {@value PlausibleDate#EARLIEST} to {@value PlausibleDate#LATEST}. */
    static final String PATTERN = "^(?:1[89][0-9]{2}|2[01][0-9]{2}|2200)-[0-9]{2}-[0-9]{2}$";

    static final String WORDS = "From " + PlausibleDate.EARLIEST + " to " + PlausibleDate.LATEST + ".";

    @Override
    public @Nullable Parameter customize(@Nullable Parameter parameter, MethodParameter method) {
        if (parameter != null && parameter.getSchema() != null && method.hasParameterAnnotation(PlausibleDate.class)) {
            bound(parameter.getSchema());
            parameter.setDescription(withWords(parameter.getDescription()));
        }
        return parameter;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Schema customize(Schema property, AnnotatedType type) {
        Annotation[] annotations = type.getCtxAnnotations();
        if (property != null && annotations != null
                && Arrays.stream(annotations).anyMatch(annotation -> annotation instanceof PlausibleDate)) {
            bound(property);
        }
        return property;
    }

    /**
     * The bounds in words on every bounded field, once its own description (from its
     * {@code @Schema}) is in place.
     */
    @Override
    @SuppressWarnings("rawtypes")
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema<?> schema : openApi.getComponents().getSchemas().values()) {
            if (schema.getProperties() == null) {
                continue;
            }
            for (Schema property : schema.getProperties().values()) {
                if (property.getExtensions() != null && property.getExtensions().containsKey(MINIMUM)) {
                    property.setDescription(withWords(property.getDescription()));
                }
            }
        }
    }

    private static void bound(Schema<?> schema) {
        schema.setPattern(PATTERN);
        schema.addExtension(MINIMUM, PlausibleDate.EARLIEST);
        schema.addExtension("x-maximum-date", PlausibleDate.LATEST);
    }

    private static String withWords(@Nullable String description) {
        if (description == null || description.isBlank()) {
            return WORDS;
        }
        if (description.contains(WORDS)) {
            return description;
        }
        String text = description.strip();
        return text + (text.endsWith(".") ? " " : ". ") + WORDS;
    }

}
