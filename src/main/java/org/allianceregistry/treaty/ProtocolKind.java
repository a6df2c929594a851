package org.allianceregistry.treaty;

/** What kind of document a treaty protocol record is. */
public enum ProtocolKind {

    TREATY, CHARTER, PROTOCOL, AGREEMENT, MEMORANDUM, DECISION, RESOLUTION, DECLARATION, STRATEGY

}
