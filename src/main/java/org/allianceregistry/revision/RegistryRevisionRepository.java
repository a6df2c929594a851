package org.allianceregistry.revision;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegistryRevisionRepository extends JpaRepository<RegistryRevision, Integer> {
}
