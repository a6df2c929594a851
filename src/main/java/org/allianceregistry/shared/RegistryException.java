package org.allianceregistry.shared;

import org.jspecify.annotations.Nullable;

/**
 * A failure the client can act on: its {@link ProblemType} (which fixes status and
 * title), {@code detail} this occurrence in plain words, and {@code parameter} the
 * offending request parameter or field, if any.
 */
public class RegistryException extends RuntimeException {

    private final ProblemType type;

    private final @Nullable String parameter;

    public RegistryException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    public RegistryException(ProblemType type, String detail, @Nullable String parameter) {
        super(detail);
        this.type = type;
        this.parameter = parameter;
    }

    public ProblemType type() {
        return type;
    }

    public String detail() {
        return getMessage();
    }

    public @Nullable String parameter() {
        return parameter;
    }

}
