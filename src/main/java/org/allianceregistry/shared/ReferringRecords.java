package org.allianceregistry.shared;

import java.util.Optional;

/**
 * What a feature holds that refers to a record of another feature (an alliance, a state,
 * a source), so that a delete can be refused while such records exist. Each referring
 * feature answers for its own records, so the deleting feature needs to know neither
 * their tables nor their packages.
 */
public interface ReferringRecords {

    /**
     * What this feature still holds that refers to {@code record}, in words for a 409
     * detail ("3 membership periods"), or empty when nothing refers to it.
     */
    Optional<String> referringTo(Object record);

}
