package org.allianceregistry.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The sort properties one list offers, each mapped to the entity paths it sorts by, and
 * its default order. Turning {@link PageParameters} into a {@link Pageable} here keeps
 * unknown properties away from the database: they answer 400 naming the parameter. Every
 * order ends with the entity id, so pages are stable.
 */
public final class SortProperties {

    private final Map<String, List<String>> paths;

    private final Sort defaultSort;

    private SortProperties(Map<String, List<String>> paths, Sort defaultSort) {
        this.paths = paths;
        this.defaultSort = defaultSort;
    }

    /**
     * Starts a list of sort properties whose default order is {@code property} ascending.
     */
    public static Builder defaultingTo(String property) {
        return new Builder(property);
    }

    public Pageable pageable(PageParameters parameters) {
        return PageRequest.of(parameters.pageOrDefault(), parameters.sizeOrDefault(), sort(parameters.sort()));
    }

    public String names() {
        return String.join(", ", paths.keySet());
    }

    private Sort sort(@Nullable String sort) {
        if (sort == null || sort.isBlank()) {
            return defaultSort;
        }
        String[] parts = sort.split(",");
        List<String> entityPaths = paths.get(parts[0]);
        if (entityPaths == null) {
            throw new InvalidParameterException("sort",
                    "Cannot sort by '" + parts[0] + "'; sort by one of: " + names() + ".");
        }
        Sort.Direction direction = parts.length > 1 ? Sort.Direction.fromString(parts[1]) : Sort.Direction.ASC;
        return Sort.by(direction, entityPaths.toArray(String[]::new)).and(Sort.by("id"));
    }

    public static final class Builder {

        private final String defaultProperty;

        private final Map<String, List<String>> paths = new LinkedHashMap<>();

        private Builder(String defaultProperty) {
            this.defaultProperty = defaultProperty;
        }

        public Builder property(String name, String... entityPaths) {
            paths.put(name, new ArrayList<>(List.of(entityPaths)));
            return this;
        }

        public SortProperties build() {
            List<String> defaults = paths.get(defaultProperty);
            if (defaults == null) {
                throw new IllegalStateException("default sort property " + defaultProperty + " is not declared");
            }
            return new SortProperties(Collections.unmodifiableMap(new LinkedHashMap<>(paths)),
                    Sort.by(defaults.toArray(String[]::new)).and(Sort.by("id")));
        }

    }

}
