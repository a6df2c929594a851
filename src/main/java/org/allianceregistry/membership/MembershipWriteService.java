package org.allianceregistry.membership;

import org.allianceregistry.shared.ProblemType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.alliance.AllianceService;
import org.allianceregistry.change.ChangeLog;
import org.allianceregistry.shared.ConflictException;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.RecordNotFoundException;
import org.allianceregistry.shared.RuleViolationException;
import org.allianceregistry.shared.StaleVersionException;
import org.allianceregistry.shared.Versioned;
import org.allianceregistry.source.SourceService;
import org.allianceregistry.source.SourceWriteService;
import org.allianceregistry.state.MemberState;
import org.allianceregistry.state.MemberStateService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admits, corrects and deletes membership periods, and answers the questions other
 * features' writes ask about them (which period covers a day, the member's standing).
 * Rules: no two periods of one state in one alliance share a day (409); an end follows
 * the start (422); an end set by a withdrawal or non-renewal moves only with that act
 * (409); a period's acts and the state's chair terms must stay inside its periods (409).
 */
@Service
@Transactional
public class MembershipWriteService {

    private final MembershipRepository memberships;

    private final AllianceService alliances;

    private final MemberStateService states;

    private final SourceService sources;

    private final SourceWriteService citations;

    private final ChangeLog changes;

    private final ApplicationEventPublisher publisher;

    MembershipWriteService(MembershipRepository memberships, AllianceService alliances, MemberStateService states,
            SourceService sources, SourceWriteService citations, ChangeLog changes,
            ApplicationEventPublisher publisher) {
        this.memberships = memberships;
        this.alliances = alliances;
        this.states = states;
        this.sources = sources;
        this.citations = citations;
        this.changes = changes;
        this.publisher = publisher;
    }

    public Versioned<MembershipResponse> admit(String allianceCode, AdmitMemberRequest request) {
        Alliance alliance = alliances.require(allianceCode);
        MemberState state = states.requireReferenced(request.state(), "state");
        checkDates(request.startDate(), request.endDate(), request.endKind());
        if (alliance.getDissolvedOn() != null && !request.startDate().isBefore(alliance.getDissolvedOn())) {
            throw new ConflictException(ProblemType.ALLIANCE_DISSOLVED, alliance.getCode() + " was dissolved on "
                    + alliance.getDissolvedOn() + "; no period can start on or after that day.");
        }
        Membership membership = new Membership(alliance, state, request.startDate(),
                request.startKind() != null ? request.startKind() : MembershipStartKind.ACCESSION);
        membership.correct(request.startDate(), membership.getStartKind(), request.endDate(), request.endKind(),
                trimmed(request.note()));
        requireNoOverlap(membership);
        membership.cite(citations.resolve(request));
        memberships.saveAndFlush(membership);
        publisher.publishEvent(new MembershipPeriodsChanged(alliance, state));
        MembershipResponse after = snapshot(membership);
        changes.created("membership", membership.getId(), key(membership), after);
        return new Versioned<>(after, membership.getVersion());
    }

    @Transactional(readOnly = true)
    public Versioned<MembershipResponse> get(long id, Language language) {
        Membership membership = require(id);
        return new Versioned<>(response(membership, language), membership.getVersion());
    }

    /** The period's correctable fields as they are: what a PATCH is merged into. */
    @Transactional(readOnly = true)
    public UpdateMembershipRequest editable(long id) {
        Membership membership = require(id);
        return new UpdateMembershipRequest(membership.getStartDate(), membership.getStartKind(),
                membership.getEndDate(), membership.getEndKind(), membership.getNote(),
                SourceWriteService.codes(sources.citationsOf(Membership.class, List.of(id)).of(id)), null);
    }

    public Versioned<MembershipResponse> update(long id, long expectedVersion, UpdateMembershipRequest request) {
        Membership membership = require(id);
        StaleVersionException.check("membership " + id, expectedVersion, membership.getVersion());
        MembershipResponse before = snapshot(membership);
        if (request.equals(editable(id))) {
            return new Versioned<>(before, membership.getVersion()); // it already reads
                                                                     // so: no revision,
                                                                     // no audit entry
        }
        checkDates(request.startDate(), request.endDate(), request.endKind());
        for (Withdrawal act : memberships.findActsOn(membership)) {
            if (act.getKind().endsMembership() && (!act.getEffectiveDate().equals(request.endDate())
                    || request.endKind() == null || !act.getKind().name().equals(request.endKind().name()))) {
                throw new ConflictException(ProblemType.END_SET_BY_WITHDRAWAL,
                        "This period ends by the " + act.getKind() + " effective " + act.getEffectiveDate()
                                + " (withdrawal " + act.getId()
                                + "); correct or delete that act to move or remove the end.");
            }
            boolean inside = !act.getEffectiveDate().isBefore(request.startDate())
                    && (request.endDate() == null || act.getEffectiveDate().isBefore(request.endDate()));
            if (!act.getKind().endsMembership() && !inside) {
                throw new ConflictException(ProblemType.ACTS_OUTSIDE_PERIOD,
                        "The " + act.getKind() + " effective " + act.getEffectiveDate() + " (withdrawal " + act.getId()
                                + ") would fall outside the corrected period.");
            }
        }
        requireNoOverlap(membership.getAlliance(), membership.getMemberState(), id, request.startDate(),
                request.endDate());
        var cited = citations.resolve(request);
        // All checks that query come first: the record changes once, so one write raises
        // its version by exactly one.
        membership.correct(request.startDate(), request.startKind(), request.endDate(), request.endKind(),
                trimmed(request.note()));
        membership.cite(cited);
        memberships.flush();
        publisher.publishEvent(new MembershipPeriodsChanged(membership.getAlliance(), membership.getMemberState()));
        MembershipResponse after = snapshot(membership);
        changes.updated("membership", id, key(membership), before, after);
        return new Versioned<>(after, membership.getVersion());
    }

    /**
     * Deletes a period recorded in error. Its acts go first (409 otherwise), and no chair
     * term may rest on it.
     */
    public void delete(long id, long expectedVersion) {
        Membership membership = require(id);
        StaleVersionException.check("membership " + id, expectedVersion, membership.getVersion());
        List<Withdrawal> acts = memberships.findActsOn(membership);
        if (!acts.isEmpty()) {
            throw new ConflictException(ProblemType.MEMBERSHIP_HAS_ACTS,
                    "Withdrawals, suspensions or " + "freezes are recorded on this period ("
                            + acts.stream().map(a -> String.valueOf(a.getId())).toList() + "); delete them first.");
        }
        MembershipResponse before = snapshot(membership);
        memberships.delete(membership);
        memberships.flush();
        publisher.publishEvent(new MembershipPeriodsChanged(membership.getAlliance(), membership.getMemberState()));
        changes.deleted("membership", id, key(membership), before);
    }

    /** The state's period in the alliance that covers {@code date}, if any. */
    @Transactional(readOnly = true)
    public Optional<Membership> periodOn(Alliance alliance, MemberState state, LocalDate date) {
        return memberships.findPeriods(alliance, state).stream().filter(m -> m.isInForceOn(date)).findFirst();
    }

    /** The member's standing on {@code date}, which its period must cover. */
    @Transactional(readOnly = true)
    public Standing standingOn(Membership membership, LocalDate date) {
        return Standing.on(date, membership, membership.getAlliance().getTreatyInForceOn(),
                memberships.findActsOn(membership));
    }

    /**
     * 409 {@code membership-overlap} when another period of the same state in the same
     * alliance shares a day with it.
     */
    public void requireNoOverlap(Membership membership) {
        requireNoOverlap(membership.getAlliance(), membership.getMemberState(), membership.getId(),
                membership.getStartDate(), membership.getEndDate());
    }

    /**
     * 409 {@code membership-overlap} when a period of the state other than {@code id}
     * shares a day with [start, end).
     */
    public void requireNoOverlap(Alliance alliance, MemberState state, @Nullable Long id, LocalDate start,
            @Nullable LocalDate end) {
        for (Membership other : memberships.findPeriods(alliance, state)) {
            if (!other.getId().equals(id) && other.overlaps(start, end)) {
                throw new ConflictException(ProblemType.MEMBERSHIP_OVERLAP, state.getIso3()
                        + " already holds a period in " + alliance.getCode() + " from " + other.getStartDate()
                        + (other.getEndDate() != null ? " to " + other.getEndDate() : " (open)") + " (membership "
                        + other.getId() + "); periods of one state in one alliance may not overlap.");
            }
        }
    }

    /**
     * 409 {@code chair-not-a-member} when a chair term of the state would begin outside
     * all its periods.
     */
    public void requireChairTermsCovered(Alliance alliance, MemberState state) {
        List<String> terms = memberships.findChairTermsOutsidePeriods(alliance.getId(), state.getId());
        if (!terms.isEmpty()) {
            throw new ConflictException(ProblemType.CHAIR_NOT_A_MEMBER,
                    state.getIso3() + " chaired " + alliance.getCode() + " in " + terms
                            + "; it must stay a member on the first day of each of those terms.");
        }
    }

    /**
     * The period as its GET shows it (in English): the audit trail's before and after.
     */
    @Transactional(readOnly = true)
    public MembershipResponse snapshot(Membership membership) {
        return response(membership, Language.EN);
    }

    public static String key(Membership membership) {
        return membership.getAlliance().getCode() + "/" + membership.getMemberState().getIso2() + "/"
                + membership.getStartDate();
    }

    private MembershipResponse response(Membership membership, Language language) {
        memberships.flush();
        return MembershipResponse.of(membership, memberships.findActsOn(membership),
                sources.citationsOf(Membership.class, List.of(membership.getId())).of(membership.getId()), language);
    }

    private Membership require(long id) {
        return memberships.findWithParents(id)
            .orElseThrow(() -> new RecordNotFoundException(ProblemType.MEMBERSHIP_NOT_FOUND, "membership", id));
    }

    private static void checkDates(LocalDate start, @Nullable LocalDate end, @Nullable MembershipEndKind endKind) {
        if (end != null && !end.isAfter(start)) {
            throw new RuleViolationException(ProblemType.END_BEFORE_START, "endDate " + end
                    + " must be after startDate " + start + " (it is the first day no longer a member).", "endDate");
        }
        if ((end == null) != (endKind == null)) {
            throw new RuleViolationException(ProblemType.END_KIND_MISMATCH,
                    "endDate and endKind go together: " + "give both for an ended period, neither for an open one.",
                    end == null ? "endDate" : "endKind");
        }
    }

    private static @Nullable String trimmed(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

}
