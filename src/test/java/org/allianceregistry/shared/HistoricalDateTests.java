package org.allianceregistry.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The date as the sources know it: precision, bounds and EDTF, as properties over every
 * date the registry can hold and as the examples of the fact sheet.
 */
class HistoricalDateTests {

    private static final LocalDate FIRST = LocalDate.parse(PlausibleDate.EARLIEST);

    private static final int DAYS = (int) (LocalDate.parse(PlausibleDate.LATEST).toEpochDay() - FIRST.toEpochDay());

    private static Gen<LocalDate> days() {
        return SourceDSL.integers().between(0, DAYS).map(offset -> FIRST.plusDays(offset));
    }

    /**
     * Any date the registry holds: exact, a month, a year, or a day between two bounds up
     * to 400 days apart.
     */
    private static Gen<HistoricalDate> dates() {
        Gen<HistoricalDate> exact = days().map(HistoricalDate::day);
        Gen<HistoricalDate> month = days().map(day -> HistoricalDate.month(YearMonth.from(day)));
        Gen<HistoricalDate> year = days().map(day -> HistoricalDate.year(day.getYear()));
        Gen<HistoricalDate> bounded = days().zip(SourceDSL.integers().between(0, 400),
                (first, width) -> HistoricalDate.between(first, first.plusDays(width)));
        return exact.mix(month).mix(year).mix(bounded);
    }

    private static Gen<LocalDateRange> ranges() {
        return days().zip(SourceDSL.integers().between(0, 800),
                (first, width) -> new LocalDateRange(first, first.plusDays(width)));
    }

    @Test
    void aRangeHoldsADateCertainlyWhenEveryPossibleDayFallsInItPossiblyWhenSomeDoesAndNotWhenNoneDoes() {
        qt().withExamples(5_000).forAll(dates(), ranges()).checkAssert((date, range) -> {
            LocalDateRange possible = date.possibleDays();
            long inside = possible.first().datesUntil(possible.last().plusDays(1)).filter(range::contains).count();
            long all = possible.last().toEpochDay() - possible.first().toEpochDay() + 1;
            Certainty expected = inside == all ? Certainty.CERTAIN : inside > 0 ? Certainty.POSSIBLE : Certainty.NONE;
            assertThat(date.within(range)).as("%s within %s", date, range).isEqualTo(expected);
        });
    }

    @Test
    void precisionNeverInventsADay() {
        qt().withExamples(5_000).forAll(days()).checkAssert(day -> {
            assertThat(HistoricalDate.year(day.getYear()).possibleDays())
                .isEqualTo(new LocalDateRange(LocalDate.of(day.getYear(), 1, 1), LocalDate.of(day.getYear(), 12, 31)));
            HistoricalDate month = HistoricalDate.month(YearMonth.from(day));
            assertThat(month.possibleDays().first()).isEqualTo(day.withDayOfMonth(1));
            assertThat(month.possibleDays().last()).isEqualTo(YearMonth.from(day).atEndOfMonth());
            assertThat(month.on(day)).isEqualTo(month.isExactDay() ? Certainty.CERTAIN : Certainty.POSSIBLE);
            assertThat(HistoricalDate.day(day).on(day)).isEqualTo(Certainty.CERTAIN);
        });
    }

    @Test
    void theEdtfFormRoundTrips() {
        qt().withExamples(5_000).forAll(dates()).checkAssert(date -> {
            assertThat(HistoricalDate.parseEdtf(date.edtf())).isEqualTo(date);
            assertThat(HistoricalDate.parseEdtf(date.edtf()).edtf()).isEqualTo(date.edtf());
        });
    }

    @Test
    void boundsThatSpanAWholeMonthOrYearAreThatMonthOrYear() {
        qt().withExamples(2_000).forAll(days()).checkAssert(day -> {
            YearMonth month = YearMonth.from(day);
            assertThat(HistoricalDate.between(month.atDay(1), month.atEndOfMonth()))
                .isEqualTo(HistoricalDate.month(month));
            assertThat(HistoricalDate.between(day.withDayOfYear(1), day.withDayOfYear(day.lengthOfYear())))
                .isEqualTo(HistoricalDate.year(day.getYear()));
        });
    }

    @Test
    void wikidataPrecisionMapsBothWays() {
        for (Precision precision : Precision.values()) {
            assertThat(Precision.ofWikidataCode(precision.wikidataCode())).isEqualTo(precision);
        }
        assertThat(Precision.YEAR.wikidataCode()).isEqualTo(9);
        assertThat(Precision.MONTH.wikidataCode()).isEqualTo(10);
        assertThat(Precision.DAY.wikidataCode()).isEqualTo(11);
        assertThatIllegalArgumentException().isThrownBy(() -> Precision.ofWikidataCode(8));
    }

    @Test
    void theTwoThousandEightHandOverIsBetweenTwentyFirstJulyAndFifthSeptember() {
        HistoricalDate handOver = HistoricalDate.between(LocalDate.of(2008, 7, 21), LocalDate.of(2008, 9, 5));

        assertThat(handOver.precision()).isEqualTo(Precision.YEAR);
        assertThat(handOver.edtf()).isEqualTo("2008-07-21/2008-09-05");
        assertThat(handOver.edtfPoint()).isEqualTo("2008?");
        assertThat(handOver.on(LocalDate.of(2008, 8, 1))).isEqualTo(Certainty.POSSIBLE);
        assertThat(handOver.on(LocalDate.of(2008, 9, 6))).isEqualTo(Certainty.NONE);
    }

    @Test
    void aDateIsHeldAsTheFirstDayOfItsPrecisionAndNothingElse() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new HistoricalDate(LocalDate.of(2020, 9, 27), Precision.MONTH, null, null));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new HistoricalDate(LocalDate.of(2020, 1, 1), Precision.YEAR, LocalDate.of(2021, 1, 2), null));
        assertThatIllegalArgumentException().isThrownBy(() -> HistoricalDate.parseEdtf("2008-13"));
        assertThatIllegalArgumentException().isThrownBy(() -> HistoricalDate.parseEdtf("2008-09-05/2008-07-21"));
        assertThatIllegalArgumentException().isThrownBy(() -> HistoricalDate.parseEdtf("2008~"));
    }

}
