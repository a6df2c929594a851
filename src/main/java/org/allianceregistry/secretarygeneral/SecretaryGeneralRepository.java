package org.allianceregistry.secretarygeneral;

import java.util.List;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.state.MemberState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SecretaryGeneralRepository extends JpaRepository<SecretaryGeneralTerm, Long> {

    /**
     * Every term of the alliance with its holder's state and its sources, oldest first,
     * in one statement: a few rows, matched and paged in memory.
     */
    @Query("select t from SecretaryGeneralTerm t join fetch t.memberState left join fetch t.sources where t.alliance = :alliance order by t.start.date, t.id")
    List<SecretaryGeneralTerm> findAllByAlliance(Alliance alliance);

    long countByAlliance(Alliance alliance);

    long countByMemberState(MemberState memberState);

}
