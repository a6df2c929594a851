package org.allianceregistry.revision;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegistryRevisionRepository extends JpaRepository<RegistryRevision, Integer> {

    /** Always read from the database, never from the persistence context: a write may have bumped it since. */
    @Query("select new org.allianceregistry.revision.Revision(r.revision, r.changedAt) from RegistryRevision r where r.id = 1")
    Optional<Revision> findCurrent();
}
