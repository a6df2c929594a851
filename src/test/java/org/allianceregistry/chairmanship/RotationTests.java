package org.allianceregistry.chairmanship;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.allianceregistry.chairmanship.Rotation.Member;
import org.allianceregistry.chairmanship.Rotation.Step;
import org.allianceregistry.membership.MembershipStatus;
import org.allianceregistry.membership.Standing;
import org.allianceregistry.shared.LocalizedText;
import org.junit.jupiter.api.Test;

class RotationTests {

    static final LocalDate SUSPENDED_ON = LocalDate.of(2012, 12, 19);
    static final LocalDate FROZEN_ON = LocalDate.of(2024, 2, 22);

    static final Member ARMENIA = active("AM", "ARM", "Armenia", "Армения");
    static final Member BELARUS = active("BY", "BLR", "Belarus", "Беларусь");
    static final Member KAZAKHSTAN = active("KZ", "KAZ", "Kazakhstan", "Казахстан");
    static final Member KYRGYZSTAN = active("KG", "KGZ", "Kyrgyzstan", "Кыргызстан");
    static final Member RUSSIA = active("RU", "RUS", "Russia", "Россия");
    static final Member TAJIKISTAN = active("TJ", "TJK", "Tajikistan", "Таджикистан");
    static final Member UZBEKISTAN = active("UZ", "UZB", "Uzbekistan", "Узбекистан");

    final Rotation keeping = new Rotation(OrderBasis.RUSSIAN_ALPHABETICAL, TurnPolicy.SKIP, TurnPolicy.KEEP);

    final Rotation skipping = new Rotation(OrderBasis.RUSSIAN_ALPHABETICAL, TurnPolicy.SKIP, TurnPolicy.SKIP);

    @Test
    void ordersMembersByTheirRussianNamesWhateverTheirEnglishOrCodesSay() {
        List<Member> members = List.of(UZBEKISTAN, RUSSIA, TAJIKISTAN, KYRGYZSTAN, BELARUS, KAZAKHSTAN, ARMENIA);

        List<Member> ordered = keeping.ordered(members);

        assertThat(ordered).extracting(Member::iso3).containsExactly("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK", "UZB");
    }

    @Test
    void ordersByEnglishNamesWhenTheRuleSaysSo() {
        Rotation english = new Rotation(OrderBasis.ENGLISH_ALPHABETICAL, TurnPolicy.SKIP, TurnPolicy.KEEP);

        List<Member> ordered = english.ordered(List.of(RUSSIA, KYRGYZSTAN, KAZAKHSTAN));

        assertThat(ordered).extracting(Member::iso3).containsExactly("KAZ", "KGZ", "RUS");
    }

    @Test
    void passesTheTurnToTheNextMemberInTheOrder() {
        List<Member> members = List.of(ARMENIA, BELARUS, KAZAKHSTAN, KYRGYZSTAN, RUSSIA, TAJIKISTAN);

        Step step = keeping.next("RUS", RUSSIA.names(), members).orElseThrow();

        assertThat(step.chair()).isEqualTo(TAJIKISTAN);
        assertThat(step.skipped()).isEmpty();
        assertThat(step.kept()).isNull();
    }

    @Test
    void wrapsAroundAfterTheLastMemberInTheOrder() {
        List<Member> members = List.of(ARMENIA, BELARUS, KAZAKHSTAN, KYRGYZSTAN, RUSSIA, TAJIKISTAN);

        Step step = keeping.next("TJK", TAJIKISTAN.names(), members).orElseThrow();

        assertThat(step.chair()).isEqualTo(ARMENIA);
    }

    @Test
    void skipsASuspendedMemberAndSaysSo() {
        Member suspended = restricted(UZBEKISTAN, MembershipStatus.SUSPENDED, SUSPENDED_ON, null);
        List<Member> members = List.of(ARMENIA, BELARUS, RUSSIA, TAJIKISTAN, suspended);

        Step step = keeping.next("TJK", TAJIKISTAN.names(), members).orElseThrow();

        assertThat(step.chair()).isEqualTo(ARMENIA);
        assertThat(step.skipped()).singleElement().satisfies(met -> {
            assertThat(met.member().iso3()).isEqualTo("UZB");
            assertThat(met.restriction()).isEqualTo(ParticipationRestriction.SUSPENDED);
            assertThat(met.since()).isEqualTo(SUSPENDED_ON);
        });
    }

    @Test
    void keepsTheTurnOfAFrozenMemberUnderKeepAndFlagsIt() {
        Member frozen = restricted(ARMENIA, MembershipStatus.ACTIVE, null, FROZEN_ON);
        List<Member> members = List.of(frozen, BELARUS, TAJIKISTAN);

        Step step = keeping.next("TJK", TAJIKISTAN.names(), members).orElseThrow();

        assertThat(step.chair().iso3()).isEqualTo("ARM");
        assertThat(step.kept()).isNotNull();
        assertThat(step.kept().restriction()).isEqualTo(ParticipationRestriction.PARTICIPATION_FROZEN);
        assertThat(step.kept().since()).isEqualTo(FROZEN_ON);
    }

    @Test
    void skipsAFrozenMemberUnderSkip() {
        Member frozen = restricted(ARMENIA, MembershipStatus.ACTIVE, null, FROZEN_ON);
        List<Member> members = List.of(frozen, BELARUS, TAJIKISTAN);

        Step step = skipping.next("TJK", TAJIKISTAN.names(), members).orElseThrow();

        assertThat(step.chair()).isEqualTo(BELARUS);
        assertThat(step.skipped()).extracting(met -> met.member().iso3()).containsExactly("ARM");
    }

    @Test
    void aSuspensionOutranksAFreeze() {
        Member both = restricted(ARMENIA, MembershipStatus.SUSPENDED, SUSPENDED_ON, FROZEN_ON);

        Step step = keeping.next("TJK", TAJIKISTAN.names(), List.of(both, BELARUS, TAJIKISTAN)).orElseThrow();

        assertThat(step.chair()).isEqualTo(BELARUS);
        assertThat(step.skipped()).extracting(Rotation.Met::restriction)
            .containsExactly(ParticipationRestriction.SUSPENDED);
    }

    @Test
    void continuesAfterAChairThatIsNoLongerAMember() {
        List<Member> members = List.of(ARMENIA, KAZAKHSTAN, RUSSIA);

        Step step = keeping.next("BLR", BELARUS.names(), members).orElseThrow();

        assertThat(step.chair()).isEqualTo(KAZAKHSTAN);
    }

    @Test
    void leavesSignatoriesWhoseTreatyIsNotInForceOutOfTheRotation() {
        Member signatory = restricted(BELARUS, MembershipStatus.SIGNATORY, null, null);

        Step step = keeping.next("ARM", ARMENIA.names(), List.of(ARMENIA, signatory, KAZAKHSTAN)).orElseThrow();

        assertThat(step.chair()).isEqualTo(KAZAKHSTAN);
    }

    @Test
    void keepsTheOnlyMemberInTheChair() {
        Step step = keeping.next("RUS", RUSSIA.names(), List.of(RUSSIA)).orElseThrow();

        assertThat(step.chair()).isEqualTo(RUSSIA);
    }

    @Test
    void findsNoChairWhenEveryTurnIsSkipped() {
        Member suspended = restricted(UZBEKISTAN, MembershipStatus.SUSPENDED, SUSPENDED_ON, null);
        Member frozen = restricted(ARMENIA, MembershipStatus.ACTIVE, null, FROZEN_ON);

        assertThat(skipping.next("RUS", RUSSIA.names(), List.of(suspended, frozen))).isEmpty();
    }

    private static Member active(String iso2, String iso3, String english, String russian) {
        return new Member(iso2, iso3, new LocalizedText(english, russian, null),
                new Standing(MembershipStatus.ACTIVE, null, null));
    }

    private static Member restricted(Member member, MembershipStatus status, LocalDate suspendedSince,
            LocalDate frozenSince) {
        return new Member(member.iso2(), member.iso3(), member.names(),
                new Standing(status, suspendedSince, frozenSince));
    }

}
