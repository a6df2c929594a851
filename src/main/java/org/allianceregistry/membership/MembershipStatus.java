package org.allianceregistry.membership;

/** A member's standing on a given day. */
public enum MembershipStatus {

    /** Has signed, but the alliance's founding treaty is not yet in force. */
    SIGNATORY,
    /**
     * A member with all rights (which includes a member that froze its own
     * participation).
     */
    ACTIVE,
    /** Still a member, but its participation is suspended by the alliance. */
    SUSPENDED

}
