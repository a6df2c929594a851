package org.allianceregistry.chairmanship;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How the chair is handed over under a rotation rule, from {@code fromChairYear} until
 * the next convention's year.
 */
@Embeddable
public record HandOverConvention(int fromChairYear, @Enumerated(EnumType.STRING) HandOverKind kind,
        String description) {
}
