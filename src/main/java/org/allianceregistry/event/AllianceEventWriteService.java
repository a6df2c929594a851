package org.allianceregistry.event;

import org.allianceregistry.shared.ProblemType;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.alliance.AllianceService;
import org.allianceregistry.change.ChangeLog;
import org.allianceregistry.shared.ConflictException;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.RecordNotFoundException;
import org.allianceregistry.shared.RuleViolationException;
import org.allianceregistry.shared.StaleVersionException;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.shared.Versioned;
import org.allianceregistry.source.Source;
import org.allianceregistry.source.SourceService;
import org.allianceregistry.state.MemberState;
import org.allianceregistry.state.MemberStateService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, corrects and deletes events. On their face (422): an UNDATED event has no
 * start date and any other one has one, the last day is not before the first, a quantity
 * has a unit, the parent is an event of the same alliance (and not the event itself or
 * one of its stages), participants are known states, each once. Against stored data
 * (409): a title is used once per alliance; an event with stages is not deleted.
 */
@Service
@Transactional
public class AllianceEventWriteService {

    private final AllianceEventRepository events;

    private final EntityManager entityManager;

    private final AllianceService alliances;

    private final MemberStateService states;

    private final SourceService sources;

    private final SourceService citations;

    private final ChangeLog changes;

    AllianceEventWriteService(AllianceEventRepository events, EntityManager entityManager, AllianceService alliances,
            MemberStateService states, SourceService sources, SourceService citations, ChangeLog changes) {
        this.events = events;
        this.entityManager = entityManager;
        this.alliances = alliances;
        this.states = states;
        this.sources = sources;
        this.citations = citations;
        this.changes = changes;
    }

    public Versioned<AllianceEventResponse> record(String allianceCode, RecordEventRequest request) {
        Alliance alliance = alliances.require(allianceCode);
        AllianceEvent event = new AllianceEvent(alliance);
        apply(event, alliance, request, null);
        events.saveAndFlush(event);
        AllianceEventResponse after = snapshot(event.getId());
        changes.created("event", event.getId(), key(event), after);
        return new Versioned<>(after, event.getVersion());
    }

    @Transactional(readOnly = true)
    public Versioned<AllianceEventResponse> get(long id, Language language) {
        AllianceEvent event = require(id);
        return new Versioned<>(response(event, language), event.getVersion());
    }

    @Transactional(readOnly = true)
    public RecordEventRequest editable(long id) {
        AllianceEvent e = require(id);
        List<ParticipantRequest> participants = events.findParticipants(List.of(id))
            .stream()
            .map(p -> new ParticipantRequest(p.getMemberState().getIso2(), p.getRole()))
            .toList();
        return new RecordEventRequest(e.getKind(), e.getTitleEn(), e.getStartDate(), e.getDatePrecision(),
                e.getEndDate(), e.getPlace(), e.getDescription(), e.getQuantity(), e.getQuantityUnit(),
                e.getParent() == null ? null : e.getParent().getId(), e.getVerification(), participants,
                SourceService.codes(sources.citationsOf(AllianceEvent.class, List.of(id)).of(id)), null);
    }

    public Versioned<AllianceEventResponse> update(long id, long expectedVersion, RecordEventRequest request) {
        StaleVersionException.check("event " + id, expectedVersion, require(id).getVersion());
        AllianceEventResponse before = snapshot(id);
        if (request.equals(editable(id))) {
            return new Versioned<>(before, expectedVersion); // it already reads so: no
                                                             // revision, no audit entry
        }
        AllianceEvent event = require(id);
        apply(event, event.getAlliance(), request, id);
        events.flush();
        AllianceEventResponse after = snapshot(id);
        changes.updated("event", id, key(event), before, after);
        return new Versioned<>(after, event.getVersion());
    }

    public void delete(long id, long expectedVersion) {
        AllianceEvent event = require(id);
        StaleVersionException.check("event " + id, expectedVersion, event.getVersion());
        long stages = entityManager
            .createQuery("select count(e) from AllianceEvent e where e.parent = :event", Long.class)
            .setParameter("event", event)
            .getSingleResult();
        if (stages > 0) {
            throw new ConflictException(ProblemType.EVENT_HAS_STAGES,
                    "Event " + id + " has " + stages + " stage(s) or phase(s); delete or re-parent them first.");
        }
        AllianceEventResponse before = snapshot(id);
        events.delete(require(id));
        events.flush();
        changes.deleted("event", id, key(event), before);
    }

    /**
     * Checks the request, then changes the event once: every query comes before the
     * change.
     */
    private void apply(AllianceEvent event, Alliance alliance, RecordEventRequest request, @Nullable Long self) {
        DatePrecision precision = request.datePrecision() != null ? request.datePrecision() : DatePrecision.DAY;
        if ((precision == DatePrecision.UNDATED) != (request.startDate() == null)) {
            throw new RuleViolationException(ProblemType.UNDATED_MISMATCH,
                    "An UNDATED event has no " + "startDate and every other event has one.",
                    request.startDate() == null ? "startDate" : "datePrecision");
        }
        if (request.endDate() != null
                && (request.startDate() == null || request.endDate().isBefore(request.startDate()))) {
            throw new RuleViolationException(ProblemType.END_BEFORE_START,
                    "endDate " + request.endDate() + " may not precede startDate " + request.startDate() + ".",
                    "endDate");
        }
        if (request.quantity() != null && (request.quantityUnit() == null || request.quantityUnit().isBlank())) {
            throw new RuleViolationException(ProblemType.QUANTITY_UNIT_REQUIRED,
                    "A quantity needs its " + "quantityUnit (e.g. personnel).", "quantityUnit");
        }
        AllianceEvent parent = null;
        if (request.parentId() != null) {
            parent = events.findById(request.parentId())
                .filter(p -> p.getAlliance().getId().equals(alliance.getId()))
                .orElseThrow(() -> new RuleViolationException(ProblemType.UNKNOWN_EVENT,
                        "No event of " + alliance.getCode() + " has the id " + request.parentId() + ".", "parentId"));
            for (AllianceEvent ancestor = parent; ancestor != null; ancestor = ancestor.getParent()) {
                if (ancestor.getId().equals(self)) {
                    throw new RuleViolationException(ProblemType.EVENT_CYCLE,
                            "An event cannot be a stage of " + "itself or of one of its own stages.", "parentId");
                }
            }
        }
        String title = request.title().trim();
        List<Long> sameTitle = entityManager
            .createQuery("select e.id from AllianceEvent e where e.alliance = :alliance " + "and e.titleEn = :title",
                    Long.class)
            .setParameter("alliance", alliance)
            .setParameter("title", title)
            .getResultList();
        if (sameTitle.stream().anyMatch(other -> !other.equals(self))) {
            throw new ConflictException(ProblemType.EVENT_TITLE_TAKEN,
                    alliance.getCode() + " already has an event titled '" + title + "'.");
        }
        List<Participation> participants = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<ParticipantRequest> requested = request.participants() == null ? List.of() : request.participants();
        for (int i = 0; i < requested.size(); i++) {
            MemberState state = states.requireReferenced(requested.get(i).state(), "participants[" + i + "].state");
            if (!seen.add(state.getId())) {
                throw new RuleViolationException(ProblemType.DUPLICATE_PARTICIPANT,
                        state.getIso3() + " is named twice among the participants.", "participants[" + i + "].state");
            }
            String role = requested.get(i).role();
            participants.add(new Participation(state, role == null || role.isBlank() ? null : role.trim()));
        }
        Set<Source> cited = citations.resolve(request);
        event.record(request.kind(), title, request.startDate(), precision, request.endDate(),
                blankToNull(request.place()), request.description().trim(), request.quantity(),
                blankToNull(request.quantityUnit()), parent,
                request.verification() != null ? request.verification() : Verification.VERIFIED, participants);
        event.cite(cited);
    }

    /**
     * The event as its GET shows it. The read model maps the same participant rows as
     * entities; they are let go of again (flush and clear) so that they never stand in
     * the way of the event's own changes.
     */
    private AllianceEventResponse snapshot(long id) {
        entityManager.flush();
        entityManager.clear();
        AllianceEventResponse response = response(require(id), Language.EN);
        entityManager.clear();
        return response;
    }

    private AllianceEventResponse response(AllianceEvent event, Language language) {
        List<Long> ids = List.of(event.getId());
        return AllianceEventResponse.of(event, events.findParticipants(ids),
                sources.citationsOf(AllianceEvent.class, ids).of(event.getId()), language);
    }

    private AllianceEvent require(long id) {
        List<AllianceEvent> found = entityManager
            .createQuery("select e from AllianceEvent e join fetch e.alliance "
                    + "left join fetch e.parent where e.id = :id", AllianceEvent.class)
            .setParameter("id", id)
            .getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFoundException(ProblemType.EVENT_NOT_FOUND, "event", id);
        }
        return found.get(0);
    }

    private static String key(AllianceEvent event) {
        return event.getAlliance().getCode() + "/" + event.getTitleEn();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

}
