package org.allianceregistry.alliance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AllianceRepository extends JpaRepository<Alliance, Long> {

    Optional<Alliance> findByCode(String code);

    @Query("select p from AlliancePrinciple p where p.alliance = :alliance order by p.kind, p.position")
    List<AlliancePrinciple> findPrinciples(Alliance alliance);

    @Query("select count(p) from AlliancePrinciple p where p.alliance = :alliance")
    long countPrinciples(Alliance alliance);

}
