package org.allianceregistry.withdrawal;

import org.allianceregistry.shared.ProblemType;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.alliance.AllianceService;
import org.allianceregistry.change.ChangeLog;
import org.allianceregistry.membership.Membership;
import org.allianceregistry.membership.MembershipEndKind;
import org.allianceregistry.membership.MembershipPeriodsChanged;
import org.allianceregistry.membership.MembershipResponse;
import org.allianceregistry.membership.MembershipWriteService;
import org.allianceregistry.membership.Withdrawal;
import org.allianceregistry.membership.WithdrawalKind;
import org.allianceregistry.shared.ConflictException;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.RecordNotFoundException;
import org.allianceregistry.shared.RuleViolationException;
import org.allianceregistry.shared.StaleVersionException;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.shared.Versioned;
import org.allianceregistry.source.Source;
import org.allianceregistry.source.SourceService;
import org.allianceregistry.source.SourceWriteService;
import org.allianceregistry.state.MemberState;
import org.allianceregistry.state.MemberStateService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, corrects and deletes withdrawals, non-renewals, suspensions and frozen
 * participations. An act needs a membership period in force on its effective date (409
 * {@code membership-not-in-force}); an ending act ends that period on the effective date,
 * moves its end when corrected and reopens it when deleted; a suspension or freeze
 * restricts it until lifted. On their face (422): the effective date is not before the
 * notice, only a suspension or freeze is lifted, and after it took effect.
 */
@Service
@Transactional
public class WithdrawalWriteService {

    private final WithdrawalRepository withdrawals;

    private final AllianceService alliances;

    private final MemberStateService states;

    private final MembershipWriteService memberships;

    private final SourceService sources;

    private final SourceWriteService citations;

    private final ChangeLog changes;

    private final ApplicationEventPublisher publisher;

    WithdrawalWriteService(WithdrawalRepository withdrawals, AllianceService alliances, MemberStateService states,
            MembershipWriteService memberships, SourceService sources, SourceWriteService citations, ChangeLog changes,
            ApplicationEventPublisher publisher) {
        this.withdrawals = withdrawals;
        this.alliances = alliances;
        this.states = states;
        this.memberships = memberships;
        this.sources = sources;
        this.citations = citations;
        this.changes = changes;
        this.publisher = publisher;
    }

    public Versioned<WithdrawalResponse> record(String allianceCode, RecordWithdrawalRequest request) {
        Alliance alliance = alliances.require(allianceCode);
        MemberState state = states.requireReferenced(request.state(), "state");
        WithdrawalKind kind = request.kind();
        checkFace(kind, request.noticeDate(), request.effectiveDate(), request.liftedOn());
        Membership membership = memberships.periodOn(alliance, state, request.effectiveDate())
            .orElseThrow(() -> notInForce(state, alliance, request.effectiveDate()));
        if (kind.endsMembership()) {
            requireEndable(membership, request.effectiveDate());
        }
        else {
            requireNotAlreadyRestricted(membership, kind, request.effectiveDate(), null);
        }
        Set<Source> cited = citations.resolve(request);
        MembershipResponse membershipBefore = kind.endsMembership() ? memberships.snapshot(membership) : null;
        Withdrawal act = new Withdrawal(membership, kind, request.noticeDate(), request.effectiveDate(),
                request.reason().trim());
        act.correct(request.noticeDate(), request.effectiveDate(), request.liftedOn(), request.reason().trim(),
                request.verification() != null ? request.verification() : Verification.VERIFIED,
                trimmed(request.note()));
        act.cite(cited);
        if (kind.endsMembership()) {
            membership.end(request.effectiveDate(), MembershipEndKind.valueOf(kind.name()));
        }
        withdrawals.saveAndFlush(act);
        publisher.publishEvent(new MembershipPeriodsChanged(alliance, state));
        WithdrawalResponse after = snapshot(act);
        changes.created("withdrawal", act.getId(), key(act), after);
        if (membershipBefore != null) {
            changes.updated("membership", membership.getId(), MembershipWriteService.key(membership), membershipBefore,
                    memberships.snapshot(membership));
        }
        return new Versioned<>(after, act.getVersion());
    }

    @Transactional(readOnly = true)
    public Versioned<WithdrawalResponse> get(long id, Language language) {
        Withdrawal act = require(id);
        return new Versioned<>(
                WithdrawalResponse.of(act, sources.citationsOf(Withdrawal.class, List.of(id)).of(id), language),
                act.getVersion());
    }

    @Transactional(readOnly = true)
    public UpdateWithdrawalRequest editable(long id) {
        Withdrawal act = require(id);
        return new UpdateWithdrawalRequest(act.getNoticeDate(), act.getEffectiveDate(), act.getLiftedOn(),
                act.getReason(), act.getVerification(), act.getNote(),
                SourceWriteService.codes(sources.citationsOf(Withdrawal.class, List.of(id)).of(id)), null);
    }

    public Versioned<WithdrawalResponse> update(long id, long expectedVersion, UpdateWithdrawalRequest request) {
        Withdrawal act = require(id);
        StaleVersionException.check("withdrawal " + id, expectedVersion, act.getVersion());
        WithdrawalResponse before = snapshot(act);
        if (request.equals(editable(id))) {
            return new Versioned<>(before, act.getVersion()); // it already reads so: no
                                                              // revision, no audit entry
        }
        Membership membership = act.getMembership();
        checkFace(act.getKind(), request.noticeDate(), request.effectiveDate(), request.liftedOn());
        boolean moves = !request.effectiveDate().equals(act.getEffectiveDate());
        MembershipResponse membershipBefore = null;
        if (act.getKind().endsMembership() && moves) {
            if (!request.effectiveDate().isAfter(membership.getStartDate())) {
                throw new ConflictException(ProblemType.MEMBERSHIP_NOT_IN_FORCE, "The period this act ends "
                        + "starts on " + membership.getStartDate() + "; it cannot end on or before that day.");
            }
            memberships.requireNoOverlap(membership.getAlliance(), membership.getMemberState(), membership.getId(),
                    membership.getStartDate(), request.effectiveDate());
            membershipBefore = memberships.snapshot(membership);
        }
        else if (!act.getKind().endsMembership()) {
            if (!membership.isInForceOn(request.effectiveDate())) {
                throw notInForce(membership.getMemberState(), membership.getAlliance(), request.effectiveDate());
            }
            requireNotAlreadyRestricted(membership, act.getKind(), request.effectiveDate(), id);
        }
        Set<Source> cited = citations.resolve(request);
        act.correct(request.noticeDate(), request.effectiveDate(), request.liftedOn(), request.reason().trim(),
                request.verification(), trimmed(request.note()));
        act.cite(cited);
        if (membershipBefore != null) {
            membership.reopen();
            membership.end(request.effectiveDate(), MembershipEndKind.valueOf(act.getKind().name()));
        }
        withdrawals.flush();
        publisher.publishEvent(new MembershipPeriodsChanged(membership.getAlliance(), membership.getMemberState()));
        WithdrawalResponse after = snapshot(act);
        changes.updated("withdrawal", id, key(act), before, after);
        if (membershipBefore != null) {
            changes.updated("membership", membership.getId(), MembershipWriteService.key(membership), membershipBefore,
                    memberships.snapshot(membership));
        }
        return new Versioned<>(after, act.getVersion());
    }

    /**
     * Deletes an act recorded in error; a period it ended is open again (409 if that
     * would overlap a later one).
     */
    public void delete(long id, long expectedVersion) {
        Withdrawal act = require(id);
        StaleVersionException.check("withdrawal " + id, expectedVersion, act.getVersion());
        Membership membership = act.getMembership();
        WithdrawalResponse before = snapshot(act);
        boolean reopens = act.getKind().endsMembership() && act.getEffectiveDate().equals(membership.getEndDate());
        MembershipResponse membershipBefore = null;
        if (reopens) {
            memberships.requireNoOverlap(membership.getAlliance(), membership.getMemberState(), membership.getId(),
                    membership.getStartDate(), null);
            membershipBefore = memberships.snapshot(membership);
            membership.reopen();
        }
        withdrawals.delete(act);
        withdrawals.flush();
        publisher.publishEvent(new MembershipPeriodsChanged(membership.getAlliance(), membership.getMemberState()));
        changes.deleted("withdrawal", id, key(act), before);
        if (membershipBefore != null) {
            changes.updated("membership", membership.getId(), MembershipWriteService.key(membership), membershipBefore,
                    memberships.snapshot(membership));
        }
    }

    private void requireEndable(Membership membership, LocalDate effective) {
        if (membership.getEndDate() != null) {
            throw new ConflictException(ProblemType.MEMBERSHIP_ALREADY_ENDED,
                    "The period from " + membership.getStartDate() + " already ends on " + membership.getEndDate()
                            + " (" + membership.getEndKind() + "); correct that end instead.");
        }
        if (!effective.isAfter(membership.getStartDate())) {
            throw new ConflictException(ProblemType.MEMBERSHIP_NOT_IN_FORCE, "The period starts on " + effective
                    + "; a withdrawal effective that day would leave it empty. Delete the period instead.");
        }
    }

    private void requireNotAlreadyRestricted(Membership membership, WithdrawalKind kind, LocalDate effective,
            @Nullable Long self) {
        for (Withdrawal other : withdrawals.findByMembership(membership)) {
            if (!other.getId().equals(self) && other.getKind() == kind
                    && (other.restricts(effective) || other.getEffectiveDate().equals(effective))) {
                throw new ConflictException(ProblemType.ALREADY_RESTRICTED,
                        "A " + kind + " effective " + other.getEffectiveDate() + " (withdrawal " + other.getId()
                                + ") is in force on " + effective + "; lift or correct it instead.");
            }
        }
    }

    private static void checkFace(WithdrawalKind kind, @Nullable LocalDate notice, LocalDate effective,
            @Nullable LocalDate lifted) {
        if (notice != null && effective.isBefore(notice)) {
            throw new RuleViolationException(ProblemType.EFFECTIVE_BEFORE_NOTICE,
                    "effectiveDate " + effective + " precedes noticeDate " + notice + ".", "effectiveDate");
        }
        if (lifted != null && kind.endsMembership()) {
            throw new RuleViolationException(ProblemType.NOT_LIFTABLE, "A " + kind + " ends the membership and "
                    + "cannot be lifted; a return is a new membership period.", "liftedOn");
        }
        if (lifted != null && !lifted.isAfter(effective)) {
            throw new RuleViolationException(ProblemType.LIFTED_BEFORE_EFFECTIVE,
                    "liftedOn " + lifted + " must follow effectiveDate " + effective + ".", "liftedOn");
        }
    }

    private static ConflictException notInForce(MemberState state, Alliance alliance, LocalDate date) {
        return new ConflictException(ProblemType.MEMBERSHIP_NOT_IN_FORCE, state.getIso3()
                + " holds no membership period in " + alliance.getCode() + " in force on " + date + ".");
    }

    private WithdrawalResponse snapshot(Withdrawal act) {
        withdrawals.flush();
        return WithdrawalResponse.of(act, sources.citationsOf(Withdrawal.class, List.of(act.getId())).of(act.getId()),
                Language.EN);
    }

    private Withdrawal require(long id) {
        return withdrawals.findWithMembership(id)
            .orElseThrow(() -> new RecordNotFoundException(ProblemType.WITHDRAWAL_NOT_FOUND, "withdrawal", id));
    }

    private static String key(Withdrawal act) {
        return MembershipWriteService.key(act.getMembership()) + "/" + act.getKind() + "/" + act.getEffectiveDate();
    }

    private static @Nullable String trimmed(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

}
