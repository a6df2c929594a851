package org.allianceregistry.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The paging parameters every list takes: {@code page} (from 0), {@code size} (1 to
 * {@value #MAX_SIZE}) and {@code sort} ({@code property} or {@code property,asc|desc};
 * each list documents its properties).
 */
public record PageParameters(
        @Schema(description = "Page number, from 0", example = "0", defaultValue = "0") @Min(value = 0,
                message = "must be 0 or more") @Max(value = 100_000,
                        message = "must be at most 100000") @Nullable Integer page,
        @Schema(description = "Page size, 1 to " + PageParameters.MAX_SIZE, example = "50",
                defaultValue = "" + PageParameters.DEFAULT_SIZE) @Min(value = 1, message = "must be at least 1") @Max(
                        value = MAX_SIZE, message = "must be at most " + MAX_SIZE) @Nullable Integer size,
        // No example: each list sorts by its own properties, and Swagger UI would send
        // one
        // example to every list.
        @Schema(description = "Sort order: a property the list documents, optionally followed by ,asc or ,desc") @Pattern(
                regexp = "[A-Za-z][A-Za-z0-9]*(,(asc|desc|ASC|DESC))?",
                message = "must be a property name, optionally followed by ,asc or ,desc") @Nullable String sort) {

    public static final int DEFAULT_SIZE = 50;

    public static final int MAX_SIZE = 250;

    public int pageOrDefault() {
        return page != null ? page : 0;
    }

    public int sizeOrDefault() {
        return size != null ? size : DEFAULT_SIZE;
    }
}
