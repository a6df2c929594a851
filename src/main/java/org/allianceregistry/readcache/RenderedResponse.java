package org.allianceregistry.readcache;

import java.time.Instant;
import java.util.Map;

/** A successful read as it was sent: its body, the headers that describe it, its ETag and last change. */
record RenderedResponse(byte[] body, Map<String, String> headers, String etag, Instant lastModified) {

    int weight() {
        return body.length + 256;
    }
}
