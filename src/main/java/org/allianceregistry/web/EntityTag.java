package org.allianceregistry.web;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The registry's entity tags, all of them strong. A write answers a record's version,
 * {@code "3"}; the read cache answers each representation with the version in front of a
 * hash of its bytes, {@code "3-kR2m…"} (a list's tag has no version: {@code "kR2m…"});
 * the same bytes gzip-coded are another representation, {@code "3-kR2m…-gzip"}. Every
 * form with a version names it, so If-Match accepts any of them.
 */
public final class EntityTag {

    private static final Pattern VERSION_ONLY = Pattern.compile("\"(\\d{1,18})\"");

    private static final Pattern WITH_VERSION = Pattern.compile("\"(\\d{1,18})(?:-[A-Za-z0-9_-]{1,64})?\"");

    private static final int HASH_LENGTH = 27;

    private EntityTag() {
    }

    /** The tag of a record's version, as a write answers it. */
    public static String ofVersion(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The tag of a representation's bytes, keeping in front the version its handler set
     * ({@link #ofVersion}), if any.
     */
    public static String ofRepresentation(@Nullable String handlerTag, byte[] body) {
        Matcher version = VERSION_ONLY.matcher(handlerTag == null ? "" : handlerTag);
        return "\"" + (version.matches() ? version.group(1) + "-" : "") + hash(body) + "\"";
    }

    /** The tag of the same representation gzip-coded (RFC 9110 §8.8.3). */
    public static String gzipped(String tag) {
        return tag.substring(0, tag.length() - 1) + "-gzip\"";
    }

    /** The version a strong tag of any of the forms names, if it names one. */
    public static OptionalLong versionIn(String tag) {
        Matcher matcher = WITH_VERSION.matcher(tag.trim());
        return matcher.matches() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }

    /** A 200 response carrying the record's version as its tag. */
    public static <T> ResponseEntity<T> ok(T body, long version) {
        return ResponseEntity.ok().header(HttpHeaders.ETAG, ofVersion(version)).body(body);
    }

    /** A 201 response for a record created at {@code path} (expanded with {@code id}). */
    public static <T> ResponseEntity<T> created(String path, Object id, T body, long version) {
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path(path).buildAndExpand(id).toUri();
        return ResponseEntity.created(location).header(HttpHeaders.ETAG, ofVersion(version)).body(body);
    }

    private static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, HASH_LENGTH);
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", impossible);
        }
    }

}
