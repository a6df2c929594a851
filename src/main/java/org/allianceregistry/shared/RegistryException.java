package org.allianceregistry.shared;

import org.jspecify.annotations.Nullable;

/**
 * A failure the client can act on. {@code type} is the problem type's slug, {@code title}
 * fixed per type, {@code detail} this occurrence in plain words; {@code parameter} names
 * the offending request parameter, if any.
 */
public class RegistryException extends RuntimeException {

    private final ProblemKind kind;

    private final String type;

    private final String title;

    private final @Nullable String parameter;

    public RegistryException(ProblemKind kind, String type, String title, String detail) {
        this(kind, type, title, detail, null);
    }

    public RegistryException(ProblemKind kind, String type, String title, String detail, @Nullable String parameter) {
        super(detail);
        this.kind = kind;
        this.type = type;
        this.title = title;
        this.parameter = parameter;
    }

    public ProblemKind kind() {
        return kind;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public @Nullable String parameter() {
        return parameter;
    }

}
