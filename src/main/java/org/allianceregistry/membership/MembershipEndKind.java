package org.allianceregistry.membership;

/**
 * How a membership period ended. Suspensions and frozen participation do not end a
 * period.
 */
public enum MembershipEndKind {

    /** The state left by its own act. */
    WITHDRAWAL,
    /** The state did not renew the treaty when its term expired. */
    NON_RENEWAL,
    /** The alliance itself was dissolved. */
    DISSOLUTION,
    /** The state ceased to exist. */
    STATE_CEASED,
    /** The alliance excluded the state. */
    EXCLUSION

}
