package org.allianceregistry.membership;

/** How a membership period began. */
public enum MembershipStartKind {

    /** Signed the founding treaty on the day it was signed. */
    ORIGINAL_SIGNATORY,
    /** A founding member of an organisation that grew out of a treaty. */
    FOUNDING_MEMBER,
    /** Joined later: signed or deposited its instrument of accession. */
    ACCESSION,
    /** Returned after an earlier period ended (Uzbekistan in the CSTO, 2006). */
    RESTORATION

}
