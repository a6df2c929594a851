package org.allianceregistry.dataset;

import org.jspecify.annotations.Nullable;

/**
 * The obligations a dataset codes, each true, false, or {@code null} where the dataset
 * does not code it (COW codes no offence; an empty cell is not a 0). COW's "entente" is
 * its promise to consult, so it is {@code consultation} here.
 */
public record Obligations(@Nullable Boolean defence, @Nullable Boolean offence, @Nullable Boolean neutrality,
        @Nullable Boolean nonAggression, @Nullable Boolean consultation) {

    /**
     * A pact that promises non-aggression and nothing else: what ATOP's NNA files leave
     * out.
     */
    public boolean nonAggressionOnly() {
        return Boolean.TRUE.equals(nonAggression) && !Boolean.TRUE.equals(defence) && !Boolean.TRUE.equals(offence)
                && !Boolean.TRUE.equals(neutrality) && !Boolean.TRUE.equals(consultation);
    }

    /** Any member's obligations: each true when one member took it on. */
    Obligations or(Obligations other) {
        return new Obligations(or(defence, other.defence), or(offence, other.offence), or(neutrality, other.neutrality),
                or(nonAggression, other.nonAggression), or(consultation, other.consultation));
    }

    private static @Nullable Boolean or(@Nullable Boolean a, @Nullable Boolean b) {
        if (a == null && b == null) {
            return null;
        }
        return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
    }

}
