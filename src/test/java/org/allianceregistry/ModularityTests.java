package org.allianceregistry;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Feature packages depend on each other one way only, and only on what the others expose.
 */
class ModularityTests {

    @Test
    void featurePackagesHaveNoCycles() {
        ApplicationModules.of(RegistryApplication.class).verify();
    }

}
