package org.allianceregistry.readcache;

import org.allianceregistry.web.EntityTag;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A successful read as it was sent: its body, the same body gzip-coded when that is worth
 * sending, the headers that describe it, its ETag and last change.
 */
record RenderedResponse(byte[] body, byte @Nullable [] gzipped, Map<String, String> headers, String etag,
        Instant lastModified) {

    /**
     * The gzip-coded body is another representation (RFC 9110 §8.8.3): its strong tag
     * differs.
     */
    String gzipEtag() {
        return EntityTag.gzipped(etag);
    }

    int weight() {
        return body.length + (gzipped == null ? 0 : gzipped.length) + 256;
    }
}
