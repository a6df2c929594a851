package org.allianceregistry.web;

import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RegistryException;
import org.jspecify.annotations.Nullable;

/**
 * The version of a record a write read, from its {@code If-Match} header: optimistic
 * concurrency over HTTP. A handler that takes an {@code IfMatch} argument gets it from
 * {@link IfMatchArgumentResolver}, and the OpenAPI description documents the header for
 * it. Missing answers 428, a stale version 412 (where the version is compared). Only one
 * strong tag is accepted: {@code *} or a weak tag would let a write through without
 * saying which version it read.
 */
public record IfMatch(long version) {

    public static final String HEADER = "If-Match";

    public static final String DESCRIPTION = "The ETag of the record as last read, e.g. \"3\" as a write returned it or "
            + "\"3-kR2m…\" as a GET did. Required: a missing If-Match answers 428, one that is no longer current 412.";

    /** The version named by an {@code If-Match} header. */
    public static IfMatch parse(@Nullable String header) {
        if (header == null || header.isBlank()) {
            throw new RegistryException(ProblemType.IF_MATCH_REQUIRED,
                    "Changing a record needs the If-Match header with the ETag you read (GET the record first), "
                            + "so that no one else's change is overwritten unseen.");
        }
        return new IfMatch(EntityTag.versionIn(header)
            .orElseThrow(() -> new InvalidParameterException(HEADER,
                    "If-Match must be one strong ETag as the record's GET returned it, e.g. \"3\" (with the quotes); "
                            + "'*', weak tags and lists are not accepted.")));
    }

}
