package org.allianceregistry.config;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.web.PagedModel;
import org.springframework.stereotype.Component;

/**
 * Nullability and requiredness in the OpenAPI description come from the code: a record
 * component marked {@link Nullable} may be sent as {@code null}
 * ({@code type: [T, "null"]} in OpenAPI 3.1), and every component of a response record is
 * always sent, so it is {@code required}. Request records ({@code …Request}) keep the
 * requiredness Bean Validation gives them. A new nullable field cannot be published as
 * non-nullable.
 */
@Component
class NullabilityModelConverter implements ModelConverter {

    private static final String NULL = "null";

    @Override
    public @Nullable Schema<?> resolve(AnnotatedType type, ModelConverterContext context,
            Iterator<ModelConverter> chain) {
        Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        JavaType javaType = Json.mapper().constructType(type.getType());
        Class<?> raw = javaType.getRawClass();
        if (schema == null || !(raw.isRecord() || PagedModel.class.isAssignableFrom(raw))) {
            return schema;
        }
        Schema<?> model = schema.get$ref() == null ? schema
                : context.getDefinedModels().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        if (model != null && model.getProperties() != null) {
            if (raw.isRecord()) {
                describe(raw, model);
            }
            else {
                model.setRequired(List.of("content", "page"));
            }
        }
        return schema;
    }

    private static void describe(Class<?> record, Schema<?> model) {
        boolean response = !record.getSimpleName().endsWith("Request");
        Map<String, Schema> properties = model.getProperties();
        List<String> required = new ArrayList<>(model.getRequired() == null ? List.of() : model.getRequired());
        for (RecordComponent component : record.getRecordComponents()) {
            Schema<?> property = properties.get(component.getName());
            if (property == null) {
                continue;
            }
            if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                properties.put(component.getName(), nullable(property));
            }
            if (response && !required.contains(component.getName())) {
                required.add(component.getName());
            }
        }
        model.setRequired(required.isEmpty() ? null : required);
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static Schema<?> nullable(Schema property) {
        if (property.get$ref() != null) {
            Schema reference = new Schema<>().$ref(property.get$ref());
            Schema wrapper = new Schema<>().anyOf(List.of(reference, new Schema<>().types(Set.of(NULL))));
            wrapper.setDescription(property.getDescription());
            wrapper.setExample(property.getExample());
            return wrapper;
        }
        Set<String> types = new LinkedHashSet<>(property.getTypes() != null ? property.getTypes()
                : property.getType() != null ? Set.of(property.getType()) : Set.of());
        if (types.isEmpty() || types.contains(NULL)) {
            return property;
        }
        types.add(NULL);
        property.setTypes(types);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            List values = new ArrayList<>(property.getEnum());
            values.add(null);
            property.setEnum(values);
        }
        return property;
    }

}
