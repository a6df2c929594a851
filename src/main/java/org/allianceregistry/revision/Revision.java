package org.allianceregistry.revision;

import java.time.Instant;

/** The registry's data revision: {@code number} grows with every write, {@code changedAt} is when the last one happened. */
public record Revision(long number, Instant changedAt) {
}
