package org.allianceregistry.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.alliance.AllianceService;
import org.allianceregistry.change.ChangeLog;
import org.allianceregistry.shared.ConflictException;
import org.allianceregistry.shared.ExpectedVersion;
import org.allianceregistry.shared.HistoricalDate;
import org.allianceregistry.shared.HistoricalPeriod;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.Period;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RecordNotFoundException;
import org.allianceregistry.shared.StaleVersionException;
import org.allianceregistry.shared.Versioned;
import org.allianceregistry.source.Citations;
import org.allianceregistry.source.SourceService;
import org.allianceregistry.state.MemberState;
import org.allianceregistry.state.MemberStateService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belonged to an alliance when: membership periods, the members on a given day with
 * their standing, and the periods' admission, correction and deletion. Rules needing
 * stored data: no two periods of one state in one alliance share a day (409); an end set
 * by a withdrawal or non-renewal moves only with that act (409); a period's other acts
 * stay inside it (409). Every change publishes {@link MembershipPeriodsChanged} before it
 * commits, so that rules of other features resting on membership are checked again.
 */
@Service
@Transactional(readOnly = true)
public class MembershipService {

    private static final DateInput START = DateInput.starting("startDate", "startEdtf");

    private static final DateInput END = DateInput.ending("endDate", "endEdtf");

    private final MembershipRepository memberships;

    private final MembershipActRepository acts;

    private final AllianceService alliances;

    private final MemberStateService states;

    private final SourceService sources;

    private final ChangeLog changes;

    private final ApplicationEventPublisher events;

    MembershipService(MembershipRepository memberships, MembershipActRepository acts, AllianceService alliances,
            MemberStateService states, SourceService sources, ChangeLog changes, ApplicationEventPublisher events) {
        this.memberships = memberships;
        this.acts = acts;
        this.alliances = alliances;
        this.states = states;
        this.sources = sources;
        this.changes = changes;
        this.events = events;
    }

    public Page<MemberOnDateResponse> membersOn(String allianceCode, LocalDate date, Pageable pageable,
            Language language) {
        Alliance alliance = alliances.require(allianceCode);
        Page<Membership> page = memberships.findInForce(alliance, date, pageable);
        List<Long> ids = page.map(Membership::getId).getContent();
        Map<Long, List<MembershipAct>> actsByMembership = actsByMembership(ids);
        Citations citations = sources.citationsOf(Membership.class, ids);
        return page.map(membership -> {
            List<MembershipAct> actsOnIt = actsByMembership.getOrDefault(membership.getId(), List.of());
            Standing standing = Standing.on(date, membership, alliance.getTreatyInForceOn(), actsOnIt);
            List<MembershipAct> restricting = actsOnIt.stream().filter(act -> act.restricts(date)).toList();
            return MemberOnDateResponse.of(membership, date, standing, restricting, citations.of(membership.getId()),
                    language);
        });
    }

    /** The alliance's membership periods, optionally of one state only. */
    public Page<MembershipResponse> history(String allianceCode, @Nullable String stateCode, Pageable pageable,
            Language language) {
        Alliance alliance = alliances.require(allianceCode);
        Page<Membership> page = stateCode == null ? memberships.findByAlliance(alliance, pageable)
                : memberships.findByAllianceAndState(alliance, states.require(stateCode), pageable);
        return withDetails(page, language);
    }

    /** A state's membership periods across all alliances. */
    public Page<MembershipResponse> historyOfState(String stateCode, Pageable pageable, Language language) {
        MemberState state = states.require(stateCode);
        return withDetails(memberships.findByState(state, pageable), language);
    }

    /**
     * The alliance's whole membership history, to read its members' standings on many
     * days at the cost of one read.
     */
    public MembershipTimeline timeline(Alliance alliance) {
        Map<Long, Membership> periods = new LinkedHashMap<>();
        Map<Long, List<MembershipAct>> actsByMembership = new HashMap<>();
        for (Object[] row : memberships.findAllWithActsByAlliance(alliance)) {
            Membership period = (Membership) row[0];
            periods.putIfAbsent(period.getId(), period);
            if (row[1] instanceof MembershipAct act) {
                actsByMembership.computeIfAbsent(period.getId(), id -> new ArrayList<>()).add(act);
            }
        }
        return new MembershipTimeline(List.copyOf(periods.values()), actsByMembership, alliance.getTreatyInForceOn());
    }

    public Versioned<MembershipResponse> get(long id, Language language) {
        Membership membership = require(id);
        return new Versioned<>(response(membership, language), membership.getVersion());
    }

    /** The period's correctable fields as they are: what a PATCH is merged into. */
    public UpdateMembershipRequest editable(long id) {
        Membership membership = require(id);
        return new UpdateMembershipRequest(START.editableDay(membership.getStart()), membership.getStartKind(),
                END.editableDay(membership.getEnd()), membership.getEndKind(), membership.getNote(),
                SourceService.codes(sources.citationsOf(Membership.class, List.of(id)).of(id)), null,
                START.editableEdtf(membership.getStart()), END.editableEdtf(membership.getEnd()),
                membership.getVerification());
    }

    @Transactional
    public Versioned<MembershipResponse> admit(String allianceCode, AdmitMemberRequest request) {
        HistoricalDate start = START.require(request.startDate(), request.startEdtf());
        HistoricalDate end = END.read(request.endDate(), request.endEdtf());
        Alliance alliance = alliances.require(allianceCode);
        MemberState state = states.requireReferenced(request.state(), "state");
        Membership membership = new Membership(alliance, state, start,
                request.startKind() != null ? request.startKind() : MembershipStartKind.ACCESSION,
                request.verification());
        membership.correct(start, membership.getStartKind(), end, request.endKind(), request.verification(),
                trimmed(request.note()));
        if (alliance.getDissolvedOn() != null && !membership.getStartDate().isBefore(alliance.getDissolvedOn())) {
            throw new ConflictException(ProblemType.ALLIANCE_DISSOLVED, alliance.getCode() + " was dissolved on "
                    + alliance.getDissolvedOn() + "; no period can start on or after that day.");
        }
        requireNoOverlap(alliance, state, null, membership.possibleDays());
        membership.cite(sources.resolve(request));
        memberships.saveAndFlush(membership);
        events.publishEvent(new MembershipPeriodsChanged(alliance, state));
        MembershipResponse after = snapshot(membership);
        changes.created("membership", membership.getId(), key(membership), after);
        return new Versioned<>(after, membership.getVersion());
    }

    @Transactional
    public Versioned<MembershipResponse> update(long id, ExpectedVersion expectedVersion,
            UpdateMembershipRequest request) {
        Membership membership = require(id);
        StaleVersionException.check("membership " + id, expectedVersion, membership.getVersion());
        MembershipResponse before = snapshot(membership);
        if (request.equals(editable(id))) {
            // It already reads so: no revision, no audit entry.
            return new Versioned<>(before, membership.getVersion());
        }
        HistoricalDate start = START.require(request.startDate(), request.startEdtf());
        HistoricalDate end = END.read(request.endDate(), request.endEdtf());
        HistoricalPeriod corrected = Membership.periodOf(start, end, request.endKind());
        for (MembershipAct act : acts.findOn(membership)) {
            if (act.getKind().endsMembership()
                    && (!act.getEffective().equals(end) || act.getKind().endKind() != request.endKind())) {
                throw new ConflictException(ProblemType.END_SET_BY_WITHDRAWAL,
                        "This period ends by the " + act.getKind() + " effective " + act.getEffectiveDate()
                                + " (withdrawal " + act.getId()
                                + "); correct or delete that act to move or remove the end.");
            }
            if (!act.getKind().endsMembership()
                    && !corrected.on(act.getEffective().possibleDays().first()).isPossible()) {
                throw new ConflictException(ProblemType.ACTS_OUTSIDE_PERIOD,
                        "The " + act.getKind() + " effective " + act.getEffectiveDate() + " (withdrawal " + act.getId()
                                + ") would fall outside the corrected period.");
            }
        }
        requireNoOverlap(membership.getAlliance(), membership.getMemberState(), id, possibleDays(corrected));
        var cited = sources.resolve(request);
        // All checks that query come first: the record changes once, so one write raises
        // its version by exactly one.
        membership.correct(start, request.startKind(), end, request.endKind(), request.verification(),
                trimmed(request.note()));
        membership.cite(cited);
        memberships.flush();
        events.publishEvent(new MembershipPeriodsChanged(membership.getAlliance(), membership.getMemberState()));
        MembershipResponse after = snapshot(membership);
        changes.updated("membership", id, key(membership), before, after);
        return new Versioned<>(after, membership.getVersion());
    }

    /** Deletes a period recorded in error. Its acts go first (409 otherwise). */
    @Transactional
    public void delete(long id, ExpectedVersion expectedVersion) {
        Membership membership = require(id);
        StaleVersionException.check("membership " + id, expectedVersion, membership.getVersion());
        List<MembershipAct> actsOnIt = acts.findOn(membership);
        if (!actsOnIt.isEmpty()) {
            throw new ConflictException(ProblemType.MEMBERSHIP_HAS_ACTS,
                    "Withdrawals, suspensions or " + "freezes are recorded on this period ("
                            + actsOnIt.stream().map(a -> String.valueOf(a.getId())).toList() + "); delete them first.");
        }
        MembershipResponse before = snapshot(membership);
        memberships.delete(membership);
        memberships.flush();
        events.publishEvent(new MembershipPeriodsChanged(membership.getAlliance(), membership.getMemberState()));
        changes.deleted("membership", id, key(membership), before);
    }

    /** The state's period in the alliance that covers {@code date}, if any. */
    Optional<Membership> periodOn(Alliance alliance, MemberState state, LocalDate date) {
        return memberships.findPeriods(alliance, state).stream().filter(m -> m.isInForceOn(date)).findFirst();
    }

    /**
     * The state's standing in the alliance on {@code date}; empty when no period of it is
     * in force that day.
     */
    public Optional<Standing> standingOn(Alliance alliance, MemberState state, LocalDate date) {
        return periodOn(alliance, state, date).map(period -> standingOn(period, date));
    }

    /** The member's standing on {@code date}, which its period must cover. */
    Standing standingOn(Membership membership, LocalDate date) {
        return Standing.on(date, membership, membership.getAlliance().getTreatyInForceOn(), acts.findOn(membership));
    }

    /**
     * 409 {@code membership-overlap} when a period of the state other than {@code id}
     * shares a day with {@code period}.
     */
    void requireNoOverlap(Alliance alliance, MemberState state, @Nullable Long id, Period period) {
        for (Membership other : memberships.findPeriods(alliance, state)) {
            if (!other.getId().equals(id) && other.overlaps(period)) {
                throw new ConflictException(ProblemType.MEMBERSHIP_OVERLAP,
                        state.getIso3() + " already holds a period in " + alliance.getCode() + " of "
                                + other.time().edtf() + " (membership " + other.getId()
                                + "); periods of one state in one alliance may not share, or possibly share, a day.");
            }
        }
    }

    /**
     * The period as its GET shows it (in English): the audit trail's before and after.
     */
    MembershipResponse snapshot(Membership membership) {
        return response(membership, Language.EN);
    }

    static String key(Membership membership) {
        return membership.getAlliance().getCode() + "/" + membership.getMemberState().getIso2() + "/"
                + membership.getStart().edtf();
    }

    /**
     * Every day a period with these dates may cover (see
     * {@link Membership#possibleDays}).
     */
    static Period possibleDays(HistoricalPeriod period) {
        HistoricalDate end = period.end();
        return new Period(period.start().possibleDays().first(), end == null ? null : end.possibleDays().last());
    }

    private MembershipResponse response(Membership membership, Language language) {
        memberships.flush();
        return MembershipResponse.of(membership, acts.findOn(membership),
                sources.citationsOf(Membership.class, List.of(membership.getId())).of(membership.getId()), language);
    }

    private Membership require(long id) {
        return memberships.findWithParents(id)
            .orElseThrow(() -> new RecordNotFoundException(ProblemType.MEMBERSHIP_NOT_FOUND, "membership", id));
    }

    private Page<MembershipResponse> withDetails(Page<Membership> page, Language language) {
        List<Long> ids = page.map(Membership::getId).getContent();
        Map<Long, List<MembershipAct>> actsByMembership = actsByMembership(ids);
        Citations citations = sources.citationsOf(Membership.class, ids);
        return page.map(membership -> MembershipResponse.of(membership,
                actsByMembership.getOrDefault(membership.getId(), List.of()), citations.of(membership.getId()),
                language));
    }

    private Map<Long, List<MembershipAct>> actsByMembership(List<Long> membershipIds) {
        if (membershipIds.isEmpty()) {
            return Map.of();
        }
        return acts.findOn(membershipIds).stream().collect(Collectors.groupingBy(act -> act.getMembership().getId()));
    }

    static @Nullable String trimmed(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

}
