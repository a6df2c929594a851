package org.allianceregistry.treaty;

import java.time.LocalDate;
import java.util.Set;
import org.allianceregistry.shared.LocalDateRange;
import org.jspecify.annotations.Nullable;

/**
 * Which of an alliance's documents a list asks for: of these kinds (all when empty), that
 * may have been signed from {@code signedFrom} to {@code signedTo} (either open), at a
 * place whose name contains {@code place} (any case).
 */
public record ProtocolQuery(Set<ProtocolKind> kinds, @Nullable LocalDate signedFrom, @Nullable LocalDate signedTo,
        @Nullable String place) {

    private static final LocalDate FIRST = LocalDate.of(1, 1, 1);

    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    /** Every document of the alliance. */
    public static ProtocolQuery all() {
        return new ProtocolQuery(Set.of(), null, null, null);
    }

    /** The days asked for, or null when the query names no signing range. */
    @Nullable LocalDateRange range() {
        return signedFrom == null && signedTo == null ? null : new LocalDateRange(firstDay(), lastDay());
    }

    LocalDate firstDay() {
        return signedFrom != null ? signedFrom : FIRST;
    }

    LocalDate lastDay() {
        return signedTo != null ? signedTo : LAST;
    }

}
