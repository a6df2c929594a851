package org.allianceregistry.membership;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.alliance.AllianceService;
import org.allianceregistry.change.ChangeLog;
import org.allianceregistry.shared.ConflictException;
import org.allianceregistry.shared.ExpectedVersion;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.HistoricalDate;
import org.allianceregistry.shared.HistoricalPeriod;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RecordNotFoundException;
import org.allianceregistry.shared.StaleVersionException;
import org.allianceregistry.shared.Versioned;
import org.allianceregistry.source.Citations;
import org.allianceregistry.source.Source;
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
 * Withdrawals, non-renewals, suspensions and frozen participations: listed, recorded,
 * corrected and deleted. An act needs a membership period in force on its effective date
 * (409 {@code membership-not-in-force}); an ending act ends that period on the effective
 * date, moves its end when corrected and reopens it when deleted; a suspension or freeze
 * restricts it until lifted, and no two of one kind are in force at once (409). The rules
 * on an act's face are the entity's ({@link MembershipAct#checkDates}). Every change
 * publishes {@link MembershipPeriodsChanged} before it commits.
 */
@Service
@Transactional(readOnly = true)
public class MembershipActService {

    private static final DateInput NOTICE = DateInput.starting("noticeDate", "noticeEdtf");

    private static final DateInput LIFTED = DateInput.ending("liftedOn", "liftedEdtf");

    private final MembershipActRepository acts;

    private final MembershipService memberships;

    private final AllianceService alliances;

    private final MemberStateService states;

    private final SourceService sources;

    private final ChangeLog changes;

    private final ApplicationEventPublisher events;

    MembershipActService(MembershipActRepository acts, MembershipService memberships, AllianceService alliances,
            MemberStateService states, SourceService sources, ChangeLog changes, ApplicationEventPublisher events) {
        this.acts = acts;
        this.memberships = memberships;
        this.alliances = alliances;
        this.states = states;
        this.sources = sources;
        this.changes = changes;
        this.events = events;
    }

    /** The alliance's acts of the given kinds (all kinds when empty). */
    public Page<WithdrawalResponse> list(String allianceCode, Set<MembershipActKind> kinds, Pageable pageable,
            Language language) {
        Alliance alliance = alliances.require(allianceCode);
        Set<MembershipActKind> wanted = kinds.isEmpty() ? EnumSet.allOf(MembershipActKind.class) : kinds;
        Page<MembershipAct> page = acts.findByAlliance(alliance, wanted, pageable);
        Citations cited = sources.citationsOf(MembershipAct.class, page.map(MembershipAct::getId).getContent());
        return page.map(act -> WithdrawalResponse.of(act, cited.of(act.getId()), language));
    }

    public Versioned<WithdrawalResponse> get(long id, Language language) {
        MembershipAct act = require(id);
        return new Versioned<>(
                WithdrawalResponse.of(act, sources.citationsOf(MembershipAct.class, List.of(id)).of(id), language),
                act.getVersion());
    }

    /** The act's correctable fields as they are: what a PATCH is merged into. */
    public UpdateWithdrawalRequest editable(long id) {
        MembershipAct act = require(id);
        DateInput effective = effective(act.getKind());
        return new UpdateWithdrawalRequest(NOTICE.editableDay(act.getNotice()),
                effective.editableDay(act.getEffective()), LIFTED.editableDay(act.getLifted()), act.getReason(),
                act.getVerification(), act.getNote(),
                SourceService.codes(sources.citationsOf(MembershipAct.class, List.of(id)).of(id)), null,
                NOTICE.editableEdtf(act.getNotice()), effective.editableEdtf(act.getEffective()),
                LIFTED.editableEdtf(act.getLifted()));
    }

    @Transactional
    public Versioned<WithdrawalResponse> record(String allianceCode, RecordWithdrawalRequest request) {
        MembershipActKind kind = request.kind();
        HistoricalDate notice = NOTICE.read(request.noticeDate(), request.noticeEdtf());
        HistoricalDate effective = effective(kind).require(request.effectiveDate(), request.effectiveEdtf());
        HistoricalDate lifted = LIFTED.read(request.liftedOn(), request.liftedEdtf());
        Alliance alliance = alliances.require(allianceCode);
        MemberState state = states.requireReferenced(request.state(), "state");
        MembershipAct.checkDates(kind, notice, effective, lifted);
        LocalDate firstDay = effective.possibleDays().first();
        Membership membership = memberships.periodOn(alliance, state, firstDay)
            .orElseThrow(() -> notInForce(state, alliance, effective));
        MembershipResponse membershipBefore = null;
        if (kind.endsMembership()) {
            membershipBefore = memberships.snapshot(membership);
            membership.end(effective, kind.endKind());
        }
        else {
            requireNotAlreadyRestricted(membership, kind, effective, null);
        }
        Set<Source> cited = sources.resolve(request);
        MembershipAct act = new MembershipAct(membership, kind, notice, effective, request.reason().trim(),
                request.verification());
        act.correct(notice, effective, lifted, request.reason().trim(), request.verification(),
                MembershipService.trimmed(request.note()));
        act.cite(cited);
        acts.saveAndFlush(act);
        events.publishEvent(new MembershipPeriodsChanged(alliance, state));
        WithdrawalResponse after = snapshot(act);
        changes.created("withdrawal", act.getId(), key(act), after);
        if (membershipBefore != null) {
            changes.updated("membership", membership.getId(), MembershipService.key(membership), membershipBefore,
                    memberships.snapshot(membership));
        }
        return new Versioned<>(after, act.getVersion());
    }

    @Transactional
    public Versioned<WithdrawalResponse> update(long id, ExpectedVersion expectedVersion,
            UpdateWithdrawalRequest request) {
        MembershipAct act = require(id);
        StaleVersionException.check("withdrawal " + id, expectedVersion, act.getVersion());
        WithdrawalResponse before = snapshot(act);
        if (request.equals(editable(id))) {
            // It already reads so: no revision, no audit entry.
            return new Versioned<>(before, act.getVersion());
        }
        Membership membership = act.getMembership();
        HistoricalDate notice = NOTICE.read(request.noticeDate(), request.noticeEdtf());
        HistoricalDate effective = effective(act.getKind()).require(request.effectiveDate(), request.effectiveEdtf());
        HistoricalDate lifted = LIFTED.read(request.liftedOn(), request.liftedEdtf());
        MembershipAct.checkDates(act.getKind(), notice, effective, lifted);
        boolean moves = !effective.equals(act.getEffective());
        MembershipResponse membershipBefore = null;
        if (act.getKind().endsMembership() && moves) {
            HistoricalPeriod moved = membership.endingOn(effective);
            memberships.requireNoOverlap(membership.getAlliance(), membership.getMemberState(), membership.getId(),
                    MembershipService.possibleDays(moved));
            membershipBefore = memberships.snapshot(membership);
        }
        else if (!act.getKind().endsMembership()) {
            if (!membership.isInForceOn(effective.possibleDays().first())) {
                throw notInForce(membership.getMemberState(), membership.getAlliance(), effective);
            }
            requireNotAlreadyRestricted(membership, act.getKind(), effective, id);
        }
        Set<Source> cited = sources.resolve(request);
        // All checks that query come first: each record changes once.
        act.correct(notice, effective, lifted, request.reason().trim(), request.verification(),
                MembershipService.trimmed(request.note()));
        act.cite(cited);
        if (membershipBefore != null) {
            membership.moveEnd(effective, act.getKind().endKind());
        }
        acts.flush();
        events.publishEvent(new MembershipPeriodsChanged(membership.getAlliance(), membership.getMemberState()));
        WithdrawalResponse after = snapshot(act);
        changes.updated("withdrawal", id, key(act), before, after);
        if (membershipBefore != null) {
            changes.updated("membership", membership.getId(), MembershipService.key(membership), membershipBefore,
                    memberships.snapshot(membership));
        }
        return new Versioned<>(after, act.getVersion());
    }

    /**
     * Deletes an act recorded in error; a period it ended is open again (409 if that
     * would overlap a later one).
     */
    @Transactional
    public void delete(long id, ExpectedVersion expectedVersion) {
        MembershipAct act = require(id);
        StaleVersionException.check("withdrawal " + id, expectedVersion, act.getVersion());
        Membership membership = act.getMembership();
        WithdrawalResponse before = snapshot(act);
        boolean reopens = act.getKind().endsMembership() && act.getEffective().equals(membership.getEnd());
        MembershipResponse membershipBefore = null;
        if (reopens) {
            memberships.requireNoOverlap(membership.getAlliance(), membership.getMemberState(), membership.getId(),
                    MembershipService.possibleDays(new HistoricalPeriod(membership.getStart(), null)));
            membershipBefore = memberships.snapshot(membership);
            membership.reopen();
        }
        acts.delete(act);
        acts.flush();
        events.publishEvent(new MembershipPeriodsChanged(membership.getAlliance(), membership.getMemberState()));
        changes.deleted("withdrawal", id, key(act), before);
        if (membershipBefore != null) {
            changes.updated("membership", membership.getId(), MembershipService.key(membership), membershipBefore,
                    memberships.snapshot(membership));
        }
    }

    /**
     * 409 {@code already-restricted} when another act of the same kind on the period is
     * in force on {@code effective} or takes effect that day.
     */
    private void requireNotAlreadyRestricted(Membership membership, MembershipActKind kind, HistoricalDate effective,
            @Nullable Long self) {
        LocalDate firstDay = effective.possibleDays().first();
        for (MembershipAct other : acts.findOn(membership)) {
            if (!other.getId().equals(self) && other.getKind() == kind
                    && (other.restricts(firstDay) || other.getEffective().equals(effective))) {
                throw new ConflictException(ProblemType.ALREADY_RESTRICTED,
                        "A " + kind + " effective " + other.getEffective() + " (withdrawal " + other.getId()
                                + ") is in force on " + effective + "; lift or correct it instead.");
            }
        }
    }

    /**
     * The effective date's legacy day: the first day a restriction applies, the last day
     * an end can be.
     */
    private static DateInput effective(MembershipActKind kind) {
        return kind.endsMembership() ? DateInput.ending("effectiveDate", "effectiveEdtf")
                : DateInput.starting("effectiveDate", "effectiveEdtf");
    }

    private static ConflictException notInForce(MemberState state, Alliance alliance, HistoricalDate date) {
        return new ConflictException(ProblemType.MEMBERSHIP_NOT_IN_FORCE, state.getIso3()
                + " holds no membership period in " + alliance.getCode() + " in force on " + date + ".");
    }

    private WithdrawalResponse snapshot(MembershipAct act) {
        acts.flush();
        return WithdrawalResponse.of(act,
                sources.citationsOf(MembershipAct.class, List.of(act.getId())).of(act.getId()), Language.EN);
    }

    private MembershipAct require(long id) {
        return acts.findWithMembership(id)
            .orElseThrow(() -> new RecordNotFoundException(ProblemType.WITHDRAWAL_NOT_FOUND, "withdrawal", id));
    }

    private static String key(MembershipAct act) {
        return MembershipService.key(act.getMembership()) + "/" + act.getKind() + "/" + act.getEffective().edtf();
    }

}
