package org.allianceregistry.web;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Query parameters of a fixed set of values follow {@link EnumParameters} on both sides:
 * the server reads an enum parameter in any ASCII case, and the description documents
 * every such parameter by the pattern that accepts the same values (with the values in
 * their documented spelling under {@value EnumParameters#VALUES_EXTENSION}).
 */
@Configuration(proxyBeanMethods = false)
class EnumParametersConfiguration implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        // Added last, so it is asked before Spring's own (case-sensitive) enum converter.
        registry.addConverterFactory(new AnyCaseEnums());
    }

    @Bean
    OpenApiCustomizer enumParametersInAnyCase() {
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
                    .filter(parameter -> "query".equals(parameter.getIn()) && parameter.getSchema() != null)
                    .forEach(EnumParametersConfiguration::inAnyCase));
        };
    }

    private static void inAnyCase(Parameter parameter) {
        Schema<?> schema = parameter.getSchema();
        List<String> values = values(schema);
        if (values != null) {
            parameter.setSchema(anyCase(values, false).description(schema.getDescription()));
            describe(parameter, values, false);
            return;
        }
        List<String> items = schema.getItems() == null ? null : values(schema.getItems());
        if (items != null) {
            schema.setItems(anyCase(items, true));
            describe(parameter, items, true);
        }
    }

    private static @Nullable List<String> values(Schema<?> schema) {
        if (schema.getEnum() == null || schema.getEnum().isEmpty()) {
            return null;
        }
        return schema.getEnum().stream().filter(Objects::nonNull).map(String::valueOf).toList();
    }

    private static Schema<String> anyCase(List<String> values, boolean list) {
        Schema<String> schema = new StringSchema().pattern(EnumParameters.pattern(values, list));
        schema.addExtension(EnumParameters.VALUES_EXTENSION, values);
        return schema;
    }

    private static void describe(Parameter parameter, List<String> values, boolean list) {
        String name = parameter.getName();
        String description = parameter.getDescription();
        String rule = "One of " + String.join(", ", values) + ", in any case (`" + name + "="
                + values.get(0).toLowerCase(Locale.ROOT) + "` is `" + values.get(0) + "`)."
                + (list && (description == null || !description.contains("comma"))
                        ? " Several: repeated (`" + name + "=" + values.get(0) + "&" + name + "="
                                + values.get(values.size() > 1 ? 1 : 0) + "`) or comma-separated in one value."
                        : "");
        parameter.setDescription(description == null || description.isBlank() ? rule
                : description.strip() + (description.strip().endsWith(".") ? " " : ". ") + rule);
    }

    /** Enum request parameters by {@link EnumParameters#parse}; empty is absent. */
    @SuppressWarnings({ "rawtypes", "unchecked" })
    static final class AnyCaseEnums implements ConverterFactory<String, Enum> {

        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
            Class<?> type = targetType;
            while (type != null && !type.isEnum()) {
                type = type.getSuperclass(); // a constant with a body of its own
            }
            Class enumType = Objects.requireNonNull(type, targetType.getName());
            // Empty (or only spaces) is absent, as for every other type of parameter.
            return source -> source.chars().allMatch(c -> c == ' ') ? null : (T) EnumParameters.parse(source, enumType);
        }

    }

}
