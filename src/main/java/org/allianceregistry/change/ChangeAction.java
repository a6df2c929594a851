package org.allianceregistry.change;

/** What a change did to its record. */
public enum ChangeAction {

    CREATE, UPDATE, DELETE

}
