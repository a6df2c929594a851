package org.allianceregistry.membership;

import org.jspecify.annotations.Nullable;

/**
 * What restricted a membership period for a while without ending it: a suspension by the
 * alliance, or a posture of the member's own (a frozen participation, a refusal to
 * finance).
 */
public enum Restriction {

    /** The alliance suspended the member: its status is SUSPENDED meanwhile. */
    SUSPENDED,
    /** The member froze its own participation: it stays ACTIVE. */
    PARTICIPATION_FROZEN,
    /** The member refuses to finance the alliance: it stays ACTIVE. */
    FINANCING_REFUSED;

    /** The restriction an act imposes; null for an act that ends the period. */
    static @Nullable Restriction of(MembershipActKind kind) {
        return switch (kind) {
            case SUSPENSION -> SUSPENDED;
            case PARTICIPATION_FROZEN -> PARTICIPATION_FROZEN;
            case FINANCING_REFUSED -> FINANCING_REFUSED;
            case WITHDRAWAL, NON_RENEWAL -> null;
        };
    }

}
