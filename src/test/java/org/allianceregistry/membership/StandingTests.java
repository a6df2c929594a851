package org.allianceregistry.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import org.allianceregistry.shared.Certainty;
import org.allianceregistry.shared.EndStatus;
import org.allianceregistry.shared.HistoricalDate;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RuleViolationException;
import org.allianceregistry.shared.Verification;
import org.junit.jupiter.api.Test;

class StandingTests {

    private static final LocalDate TREATY_IN_FORCE = LocalDate.of(1994, 4, 20);

    @Test
    void aSignatoryIsNotYetAnActiveMemberBeforeTheTreatyIsInForce() {
        Membership armenia = membership(LocalDate.of(1992, 5, 15));

        Standing before = Standing.on(LocalDate.of(1994, 4, 19), armenia, TREATY_IN_FORCE, List.of());
        Standing on = Standing.on(TREATY_IN_FORCE, armenia, TREATY_IN_FORCE, List.of());

        assertThat(before.status()).isEqualTo(MembershipStatus.SIGNATORY);
        assertThat(on.status()).isEqualTo(MembershipStatus.ACTIVE);
    }

    @Test
    void aSuspensionKeepsTheStateAMemberButSuspendedFromItsEffectiveDate() {
        Membership uzbekistan = membership(LocalDate.of(2006, 8, 16));
        MembershipAct suspension = act(uzbekistan, MembershipActKind.SUSPENSION, LocalDate.of(2012, 6, 20),
                LocalDate.of(2012, 12, 19));

        Standing dayBefore = Standing.on(LocalDate.of(2012, 12, 18), uzbekistan, TREATY_IN_FORCE, List.of(suspension));
        Standing dayOf = Standing.on(LocalDate.of(2012, 12, 19), uzbekistan, TREATY_IN_FORCE, List.of(suspension));

        assertThat(dayBefore.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(dayOf.status()).isEqualTo(MembershipStatus.SUSPENDED);
        assertThat(dayOf.suspendedSince()).isEqualTo(LocalDate.of(2012, 12, 19));
        assertThat(uzbekistan.isInForceOn(LocalDate.of(2030, 1, 1))).isTrue();
    }

    @Test
    void aFrozenParticipationLeavesTheMemberActiveAndIsReported() {
        Membership armenia = membership(LocalDate.of(1992, 5, 15));
        MembershipAct freeze = act(armenia, MembershipActKind.PARTICIPATION_FROZEN, null, LocalDate.of(2024, 2, 22));

        Standing standing = Standing.on(LocalDate.of(2025, 1, 1), armenia, TREATY_IN_FORCE, List.of(freeze));

        assertThat(standing.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(standing.participationFrozenSince()).isEqualTo(LocalDate.of(2024, 2, 22));
        assertThat(standing.suspendedSince()).isNull();
    }

    @Test
    void aLiftedSuspensionNoLongerRestricts() {
        Membership member = membership(LocalDate.of(2000, 1, 1));
        MembershipAct suspension = act(member, MembershipActKind.SUSPENSION, null, LocalDate.of(2010, 1, 1));
        suspension.lift(HistoricalDate.day(LocalDate.of(2011, 1, 1)));

        assertThat(suspension.restricts(LocalDate.of(2010, 12, 31))).isTrue();
        assertThat(suspension.restricts(LocalDate.of(2011, 1, 1))).isFalse();
    }

    @Test
    void aWithdrawalEndsThePeriodOnItsEffectiveDateRatherThanRestrictingIt() {
        Membership albania = membership(LocalDate.of(1955, 5, 14));
        MembershipAct withdrawal = act(albania, MembershipActKind.WITHDRAWAL, null, LocalDate.of(1968, 9, 13));

        albania.end(withdrawal.getEffective(), MembershipEndKind.WITHDRAWAL);

        assertThat(withdrawal.restricts(LocalDate.of(1968, 9, 13))).isFalse();
        assertThat(albania.isInForceOn(LocalDate.of(1968, 9, 12))).isTrue();
        assertThat(albania.isInForceOn(LocalDate.of(1968, 9, 13))).isFalse();
    }

    @Test
    void rejectsAnEffectiveDateBeforeTheNotice() {
        Membership member = membership(LocalDate.of(2000, 1, 1));

        assertThatExceptionOfType(RuleViolationException.class)
            .isThrownBy(
                    () -> act(member, MembershipActKind.WITHDRAWAL, LocalDate.of(2020, 6, 1), LocalDate.of(2020, 5, 1)))
            .satisfies(e -> assertThat(e.type()).isEqualTo(ProblemType.EFFECTIVE_BEFORE_NOTICE))
            .satisfies(e -> assertThat(e.parameter()).isEqualTo("effectiveDate"));
    }

    @Test
    void rejectsAStandingOutsideThePeriod() {
        Membership member = membership(LocalDate.of(2000, 1, 1));

        assertThatIllegalArgumentException()
            .isThrownBy(() -> Standing.on(LocalDate.of(1999, 12, 31), member, null, List.of()));
    }

    @Test
    void aRefusalToFinanceLeavesTheMemberActiveAndIsReportedBesideTheFreeze() {
        Membership armenia = membership(LocalDate.of(1992, 5, 15));
        MembershipAct freeze = act(armenia, MembershipActKind.PARTICIPATION_FROZEN, null, LocalDate.of(2024, 2, 22));
        MembershipAct financing = act(armenia, MembershipActKind.FINANCING_REFUSED, LocalDate.of(2025, 3, 31),
                LocalDate.of(2024, 5, 8));

        Standing before = Standing.on(LocalDate.of(2024, 5, 7), armenia, TREATY_IN_FORCE, List.of(freeze, financing));
        Standing after = Standing.on(LocalDate.of(2024, 5, 8), armenia, TREATY_IN_FORCE, List.of(freeze, financing));

        assertThat(before.financingRefusedSince()).isNull();
        assertThat(after.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(after.financingRefusedSince()).isEqualTo(LocalDate.of(2024, 5, 8));
        assertThat(after.participationFrozenSince()).isEqualTo(LocalDate.of(2024, 2, 22));
    }

    @Test
    void aStateOwnPostureMayBeNotifiedAfterItBeganButASuspensionMayNot() {
        Membership member = membership(LocalDate.of(2000, 1, 1));

        MembershipAct financing = act(member, MembershipActKind.FINANCING_REFUSED, LocalDate.of(2025, 3, 31),
                LocalDate.of(2024, 5, 8));

        assertThat(financing.getNoticeDate()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(
                () -> act(member, MembershipActKind.SUSPENSION, LocalDate.of(2025, 3, 31), LocalDate.of(2024, 5, 8)))
            .satisfies(e -> assertThat(e.type()).isEqualTo(ProblemType.EFFECTIVE_BEFORE_NOTICE));
    }

    @Test
    void aPeriodEndedInAKnownYearIsPossiblyInForceThatYearAndItsLegacyEndIsTheLastDayItCanBe() {
        Membership member = new Membership(null, null, HistoricalDate.day(LocalDate.of(1955, 5, 14)),
                MembershipStartKind.ORIGINAL_SIGNATORY, Verification.VERIFIED);

        member.end(HistoricalDate.year(1968), MembershipEndKind.WITHDRAWAL);

        assertThat(member.on(LocalDate.of(1967, 12, 31))).isEqualTo(Certainty.CERTAIN);
        assertThat(member.on(LocalDate.of(1968, 6, 1))).isEqualTo(Certainty.POSSIBLE);
        assertThat(member.on(LocalDate.of(1968, 12, 31))).isEqualTo(Certainty.NONE);
        assertThat(member.getEndDate()).isEqualTo(LocalDate.of(1968, 12, 31));
        assertThat(member.time().endStatus()).isEqualTo(EndStatus.ENDED_ON_UNCERTAIN_DAY);
        assertThat(Standing.on(LocalDate.of(1968, 6, 1), member, null, List.of()).status())
            .isEqualTo(MembershipStatus.ACTIVE);
    }

    private static Membership membership(LocalDate start) {
        return new Membership(null, null, HistoricalDate.day(start), MembershipStartKind.ORIGINAL_SIGNATORY,
                Verification.VERIFIED);
    }

    private static MembershipAct act(Membership membership, MembershipActKind kind, LocalDate notice,
            LocalDate effective) {
        return new MembershipAct(membership, kind, notice == null ? null : HistoricalDate.day(notice),
                HistoricalDate.day(effective), kind + " for a test", Verification.VERIFIED);
    }

}
