package org.allianceregistry.revision;

import java.time.Instant;

/** The revision of the registry's data and when it last changed. The same data has the same revision everywhere. */
public record RegistryRevision(long number, Instant changedAt) {
}
