package org.allianceregistry.web;

import java.net.URI;

/**
 * Problem type URIs. They identify a kind of problem; they are names, not pages to fetch.
 * The OpenAPI description lists them all.
 */
public final class ProblemTypes {

    public static final String BASE = "urn:alliance-registry:problem:";

    private ProblemTypes() {
    }

    public static URI of(String slug) {
        return URI.create(BASE + slug);
    }

}
