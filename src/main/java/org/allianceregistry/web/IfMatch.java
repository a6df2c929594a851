package org.allianceregistry.web;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allianceregistry.shared.ExpectedVersion;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RegistryException;
import org.jspecify.annotations.Nullable;

/**
 * The versions of a record a write read, from its {@code If-Match} header: optimistic
 * concurrency over HTTP. A handler that takes an {@code IfMatch} argument gets it from
 * {@link IfMatchArgumentResolver}, and the OpenAPI description documents the header for
 * it. The header is evaluated as RFC 9110 §13.1.1 says: {@code *} matches the record as
 * it is; a list matches when any of its tags does; tags compare strongly, so a weak tag
 * (or one naming no version) never matches. Missing answers 428, no match 412 (where the
 * service compares the version), a value that is not an If-Match at all 400.
 */
public record IfMatch(ExpectedVersion expected) {

    public static final String HEADER = "If-Match";

    public static final String DESCRIPTION = "The ETag of the record as last read, e.g. \"3\" as a write returned it or "
            + "\"3-kR2m…\" as a GET did; a list of them, or * for the record as it is now (RFC 9110 §13.1.1). "
            + "Required: a missing If-Match answers 428; one that matches no current version 412 "
            + "(weak tags never match: the comparison is strong).";

    /** entity-tag = [ W/ ] DQUOTE *etagc DQUOTE (RFC 9110 §8.8.3). */
    private static final Pattern ENTITY_TAG = Pattern.compile("(W/)?(\"[\\x21\\x23-\\x7E\\x80-\\xFF]*\")");

    /** The versions named by an {@code If-Match} header. */
    public static IfMatch parse(@Nullable String header) {
        if (header == null || header.isBlank()) {
            throw new RegistryException(ProblemType.IF_MATCH_REQUIRED,
                    "Changing a record needs the If-Match header with the ETag you read (GET the record first), "
                            + "so that no one else's change is overwritten unseen.");
        }
        if (header.strip().equals("*")) {
            return new IfMatch(ExpectedVersion.anyVersion());
        }
        Set<Long> versions = new HashSet<>();
        Matcher tag = ENTITY_TAG.matcher(header);
        int at = skipSeparators(header, 0);
        boolean any = false;
        while (at < header.length()) {
            tag.region(at, header.length());
            if (!tag.lookingAt()) {
                throw invalid();
            }
            any = true;
            if (tag.group(1) == null) {
                EntityTag.versionIn(tag.group(2)).ifPresent(versions::add);
            }
            at = skipWhitespace(header, tag.end());
            if (at < header.length() && header.charAt(at) != ',') {
                throw invalid();
            }
            at = skipSeparators(header, at);
        }
        if (!any) {
            throw invalid();
        }
        return new IfMatch(ExpectedVersion.oneOf(versions));
    }

    /** Skips whitespace and the commas of a list (empty list elements are allowed). */
    private static int skipSeparators(String header, int at) {
        while (at < header.length()
                && (header.charAt(at) == ',' || header.charAt(at) == ' ' || header.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }

    private static int skipWhitespace(String header, int at) {
        while (at < header.length() && (header.charAt(at) == ' ' || header.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }

    private static InvalidParameterException invalid() {
        return new InvalidParameterException(HEADER,
                "If-Match must be * or a list of ETags as the record's GET returned them, e.g. \"3\" "
                        + "(with the quotes).");
    }

}
