package org.allianceregistry.membership;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.state.MemberState;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    /**
     * The periods that may cover {@code :date}: the first day the start can be is on or
     * before it, and the last day the (exclusive) end can be is after it. The last day of
     * an end known to the month or year is not computed in SQL (the databases spell date
     * arithmetic apart): its first day is compared with the month or year of the day
     * after.
     */
    String IN_FORCE = " m.alliance = :alliance and coalesce(m.startDate.earliest, m.startDate.date) <= :date"
            + " and (m.endDate.date is null or m.endDate.latest > :date or (m.endDate.latest is null and ("
            + "(m.endDate.precision = org.allianceregistry.shared.Precision.DAY and m.endDate.date > :date)"
            + " or (m.endDate.precision = org.allianceregistry.shared.Precision.MONTH and m.endDate.date >= :nextMonth)"
            + " or (m.endDate.precision = org.allianceregistry.shared.Precision.YEAR and m.endDate.date >= :nextYear))))";

    @Query(value = "select m from Membership m join fetch m.memberState where" + IN_FORCE,
            countQuery = "select count(m) from Membership m where" + IN_FORCE)
    Page<Membership> findInForce(Alliance alliance, LocalDate date, LocalDate nextMonth, LocalDate nextYear,
            Pageable pageable);

    /** The periods that may cover {@code date} (certainly or possibly), one page. */
    default Page<Membership> findInForce(Alliance alliance, LocalDate date, Pageable pageable) {
        LocalDate next = date.plusDays(1);
        return findInForce(alliance, date, next.withDayOfMonth(1), next.with(TemporalAdjusters.firstDayOfYear()),
                pageable);
    }

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
            + "where m.alliance = :alliance order by m.startDate.date, m.id, w.effectiveDate.date, w.id")
    List<Object[]> findAllWithActsByAlliance(Alliance alliance);

    @Query("select m from Membership m where m.alliance = :alliance and m.memberState = :state order by m.startDate.date")
    List<Membership> findPeriods(Alliance alliance, MemberState state);

    @Query("select m from Membership m join fetch m.alliance join fetch m.memberState where m.id = :id")
    Optional<Membership> findWithParents(long id);

    long countByAlliance(Alliance alliance);

    long countByMemberState(MemberState memberState);

}
