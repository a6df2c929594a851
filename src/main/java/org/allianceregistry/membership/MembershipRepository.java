package org.allianceregistry.membership;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
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
    @Query("select m, w from Membership m join fetch m.memberState left join Withdrawal w on w.membership = m "
            + "where m.alliance = :alliance order by m.startDate, m.id, w.effectiveDate, w.id")
    List<Object[]> findAllWithActsByAlliance(Alliance alliance);

    @Query("select w from Withdrawal w where w.membership.id in :membershipIds order by w.effectiveDate, w.id")
    List<Withdrawal> findActsOn(Collection<Long> membershipIds);

    @Query("select m from Membership m where m.alliance = :alliance and m.memberState = :state order by m.startDate")
    List<Membership> findPeriods(Alliance alliance, MemberState state);

    @Query("select m from Membership m join fetch m.alliance join fetch m.memberState where m.id = :id")
    java.util.Optional<Membership> findWithParents(long id);

    @Query("select w from Withdrawal w where w.membership = :membership order by w.effectiveDate, w.id")
    List<Withdrawal> findActsOn(Membership membership);

    /**
     * Chair terms of the state in the alliance that begin on a day none of its periods
     * covers.
     */
    @Query(value = """
            SELECT t.chair_year_label FROM chairmanship_terms t
             WHERE t.alliance_id = :allianceId AND t.member_state_id = :stateId AND t.start_date IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.alliance_id = t.alliance_id
                   AND m.member_state_id = t.member_state_id AND m.start_date <= t.start_date
                   AND (m.end_date IS NULL OR m.end_date > t.start_date))""", nativeQuery = true)
    List<String> findChairTermsOutsidePeriods(long allianceId, long stateId);

}
