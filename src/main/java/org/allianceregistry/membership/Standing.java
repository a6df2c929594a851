package org.allianceregistry.membership;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * A member's standing on one day, derived from its period, the alliance's treaty and the
 * acts restricting it. This is where the registry's status rules live: before the
 * founding treaty is in force a signatory is a SIGNATORY; a suspension in force makes it
 * SUSPENDED; a frozen participation or a refusal to finance leaves it ACTIVE but is
 * reported. An act known only to the month or year counts where it may be in force.
 */
public record Standing(MembershipStatus status, @Nullable LocalDate suspendedSince,
        @Nullable LocalDate participationFrozenSince, @Nullable LocalDate financingRefusedSince) {

    /** A standing with no refusal to finance. */
    public Standing(MembershipStatus status, @Nullable LocalDate suspendedSince,
            @Nullable LocalDate participationFrozenSince) {
        this(status, suspendedSince, participationFrozenSince, null);
    }

    public static Standing on(LocalDate date, Membership membership, @Nullable LocalDate treatyInForceOn,
            Collection<MembershipAct> actsOnMembership) {
        if (!membership.isInForceOn(date)) {
            throw new IllegalArgumentException("membership " + membership.getId() + " is not in force on " + date);
        }
        LocalDate suspendedSince = earliestInForce(date, actsOnMembership, MembershipActKind.SUSPENSION);
        LocalDate frozenSince = earliestInForce(date, actsOnMembership, MembershipActKind.PARTICIPATION_FROZEN);
        LocalDate financingRefusedSince = earliestInForce(date, actsOnMembership, MembershipActKind.FINANCING_REFUSED);
        MembershipStatus status;
        if (treatyInForceOn != null && date.isBefore(treatyInForceOn)) {
            status = MembershipStatus.SIGNATORY;
        }
        else if (suspendedSince != null) {
            status = MembershipStatus.SUSPENDED;
        }
        else {
            status = MembershipStatus.ACTIVE;
        }
        return new Standing(status, suspendedSince, frozenSince, financingRefusedSince);
    }

    private static @Nullable LocalDate earliestInForce(LocalDate date, Collection<MembershipAct> acts,
            MembershipActKind kind) {
        return acts.stream()
            .filter(act -> act.getKind() == kind && act.restricts(date))
            .map(MembershipAct::getEffectiveDate)
            .min(Comparator.naturalOrder())
            .orElse(null);
    }
}
