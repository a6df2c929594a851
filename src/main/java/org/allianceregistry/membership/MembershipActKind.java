package org.allianceregistry.membership;

import org.jspecify.annotations.Nullable;

/**
 * The kinds of act on a membership period: two end it, three restrict it without ending
 * it.
 */
public enum MembershipActKind {

    /** The state leaves by its own act; the period ends on the effective date. */
    WITHDRAWAL(true, false),
    /** The state does not renew the treaty; the period ends when the term expires. */
    NON_RENEWAL(true, false),
    /**
     * The alliance suspends the state's participation; it stays a member, with status
     * SUSPENDED.
     */
    SUSPENSION(false, false),
    /**
     * The state freezes its own participation, a political posture: it stays a full
     * (ACTIVE) member.
     */
    PARTICIPATION_FROZEN(false, true),
    /**
     * The state refuses to finance the alliance, a posture of its own beside a frozen
     * participation (Armenia in the CSTO from 8 May 2024): it stays a full (ACTIVE)
     * member.
     */
    FINANCING_REFUSED(false, true);

    private final boolean endsMembership;

    private final boolean ownPosture;

    MembershipActKind(boolean endsMembership, boolean ownPosture) {
        this.endsMembership = endsMembership;
        this.ownPosture = ownPosture;
    }

    public boolean endsMembership() {
        return endsMembership;
    }

    /**
     * Whether the act is the state's own posture rather than a legal act: its formal
     * notice may come after it began (Armenia notified its refusal to finance on 31 Mar
     * 2025, having stopped on 8 May 2024).
     */
    public boolean isOwnPosture() {
        return ownPosture;
    }

    /** How a period this act ends ends; null for an act that does not end it. */
    public @Nullable MembershipEndKind endKind() {
        return endsMembership ? MembershipEndKind.valueOf(name()) : null;
    }

}
