package org.allianceregistry.chairmanship;

import java.util.List;
import java.util.Optional;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.state.MemberState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChairmanshipRepository extends JpaRepository<ChairmanshipTerm, Long> {

    /**
     * Every recorded term of the alliance with its state and sources, in chair-year
     * order, in one statement.
     */
    @Query("select t from ChairmanshipTerm t join fetch t.memberState left join fetch t.sources where t.alliance = :alliance order by t.chairYear")
    List<ChairmanshipTerm> findAllByAlliance(Alliance alliance);

    /** One term with its alliance and chair. */
    @Query("select t from ChairmanshipTerm t join fetch t.alliance join fetch t.memberState where t.id = :id")
    Optional<ChairmanshipTerm> findWithParents(long id);

    /**
     * The alliance's terms, without their sources: what a new or corrected term may clash
     * with.
     */
    @Query("select t from ChairmanshipTerm t where t.alliance = :alliance order by t.id")
    List<ChairmanshipTerm> findTermsOf(Alliance alliance);

    /** The terms the state chaired in the alliance whose first day is known, in order. */
    @Query("select t from ChairmanshipTerm t where t.alliance = :alliance and t.memberState = :state and t.start.date is not null order by t.start.date")
    List<ChairmanshipTerm> findDatedTerms(Alliance alliance, MemberState state);

    long countByAlliance(Alliance alliance);

    long countByMemberState(MemberState memberState);

}
