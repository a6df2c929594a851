package org.allianceregistry.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.alliance.AllianceService;
import org.allianceregistry.change.ChangeLog;
import org.allianceregistry.shared.ConflictException;
import org.allianceregistry.shared.ExpectedVersion;
import org.allianceregistry.shared.HistoricalDate;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.LocalDateRange;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RecordNotFoundException;
import org.allianceregistry.shared.RequestedDate;
import org.allianceregistry.shared.RuleViolationException;
import org.allianceregistry.shared.StaleVersionException;
import org.allianceregistry.shared.Versioned;
import org.allianceregistry.source.Citations;
import org.allianceregistry.source.Source;
import org.allianceregistry.source.SourceService;
import org.allianceregistry.state.MemberState;
import org.allianceregistry.state.MemberStateService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events of an alliance: read, recorded, corrected and deleted. The event checks itself
 * on its face (422, see {@link AllianceEvent}); the parent is an event of the same
 * alliance and participants are known states (422). Against stored data (409): a title is
 * used once per alliance; an event with stages is not deleted.
 */
@Service
@Transactional(readOnly = true)
public class AllianceEventService {

    private final AllianceEventRepository events;

    private final AllianceService alliances;

    private final MemberStateService states;

    private final SourceService sources;

    private final ChangeLog changes;

    AllianceEventService(AllianceEventRepository events, AllianceService alliances, MemberStateService states,
            SourceService sources, ChangeLog changes) {
        this.events = events;
        this.alliances = alliances;
        this.states = states;
        this.sources = sources;
        this.changes = changes;
    }

    /**
     * The alliance's events that {@code query} asks for, in the order {@code pageable}
     * names. With a date range each carries its {@code match}: whether it certainly or
     * only possibly meets the range.
     */
    public Page<AllianceEventResponse> list(String allianceCode, EventQuery query, Pageable pageable,
            Language language) {
        Alliance alliance = alliances.require(allianceCode);
        MemberState state = query.state() == null ? null : states.require(query.state());
        Set<EventKind> wanted = query.kinds().isEmpty() ? EnumSet.allOf(EventKind.class) : query.kinds();
        LocalDate from = query.firstDay();
        Page<AllianceEvent> page = events.find(alliance, wanted, state == null, state == null ? -1 : state.getId(),
                from, from.withDayOfMonth(1), from.withDayOfYear(1), query.lastDay(), query.includeUndated(), pageable);
        List<Long> ids = page.map(AllianceEvent::getId).getContent();
        Map<Long, List<ParticipantRow>> participants = ids.isEmpty() ? Map.of()
                : events.findParticipants(ids).stream().collect(Collectors.groupingBy(ParticipantRow::eventId));
        Citations citations = sources.citationsOf(AllianceEvent.class, ids);
        LocalDateRange range = query.range();
        return page.map(event -> AllianceEventResponse.of(event, participants.getOrDefault(event.getId(), List.of()),
                citations.of(event.getId()), range == null ? null : event.getTime().during(range), language));
    }

    /** The event with its version, the ETag a correction must send back. */
    public Versioned<AllianceEventResponse> get(long id, Language language) {
        AllianceEvent event = require(id);
        return new Versioned<>(response(event, language), event.getVersion());
    }

    @Transactional
    public Versioned<AllianceEventResponse> record(String allianceCode, RecordEventRequest request) {
        Alliance alliance = alliances.require(allianceCode);
        AllianceEvent event = new AllianceEvent(alliance);
        apply(event, alliance, request, null);
        events.saveAndFlush(event);
        AllianceEventResponse after = response(event, Language.EN);
        changes.created("event", event.getId(), key(event), after);
        return new Versioned<>(after, event.getVersion());
    }

    /** The event as a request that would record it so: what a merge patch applies to. */
    public RecordEventRequest editable(long id) {
        AllianceEvent e = require(id);
        List<ParticipantRequest> participants = events.findParticipants(List.of(id))
            .stream()
            .map(p -> new ParticipantRequest(p.iso2(), p.role()))
            .toList();
        EventTime time = e.getTime();
        HistoricalDate start = time.start();
        HistoricalDate last = time.lastDay();
        return new RecordEventRequest(e.getKind(), e.getTitleEn(), start == null ? null : start.date(),
                time.datePrecision(), start == null ? null : start.earliest(), start == null ? null : start.latest(),
                last == null ? null : last.date(), last == null ? null : last.precision(),
                last == null ? null : last.earliest(), last == null ? null : last.latest(), e.getPlace(),
                e.getDescription(), e.getQuantity(), e.getQuantityUnit(), e.getQuantityQualifier(),
                e.getParent() == null ? null : e.getParent().getId(), e.getVerification(), participants,
                SourceService.codes(sources.citationsOf(AllianceEvent.class, List.of(id)).of(id)), null);
    }

    @Transactional
    public Versioned<AllianceEventResponse> update(long id, ExpectedVersion expectedVersion,
            RecordEventRequest request) {
        AllianceEvent event = require(id);
        StaleVersionException.check("event " + id, expectedVersion, event.getVersion());
        AllianceEventResponse before = response(event, Language.EN);
        if (request.equals(editable(id))) {
            return new Versioned<>(before, event.getVersion()); // it already reads so: no
                                                                // revision, no audit
                                                                // entry
        }
        apply(event, event.getAlliance(), request, id);
        events.flush();
        AllianceEventResponse after = response(event, Language.EN);
        changes.updated("event", id, key(event), before, after);
        return new Versioned<>(after, event.getVersion());
    }

    @Transactional
    public void delete(long id, ExpectedVersion expectedVersion) {
        AllianceEvent event = require(id);
        StaleVersionException.check("event " + id, expectedVersion, event.getVersion());
        long stages = events.countByParent(event);
        if (stages > 0) {
            throw new ConflictException(ProblemType.EVENT_HAS_STAGES,
                    "Event " + id + " has " + stages + " stage(s) or phase(s); delete or re-parent them first.");
        }
        AllianceEventResponse before = response(event, Language.EN);
        events.delete(event);
        events.flush();
        changes.deleted("event", id, key(event), before);
    }

    /**
     * Checks the request against stored data and resolves what it names, then records it
     * on the event, which checks it on its face.
     */
    private void apply(AllianceEvent event, Alliance alliance, RecordEventRequest request, @Nullable Long self) {
        AllianceEvent parent = null;
        if (request.parentId() != null) {
            parent = events.findById(request.parentId())
                .filter(p -> p.getAlliance().getId().equals(alliance.getId()))
                .orElseThrow(() -> new RuleViolationException(ProblemType.UNKNOWN_EVENT,
                        "No event of " + alliance.getCode() + " has the id " + request.parentId() + ".", "parentId"));
        }
        String title = request.title().trim();
        if (events.findIdsByTitle(alliance, title).stream().anyMatch(other -> !other.equals(self))) {
            throw new ConflictException(ProblemType.EVENT_TITLE_TAKEN,
                    alliance.getCode() + " already has an event titled '" + title + "'.");
        }
        List<Participation> participants = new ArrayList<>();
        List<ParticipantRequest> requested = request.participants() == null ? List.of() : request.participants();
        for (int i = 0; i < requested.size(); i++) {
            MemberState state = states.requireReferenced(requested.get(i).state(), "participants[" + i + "].state");
            participants.add(new Participation(state, blankToNull(requested.get(i).role())));
        }
        Set<Source> cited = sources.resolve(request);
        event.record(request.kind(), title, timeOf(request), blankToNull(request.place()), request.description().trim(),
                request.quantity(), blankToNull(request.quantityUnit()), request.quantityQualifier(), parent,
                request.verification(), participants);
        event.cite(cited);
    }

    /**
     * When the request says the event happened. An UNDATED event has no start date and
     * every other one has one; the last day is not before the start. The precision and
     * bounds of a date the request does not give are ignored (so that a merge patch can
     * clear a date with its {@code null} alone).
     */
    static EventTime timeOf(RecordEventRequest request) {
        DatePrecision precision = request.datePrecision() != null ? request.datePrecision() : DatePrecision.DAY;
        LocalDate startDate = request.startDate();
        if ((precision == DatePrecision.UNDATED) != (startDate == null)) {
            throw new RuleViolationException(ProblemType.UNDATED_MISMATCH,
                    "An UNDATED event has no startDate and every other event has one.",
                    startDate == null ? "startDate" : "datePrecision");
        }
        if (startDate == null) {
            if (request.endDate() != null) {
                throw new RuleViolationException(ProblemType.END_BEFORE_START,
                        "An undated event has no endDate (" + request.endDate() + ").", "endDate");
            }
            return EventTime.UNDATED;
        }
        HistoricalDate start = RequestedDate.of(startDate, precision.precision(), request.startEarliest(),
                request.startLatest(), "start");
        HistoricalDate last = request.endDate() == null ? null : RequestedDate.of(request.endDate(),
                request.endPrecision(), request.endEarliest(), request.endLatest(), "end");
        if (last != null && last.possibleDays().last().isBefore(start.possibleDays().first())) {
            throw new RuleViolationException(ProblemType.END_BEFORE_START,
                    "endDate " + last.edtf() + " may not precede startDate " + start.edtf() + ".", "endDate");
        }
        return new EventTime(start, last);
    }

    /**
     * The event as its GET shows it. Participants are read as projections, so inside a
     * write they are the rows just flushed.
     */
    private AllianceEventResponse response(AllianceEvent event, Language language) {
        List<Long> ids = List.of(event.getId());
        return AllianceEventResponse.of(event, events.findParticipants(ids),
                sources.citationsOf(AllianceEvent.class, ids).of(event.getId()), null, language);
    }

    private AllianceEvent require(long id) {
        return events.findWithAlliance(id)
            .orElseThrow(() -> new RecordNotFoundException(ProblemType.EVENT_NOT_FOUND, "event", id));
    }

    private static String key(AllianceEvent event) {
        return event.getAlliance().getCode() + "/" + event.getTitleEn();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

}
