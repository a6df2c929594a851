package org.allianceregistry;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Service;

/**
 * Feature packages depend on each other one way only, and only on what the others expose;
 * a feature's entities and services are public only when another feature uses them.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(RegistryApplication.class);

    @Test
    void featurePackagesHaveNoCycles() {
        MODULES.verify();
    }

    @Test
    void entitiesAndServicesArePublicOnlyWhenAnotherFeatureUsesThem() {
        List<String> needlesslyPublic = MODULES.stream()
            .flatMap(module -> module.getBasePackage()
                .stream()
                .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(type -> type.isAnnotatedWith(jakarta.persistence.Entity.class)
                        || type.isAnnotatedWith(Service.class))
                .filter(type -> !usedOutside(module, type))
                .map(JavaClass::getName))
            .sorted()
            .toList();
        assertThat(needlesslyPublic).as("public entities and services no other feature uses").isEmpty();
    }

    private static boolean usedOutside(ApplicationModule module, JavaClass type) {
        return type.getDirectDependenciesToSelf()
            .stream()
            .map(dependency -> dependency.getOriginClass())
            .anyMatch(origin -> !module.contains(origin));
    }

}
