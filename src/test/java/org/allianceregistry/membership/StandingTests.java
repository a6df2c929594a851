package org.allianceregistry.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RuleViolationException;
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
        MembershipAct suspension = new MembershipAct(uzbekistan, MembershipActKind.SUSPENSION,
                LocalDate.of(2012, 6, 20), LocalDate.of(2012, 12, 19), "suspended by the council");

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
        MembershipAct freeze = new MembershipAct(armenia, MembershipActKind.PARTICIPATION_FROZEN, null,
                LocalDate.of(2024, 2, 22), "frozen");

        Standing standing = Standing.on(LocalDate.of(2025, 1, 1), armenia, TREATY_IN_FORCE, List.of(freeze));

        assertThat(standing.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(standing.participationFrozenSince()).isEqualTo(LocalDate.of(2024, 2, 22));
        assertThat(standing.suspendedSince()).isNull();
    }

    @Test
    void aLiftedSuspensionNoLongerRestricts() {
        Membership member = membership(LocalDate.of(2000, 1, 1));
        MembershipAct suspension = new MembershipAct(member, MembershipActKind.SUSPENSION, null,
                LocalDate.of(2010, 1, 1), "suspended");
        suspension.lift(LocalDate.of(2011, 1, 1));

        assertThat(suspension.restricts(LocalDate.of(2010, 12, 31))).isTrue();
        assertThat(suspension.restricts(LocalDate.of(2011, 1, 1))).isFalse();
    }

    @Test
    void aWithdrawalEndsThePeriodOnItsEffectiveDateRatherThanRestrictingIt() {
        Membership albania = membership(LocalDate.of(1955, 5, 14));
        MembershipAct withdrawal = new MembershipAct(albania, MembershipActKind.WITHDRAWAL, null,
                LocalDate.of(1968, 9, 13), "left");

        albania.end(withdrawal.getEffectiveDate(), MembershipEndKind.WITHDRAWAL);

        assertThat(withdrawal.restricts(LocalDate.of(1968, 9, 13))).isFalse();
        assertThat(albania.isInForceOn(LocalDate.of(1968, 9, 12))).isTrue();
        assertThat(albania.isInForceOn(LocalDate.of(1968, 9, 13))).isFalse();
    }

    @Test
    void rejectsAnEffectiveDateBeforeTheNotice() {
        Membership member = membership(LocalDate.of(2000, 1, 1));

        assertThatExceptionOfType(RuleViolationException.class)
            .isThrownBy(() -> new MembershipAct(member, MembershipActKind.WITHDRAWAL, LocalDate.of(2020, 6, 1),
                    LocalDate.of(2020, 5, 1), "backwards"))
            .satisfies(e -> assertThat(e.type()).isEqualTo(ProblemType.EFFECTIVE_BEFORE_NOTICE))
            .satisfies(e -> assertThat(e.parameter()).isEqualTo("effectiveDate"));
    }

    @Test
    void rejectsAStandingOutsideThePeriod() {
        Membership member = membership(LocalDate.of(2000, 1, 1));

        assertThatIllegalArgumentException()
            .isThrownBy(() -> Standing.on(LocalDate.of(1999, 12, 31), member, null, List.of()));
    }

    private static Membership membership(LocalDate start) {
        return new Membership(null, null, start, MembershipStartKind.ORIGINAL_SIGNATORY);
    }

}
