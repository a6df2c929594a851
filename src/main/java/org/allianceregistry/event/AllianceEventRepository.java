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
     * Whether the last day the event can have lasted to ({@code x} its last day or, for
     * an event within the days of its start, its start) is on or after {@code :from}. A
     * date known to the month or year lasts to the end of it, so it reaches {@code :from}
     * when it is not before the first day of {@code :from}'s month ({@code :fromMonth})
     * or year ({@code :fromYear}).
     */
    String REACHES_FROM_BY_LAST_DAY = "(e.lastDay.latest >= :from or (e.lastDay.latest is null and ("
            + "(e.lastDay.precision = org.allianceregistry.shared.Precision.DAY and e.lastDay.date >= :from) or "
            + "(e.lastDay.precision = org.allianceregistry.shared.Precision.MONTH and e.lastDay.date >= :fromMonth) or "
            + "(e.lastDay.precision = org.allianceregistry.shared.Precision.YEAR and e.lastDay.date >= :fromYear))))";

    String REACHES_FROM_BY_START = "(e.start.latest >= :from or (e.start.latest is null and ("
            + "(e.start.precision = org.allianceregistry.shared.Precision.DAY and e.start.date >= :from) or "
            + "(e.start.precision = org.allianceregistry.shared.Precision.MONTH and e.start.date >= :fromMonth) or "
            + "(e.start.precision = org.allianceregistry.shared.Precision.YEAR and e.start.date >= :fromYear))))";

    /**
     * Events of the given kinds (of one participant's, unless {@code anyState}) that may
     * meet [from, to]: their first possible day is not after {@code to} and their last
     * possible day not before {@code from}. Undated events may meet any range: they are
     * listed when {@code undated} is true.
     */
    String FILTER = " e.alliance = :alliance and e.kind in :kinds and (:anyState = true or e.id in "
            + "(select x.id from AllianceEvent x join x.participations p where p.memberState.id = :stateId)) and ("
            + "(e.start.date is null and :undated = true) or (e.start.date is not null "
            + "and coalesce(e.start.earliest, e.start.date) <= :to and ((e.lastDay.date is not null and "
            + REACHES_FROM_BY_LAST_DAY + ") or (e.lastDay.date is null and " + REACHES_FROM_BY_START + "))))";

    @Query(value = "select e from AllianceEvent e left join fetch e.parent where" + FILTER,
            countQuery = "select count(e) from AllianceEvent e where" + FILTER)
    Page<AllianceEvent> find(Alliance alliance, Collection<EventKind> kinds, boolean anyState, long stateId,
            LocalDate from, LocalDate fromMonth, LocalDate fromYear, LocalDate to, boolean undated, Pageable pageable);

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
