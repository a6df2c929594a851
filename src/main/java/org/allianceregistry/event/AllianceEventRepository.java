package org.allianceregistry.event;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.allianceregistry.alliance.Alliance;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AllianceEventRepository extends JpaRepository<AllianceEvent, Long> {

    /**
     * Events of the given kinds whose span meets [from, to]. Undated events have no place
     * in a date range: they are listed only when neither bound is given ({@code dated}
     * false).
     */
    String FILTER = " e.alliance = :alliance and e.kind in :kinds and ("
            + "(:dated = false and e.startDate is null) or "
            + "(e.startDate is not null and e.startDate <= :to and coalesce(e.endDate, e.startDate) >= :from))";

    @Query(value = "select e from AllianceEvent e left join fetch e.parent where" + FILTER,
            countQuery = "select count(e) from AllianceEvent e where" + FILTER)
    Page<AllianceEvent> find(Alliance alliance, Collection<EventKind> kinds, LocalDate from, LocalDate to,
            boolean dated, Pageable pageable);

    @Query("select p from EventParticipant p join fetch p.memberState where p.event.id in :eventIds order by p.memberState.nameEn")
    List<EventParticipant> findParticipants(Collection<Long> eventIds);

}
