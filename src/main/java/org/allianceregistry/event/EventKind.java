package org.allianceregistry.event;

/** What kind of dated fact an alliance event is. */
public enum EventKind {

    OPERATION, EXERCISE, SUMMIT, DECISION, STATEMENT, FORCE, FORCE_STRENGTH, APPOINTMENT, OTHER,
    /**
     * Forces of one state stationed on another's territory, dated by the days the sources
     * attest them there: not the start or end of the stationing, unless the sources give
     * them.
     */
    DEPLOYMENT

}
