package org.allianceregistry.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Periods with uncertain ends: "on day D" and "during a range" answer certainly only
 * where every reading of the dates agrees, and an ended period never reads as open.
 */
class HistoricalPeriodTests {

    private static final LocalDate KG_START = LocalDate.of(2007, 10, 6);

    private static final HistoricalDate HAND_OVER_2008 = HistoricalDate.between(LocalDate.of(2008, 7, 21),
            LocalDate.of(2008, 9, 5));

    private static final HistoricalPeriod KYRGYZ_TERM = new HistoricalPeriod(HistoricalDate.day(KG_START),
            HAND_OVER_2008);

    @Test
    void aTermThatEndedOnAnUnknownDayIsNeitherOpenNorCurrent() {
        assertThat(KYRGYZ_TERM.endStatus()).isEqualTo(EndStatus.ENDED_ON_UNCERTAIN_DAY);
        assertThat(KYRGYZ_TERM.on(LocalDate.of(2016, 6, 1))).isEqualTo(Certainty.NONE);
        assertThat(KYRGYZ_TERM.on(LocalDate.of(2008, 1, 1))).isEqualTo(Certainty.CERTAIN);
        assertThat(KYRGYZ_TERM.on(LocalDate.of(2008, 8, 1))).isEqualTo(Certainty.POSSIBLE);
        assertThat(KYRGYZ_TERM.on(LocalDate.of(2008, 9, 5))).isEqualTo(Certainty.NONE);
        assertThat(KYRGYZ_TERM.edtf()).isEqualTo("2007-10-06/2008?");
    }

    @Test
    void exclusiveEndsMeanThePartiesThroughTwentiethAprilNineteenNinetyNineWereStillPartiesThatDay() {
        HistoricalPeriod party = HistoricalPeriod.of(LocalDate.of(1994, 4, 20), LocalDate.of(1999, 4, 21));

        assertThat(party.on(LocalDate.of(1999, 4, 20))).isEqualTo(Certainty.CERTAIN);
        assertThat(party.on(LocalDate.of(1999, 4, 21))).isEqualTo(Certainty.NONE);
        assertThat(party.lastDay()).isEqualTo(HistoricalDate.day(LocalDate.of(1999, 4, 20)));
        assertThat(party.edtf()).isEqualTo("1994-04-20/1999-04-20");
        assertThat(party.endStatus()).isEqualTo(EndStatus.ENDED);
    }

    @Test
    void anUncertainEndIsWrittenAsTheSourcesGiveIt() {
        HistoricalDate july = HistoricalDate.month(java.time.YearMonth.of(2025, 7));

        assertThat(new HistoricalPeriod(july, july.plusDays(1)).edtf()).isEqualTo("2025-07/2025-07");
        assertThat(
                new HistoricalPeriod(HistoricalDate.year(2031), HistoricalDate.month(java.time.YearMonth.of(2035, 7)))
                    .edtf())
            .isEqualTo("2031/2035-07");
        assertThat(
                new HistoricalPeriod(HistoricalDate.month(java.time.YearMonth.of(2033, 6)), HistoricalDate.year(2034))
                    .edtf())
            .isEqualTo("2033-06/2034");
    }

    @Test
    void anOpenPeriodHoldsEveryDayFromItsStart() {
        HistoricalPeriod open = HistoricalPeriod.of(LocalDate.of(2012, 12, 19), null);

        assertThat(open.endStatus()).isEqualTo(EndStatus.OPEN);
        assertThat(open.lastDay()).isNull();
        assertThat(open.on(LocalDate.of(2200, 1, 1))).isEqualTo(Certainty.CERTAIN);
        assertThat(open.edtf()).isEqualTo("2012-12-19/..");
    }

    private static Gen<LocalDate> days() {
        return SourceDSL.integers().between(0, 20_000).map(offset -> LocalDate.of(1950, 1, 1).plusDays(offset));
    }

    private static Gen<HistoricalDate> bounded() {
        return days().zip(SourceDSL.integers().between(0, 60),
                (first, width) -> HistoricalDate.between(first, first.plusDays(width)));
    }

    @Test
    void aPeriodHoldsOnADayCertainlyExactlyWhenEveryReadingOfItsBoundsHoldsThatDay() {
        Gen<HistoricalPeriod> periods = bounded().zip(SourceDSL.integers().between(61, 3_000), bounded(),
                (start, gap, endShape) -> {
                    LocalDate endFirst = start.possibleDays().last().plusDays(gap);
                    long width = endShape.possibleDays().last().toEpochDay()
                            - endShape.possibleDays().first().toEpochDay();
                    return new HistoricalPeriod(start, HistoricalDate.between(endFirst, endFirst.plusDays(width)));
                });
        qt().withExamples(3_000).forAll(periods, days()).checkAssert((period, day) -> {
            LocalDateRange starts = period.start().possibleDays();
            LocalDateRange ends = period.end().possibleDays();
            boolean always = !starts.last().isAfter(day) && day.isBefore(ends.first());
            boolean sometimes = !starts.first().isAfter(day) && day.isBefore(ends.last());
            Certainty expected = always ? Certainty.CERTAIN : sometimes ? Certainty.POSSIBLE : Certainty.NONE;
            assertThat(period.on(day)).as("%s on %s", period.edtf(), day).isEqualTo(expected);
        });
    }

    @Test
    void aPeriodKnownOnlyToTheMonthCertainlyMeetsThatMonthButOnlyPossiblyPartOfIt() {
        HistoricalDate july = HistoricalDate.month(java.time.YearMonth.of(2025, 7));
        HistoricalPeriod statement = new HistoricalPeriod(july, july.plusDays(1));

        assertThat(statement.during(new LocalDateRange(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31))))
            .isEqualTo(Certainty.CERTAIN);
        assertThat(statement.during(new LocalDateRange(LocalDate.of(2025, 7, 20), LocalDate.of(2025, 7, 31))))
            .isEqualTo(Certainty.POSSIBLE);
        assertThat(statement.during(new LocalDateRange(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 31))))
            .isEqualTo(Certainty.NONE);
        assertThat(statement.on(LocalDate.of(2025, 7, 15))).isEqualTo(Certainty.POSSIBLE);
    }

    @Test
    void aPeriodMeetsARangeCertainlyExactlyWhenEveryReadingOfItsBoundsMeetsIt() {
        Gen<HistoricalDate> starts = days().zip(SourceDSL.integers().between(0, 20),
                (first, width) -> HistoricalDate.between(first, first.plusDays(width)));
        Gen<HistoricalPeriod> periods = starts.zip(SourceDSL.integers().between(1, 40),
                SourceDSL.integers().between(0, 20), (start, gap, width) -> {
                    LocalDate endFirst = start.possibleDays().first().plusDays(gap);
                    return new HistoricalPeriod(start, HistoricalDate.between(endFirst, endFirst.plusDays(width)));
                });
        qt().withExamples(3_000)
            .forAll(periods, SourceDSL.integers().between(-40, 80), SourceDSL.integers().between(0, 30))
            .checkAssert((period, offset, length) -> {
                LocalDate rangeFirst = period.start().possibleDays().first().plusDays(offset);
                LocalDateRange range = new LocalDateRange(rangeFirst, rangeFirst.plusDays(length));
                boolean always = true;
                boolean sometimes = false;
                LocalDateRange startDays = period.start().possibleDays();
                LocalDateRange endDays = period.end().possibleDays();
                for (LocalDate s = startDays.first(); !s.isAfter(startDays.last()); s = s.plusDays(1)) {
                    for (LocalDate e = endDays.first(); !e.isAfter(endDays.last()); e = e.plusDays(1)) {
                        if (!e.isAfter(s)) {
                            continue;
                        }
                        boolean meets = !s.isAfter(range.last()) && e.isAfter(range.first());
                        always &= meets;
                        sometimes |= meets;
                    }
                }
                Certainty expected = always ? Certainty.CERTAIN : sometimes ? Certainty.POSSIBLE : Certainty.NONE;
                assertThat(period.during(range)).as("%s during %s", period.edtf(), range).isEqualTo(expected);
            });
    }

}
