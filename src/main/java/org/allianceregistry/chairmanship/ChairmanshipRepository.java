package org.allianceregistry.chairmanship;

import java.util.List;
import org.allianceregistry.alliance.Alliance;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChairmanshipRepository extends JpaRepository<ChairmanshipTerm, Long> {

    /**
     * Every recorded term of the alliance with its state and sources, in chair-year
     * order, in one statement.
     */
    @Query("select t from ChairmanshipTerm t join fetch t.memberState left join fetch t.sources where t.alliance = :alliance order by t.chairYear")
    List<ChairmanshipTerm> findAllByAlliance(Alliance alliance);

}
