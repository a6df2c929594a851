package org.allianceregistry.event;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.state.MemberState;
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

    @Query("select e from AllianceEvent e join fetch e.alliance left join fetch e.parent where e.id = :id")
    Optional<AllianceEvent> findWithAlliance(long id);

    @Query("select new org.allianceregistry.event.ParticipantRow(e.id, m.iso2, m.iso3, m.nameEn, m.nameRu, m.nameAr, "
            + "p.role) from AllianceEvent e join e.participations p join p.memberState m where e.id in :eventIds "
            + "order by m.nameEn")
    List<ParticipantRow> findParticipants(Collection<Long> eventIds);

    /** The ids of the alliance's events with this title. */
    @Query("select e.id from AllianceEvent e where e.alliance = :alliance and e.titleEn = :title")
    List<Long> findIdsByTitle(Alliance alliance, String title);

    /** How many stages or phases the event has. */
    long countByParent(AllianceEvent parent);

    long countByAlliance(Alliance alliance);

    @Query("select count(*) from AllianceEvent e join e.participations p where p.memberState = :state")
    long countParticipationsOf(MemberState state);

}
