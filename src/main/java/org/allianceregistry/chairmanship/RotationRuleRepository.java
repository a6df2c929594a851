package org.allianceregistry.chairmanship;

import java.util.List;
import java.util.Optional;
import org.allianceregistry.alliance.Alliance;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RotationRuleRepository extends JpaRepository<RotationRule, Long> {

    Optional<RotationRule> findByAlliance(Alliance alliance);

    @Query("select c from HandOverConvention c where c.rule = :rule order by c.fromChairYear")
    List<HandOverConvention> findConventions(RotationRule rule);
}
