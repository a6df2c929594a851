package org.allianceregistry.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.state.MemberState;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    String IN_FORCE = " m.alliance = :alliance and m.startDate <= :date and (m.endDate is null or m.endDate > :date)";

    @Query(value = "select m from Membership m join fetch m.memberState where" + IN_FORCE,
            countQuery = "select count(m) from Membership m where" + IN_FORCE)
    Page<Membership> findInForce(Alliance alliance, LocalDate date, Pageable pageable);

    @Query(value = "select m from Membership m join fetch m.memberState where m.alliance = :alliance",
            countQuery = "select count(m) from Membership m where m.alliance = :alliance")
    Page<Membership> findByAlliance(Alliance alliance, Pageable pageable);

    @Query(value = "select m from Membership m join fetch m.memberState where m.alliance = :alliance and m.memberState = :state",
            countQuery = "select count(m) from Membership m where m.alliance = :alliance and m.memberState = :state")
    Page<Membership> findByAllianceAndState(Alliance alliance, MemberState state, Pageable pageable);

    @Query(value = "select m from Membership m join fetch m.alliance join fetch m.memberState where m.memberState = :state",
            countQuery = "select count(m) from Membership m where m.memberState = :state")
    Page<Membership> findByState(MemberState state, Pageable pageable);

    /**
     * Every period of the alliance, each with one of its acts per row (null where it has
     * none), in one statement.
     */
    @Query("select m, w from Membership m join fetch m.memberState left join MembershipAct w on w.membership = m "
            + "where m.alliance = :alliance order by m.startDate, m.id, w.effectiveDate, w.id")
    List<Object[]> findAllWithActsByAlliance(Alliance alliance);

    @Query("select m from Membership m where m.alliance = :alliance and m.memberState = :state order by m.startDate")
    List<Membership> findPeriods(Alliance alliance, MemberState state);

    @Query("select m from Membership m join fetch m.alliance join fetch m.memberState where m.id = :id")
    Optional<Membership> findWithParents(long id);

    long countByAlliance(Alliance alliance);

    long countByMemberState(MemberState memberState);

}
