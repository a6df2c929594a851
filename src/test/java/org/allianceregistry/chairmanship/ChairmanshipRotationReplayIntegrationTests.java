package org.allianceregistry.chairmanship;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.allianceregistry.RegistryIntegrationTest;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.alliance.AllianceService;
import org.allianceregistry.membership.MembershipService;
import org.allianceregistry.membership.MembershipTimeline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rotation rule against the whole recorded CSTO history (seed data): replayed from
 * every recorded term, it reproduces every later term except the recorded exceptions,
 * which are data with a reason, not code.
 */
@RegistryIntegrationTest
class ChairmanshipRotationReplayIntegrationTests {

    @Autowired
    AllianceService alliances;

    @Autowired
    ChairmanshipRepository terms;

    @Autowired
    RotationRuleRepository rules;

    @Autowired
    MembershipService memberships;

    List<ChairmanshipTerm> history;

    Rotation rotation;

    MembershipTimeline timeline;

    @BeforeEach
    void loadTheRecordedHistoryAndTheRule() {
        Alliance csto = alliances.require("csto");
        history = terms.findAllByAlliance(csto);
        RotationRule rule = rules.findByAlliance(csto).orElseThrow();
        rotation = new Rotation(rule.getOrderBasis(), rule.getSuspendedPolicy(), rule.getFrozenPolicy());
        timeline = memberships.timeline(csto);
    }

    @Test
    void replayingTheRuleFromEveryRecordedTermReproducesTheLaterTermsExceptTheRecordedExceptions() {
        assertThat(history).hasSizeGreaterThanOrEqualTo(20);
        List<String> departures = new ArrayList<>();

        for (int start = 0; start < history.size() - 1; start++) {
            ChairmanshipTerm regular = lastRegularChairUpTo(start);
            for (int next = start + 1; next < history.size(); next++) {
                ChairmanshipTerm recorded = history.get(next);
                String predicted = predictAfter(regular, handOverDay(history.get(next - 1), recorded));
                String replay = "replay from " + history.get(start).getChairYearLabel() + ", chair year "
                        + recorded.getChairYearLabel();

                if (recorded.getRuleException() == null) {
                    assertThat(predicted).as(replay).isEqualTo(recorded.getMemberState().getIso3());
                }
                else {
                    assertThat(predicted).as(replay + " is a recorded exception, so the rule must predict someone else")
                        .isNotEqualTo(recorded.getMemberState().getIso3());
                    departures.add(recorded.getChairYearLabel());
                }
                // The recorded term, by rule or by exception, is where the rotation goes
                // on; a stand-in does not move it.
                if (!recorded.isInterim()) {
                    regular = recorded;
                }
            }
        }

        assertThat(departures).containsOnly("2007-08", "2008-09", "2009-10");
    }

    @Test
    void theRecordedExceptionsAreTheBreaksTheFactSheetNamesEachWithItsReason() {
        Map<Integer, String> exceptions = new TreeMap<>();
        history.stream()
            .filter(term -> term.getRuleException() != null)
            .forEach(term -> exceptions.put(term.getChairYear(),
                    term.getMemberState().getIso3() + ": " + term.getRuleException()));

        assertThat(exceptions).containsOnlyKeys(2008, 2009, 2010);
        assertThat(exceptions.get(2008)).startsWith("KGZ: ").contains("skipping Kazakhstan");
        assertThat(exceptions.get(2009)).startsWith("ARM: ").contains("restarts");
        assertThat(exceptions.get(2010)).startsWith("RUS: ")
            .contains("Interim")
            .contains("does not advance the rotation");
        assertThat(history.stream().filter(ChairmanshipTerm::isInterim).map(ChairmanshipTerm::getChairYear))
            .containsExactly(2010);
    }

    @Test
    void uzbekistansSlotNeverCameUpWhileItWasAnActiveMember() {
        for (int i = 1; i < history.size(); i++) {
            LocalDate day = handOverDay(history.get(i - 1), history.get(i));

            assertThat(predictAfter(lastRegularChairUpTo(i - 1), day)).as("hand-over on %s", day).isNotEqualTo("UZB");
        }
    }

    @Test
    void recordedTermsUnderTheFirstOfJanuaryConventionStartOnTheFirstOfJanuary() {
        history.stream()
            .filter(term -> term.getChairYear() >= 2024)
            .forEach(term -> assertThat(term.getStartDate()).as("chair year %s", term.getChairYear())
                .isEqualTo(LocalDate.of(term.getChairYear(), 1, 1)));
    }

    private String predictAfter(ChairmanshipTerm regular, LocalDate day) {
        return rotation
            .next(regular.getMemberState().getIso3(), regular.getMemberState().getNames(),
                    RotationScheduleService.membersOn(timeline, day))
            .map(step -> step.chair().iso3())
            .orElse("nobody");
    }

    /**
     * The last non-interim term at or before {@code index}: the chair the rotation
     * continues from.
     */
    private ChairmanshipTerm lastRegularChairUpTo(int index) {
        for (int i = index; i >= 0; i--) {
            if (!history.get(i).isInterim()) {
                return history.get(i);
            }
        }
        throw new IllegalStateException("no regular term at or before " + history.get(index).getChairYearLabel());
    }

    /**
     * The day membership is read for a hand-over: the new term's start, else the old
     * term's end, else (both unknown, as for the 2008 hand-over to Armenia) the new
     * term's end, the first day known to be after the hand-over.
     */
    private static LocalDate handOverDay(ChairmanshipTerm previous, ChairmanshipTerm next) {
        if (next.getStartDate() != null) {
            return next.getStartDate();
        }
        if (previous.getEndDate() != null) {
            return previous.getEndDate();
        }
        if (next.getEndDate() != null) {
            return next.getEndDate();
        }
        throw new IllegalStateException("no date known around the hand-over to " + next.getChairYearLabel());
    }

}
