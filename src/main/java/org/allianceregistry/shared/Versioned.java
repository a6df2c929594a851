package org.allianceregistry.shared;

/**
 * A record as a write left it, with its new version (the ETag the client needs for its
 * next change).
 */
public record Versioned<T>(T body, long version) {
}
