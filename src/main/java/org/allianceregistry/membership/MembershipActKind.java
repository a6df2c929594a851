package org.allianceregistry.membership;

import org.jspecify.annotations.Nullable;

/** The kinds of act on a membership period: two end it, two restrict it. */
public enum MembershipActKind {

    /** The state leaves by its own act; the period ends on the effective date. */
    WITHDRAWAL(true),
    /** The state does not renew the treaty; the period ends when the term expires. */
    NON_RENEWAL(true),
    /**
     * The alliance suspends the state's participation; it stays a member, with status
     * SUSPENDED.
     */
    SUSPENSION(false),
    /**
     * The state freezes its own participation, a political posture: it stays a full
     * (ACTIVE) member.
     */
    PARTICIPATION_FROZEN(false);

    private final boolean endsMembership;

    MembershipActKind(boolean endsMembership) {
        this.endsMembership = endsMembership;
    }

    public boolean endsMembership() {
        return endsMembership;
    }

    /** How a period this act ends ends; null for an act that does not end it. */
    public @Nullable MembershipEndKind endKind() {
        return endsMembership ? MembershipEndKind.valueOf(name()) : null;
    }

}
