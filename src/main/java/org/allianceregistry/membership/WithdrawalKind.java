package org.allianceregistry.membership;

/** An act that ends or restricts a membership period. */
public enum WithdrawalKind {

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

    WithdrawalKind(boolean endsMembership) {
        this.endsMembership = endsMembership;
    }

    public boolean endsMembership() {
        return endsMembership;
    }

}
