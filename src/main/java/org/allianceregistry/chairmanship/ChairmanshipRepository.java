package org.allianceregistry.chairmanship;

import org.allianceregistry.alliance.Alliance;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChairmanshipRepository extends JpaRepository<ChairmanshipTerm, Long> {

    @Query(value = "select t from ChairmanshipTerm t join fetch t.memberState where t.alliance = :alliance "
            + "and t.chairYear between :fromYear and :toYear",
            countQuery = "select count(t) from ChairmanshipTerm t where t.alliance = :alliance and t.chairYear between :fromYear and :toYear")
    Page<ChairmanshipTerm> findByAlliance(Alliance alliance, int fromYear, int toYear, Pageable pageable);
}
