package org.allianceregistry.alliance;

public enum PrincipleKind {

    /** A stated goal of the alliance. */
    GOAL,
    /** A rule its founding documents bind the members to. */
    PRINCIPLE

}
