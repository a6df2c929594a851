package org.allianceregistry.event;

/** What kind of dated fact an alliance event is. */
public enum EventKind {

    OPERATION, EXERCISE, SUMMIT, DECISION, STATEMENT, FORCE, FORCE_STRENGTH, APPOINTMENT, OTHER

}
