package org.allianceregistry.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allianceregistry.shared.ProblemKind;
import org.allianceregistry.shared.RegistryException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Optimistic concurrency over HTTP. A single mutable record answers GET with
 * {@code ETag: "<version>"}; PUT, PATCH and DELETE must send it back as {@code If-Match}.
 * Missing answers 428, a stale version 412. Only one strong tag is accepted: {@code *} or
 * a weak tag would let a write through without saying which version it read.
 */
public final class IfMatch {

    public static final String DESCRIPTION = "The ETag of the record as last read, e.g. \"3\" as a write returned it or "
            + "\"3-kR2m…\" as a GET did. Required: a missing If-Match answers 428, one that is no longer current 412.";

    /**
     * A write answers {@code "<version>"}; a GET answers
     * {@code "<version>-<hash of the body>"} (the read cache adds the hash, so that each
     * language's representation has its own strong tag). Both name the version.
     */
    private static final Pattern STRONG_TAG = Pattern.compile("\"(\\d{1,18})(?:-[A-Za-z0-9_-]{1,64})?\"");

    private IfMatch() {
    }

    /** The version the client read, from its {@code If-Match} header. */
    public static long version(@Nullable String header) {
        if (header == null || header.isBlank()) {
            throw new RegistryException(ProblemKind.PRECONDITION_REQUIRED, "if-match-required", "If-Match required",
                    "Changing a record needs the If-Match header with the ETag you read (GET the record first), "
                            + "so that no one else's change is overwritten unseen.");
        }
        Matcher matcher = STRONG_TAG.matcher(header.trim());
        if (!matcher.matches()) {
            throw new InvalidParameterException("If-Match", "If-Match must be one strong ETag as the record's GET "
                    + "returned it, e.g. \"3\" (with the quotes); '*', weak tags and lists are not accepted.");
        }
        return Long.parseLong(matcher.group(1));
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * A 201 response for a record created at {@code path} (expanded with {@code id}),
     * with its ETag.
     */
    public static <T> ResponseEntity<T> created(String path, Object id, T body, long version) {
        java.net.URI location = org.springframework.web.servlet.support.ServletUriComponentsBuilder
            .fromCurrentContextPath()
            .path(path)
            .buildAndExpand(id)
            .toUri();
        return ResponseEntity.created(location).header(HttpHeaders.ETAG, etag(version)).body(body);
    }

    /** A 200 response carrying the record's version as its ETag. */
    public static <T> ResponseEntity<T> ok(T body, long version) {
        return ResponseEntity.ok().header(HttpHeaders.ETAG, etag(version)).body(body);
    }

}
