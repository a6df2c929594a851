package org.allianceregistry.chairmanship;

/**
 * What the rotation does when its turn reaches a member whose participation is suspended
 * or frozen.
 */
public enum TurnPolicy {

    /** The member keeps its turn; the schedule flags the entry. */
    KEEP,
    /** The turn passes to the next eligible member in the order. */
    SKIP

}
