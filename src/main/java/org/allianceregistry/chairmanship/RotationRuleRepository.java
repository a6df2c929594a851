package org.allianceregistry.chairmanship;

import java.util.Optional;
import org.allianceregistry.alliance.Alliance;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RotationRuleRepository extends JpaRepository<RotationRule, Long> {

    /** The rule with its hand-over conventions and sources, in one statement. */
    @Query("select r from RotationRule r left join fetch r.handOverConventions left join fetch r.sources where r.alliance = :alliance")
    Optional<RotationRule> findByAlliance(Alliance alliance);

    boolean existsByAlliance(Alliance alliance);

}
