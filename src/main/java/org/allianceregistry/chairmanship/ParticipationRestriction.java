package org.allianceregistry.chairmanship;

/** Why a member's participation was restricted when the rotation reached its turn. */
public enum ParticipationRestriction {

    /**
     * The alliance has suspended the member (Uzbekistan in the CSTO since 2012-12-19).
     */
    SUSPENDED,
    /**
     * The member has frozen its own participation but remains a full member (Armenia in
     * the CSTO since 2024-02-22).
     */
    PARTICIPATION_FROZEN

}
