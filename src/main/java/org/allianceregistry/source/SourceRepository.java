package org.allianceregistry.source;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SourceRepository extends JpaRepository<Source, Long> {

    Optional<Source> findByCode(String code);

}
