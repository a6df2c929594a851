package org.allianceregistry.readcache;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.allianceregistry.web.EntityTag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * A successful read as it was sent: its body, the same body gzip-coded when that is worth
 * sending, the headers that describe it, its ETag and last change. Everything a read of
 * it sends is worked out once, when it is cached: the tags, the HTTP date, the headers.
 *
 * @param headers the headers that describe it, Content-Type included
 * @param sentHeaders the same but Content-Type, as name and value in turn
 */
record RenderedResponse(byte[] body, byte @Nullable [] gzipped, Map<String, String> headers,
        @Nullable String contentType, List<String> sentHeaders, String etag, String gzipEtag, Instant lastModified,
        String lastModifiedHttpDate) {

    static RenderedResponse of(byte[] body, byte @Nullable [] gzipped, Map<String, String> headers, String etag,
            Instant lastModified) {
        HttpHeaders date = new HttpHeaders();
        date.setLastModified(lastModified);
        String contentType = headers.get(HttpHeaders.CONTENT_TYPE);
        List<String> sent = headers.entrySet()
            .stream()
            .filter(header -> !header.getKey().equals(HttpHeaders.CONTENT_TYPE))
            .flatMap(header -> Stream.of(header.getKey(), header.getValue()))
            .toList();
        // The gzip-coded body is another representation (RFC 9110 §8.8.3): its strong
        // tag differs.
        return new RenderedResponse(body, gzipped, headers, contentType, sent, etag, EntityTag.gzipped(etag),
                lastModified, date.getFirst(HttpHeaders.LAST_MODIFIED));
    }

    int weight() {
        return body.length + (gzipped == null ? 0 : gzipped.length) + 512;
    }
}
